/** Short readable forms of JSON Schemas, for the reference page. */
import type { JsonSchema } from './types.js';

const COMPONENT_REF = '#/components/schemas/';

export function componentName(schema: JsonSchema): string | undefined {
  const $ref = schema.$ref;
  return typeof $ref === 'string' && $ref.startsWith(COMPONENT_REF) ? $ref.slice(COMPONENT_REF.length) : undefined;
}

function variants(schema: JsonSchema): JsonSchema[] | undefined {
  const list = schema.anyOf ?? schema.oneOf;
  return Array.isArray(list) ? (list as JsonSchema[]) : undefined;
}

/** A type as a developer reads it: `string`, `Kind[]`, `number`, `"ok"`, `PlaceId`. */
export function typeLabel(schema: JsonSchema): string {
  const name = componentName(schema);
  if (name) return name;
  if ('const' in schema) return JSON.stringify(schema.const);
  const union = variants(schema);
  if (union) return [...new Set(union.map(typeLabel))].join(' | ');
  if (Array.isArray(schema.prefixItems)) return `[${(schema.prefixItems as JsonSchema[]).map(typeLabel).join(', ')}]`;
  if (schema.type === 'array') return `${typeLabel((schema.items ?? {}) as JsonSchema)}[]`;
  if (typeof schema.type === 'string') return schema.type;
  return 'any';
}

/** The schema behind a reference, or the schema itself. */
export function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const name = componentName(schema);
  return name && components[name] ? resolve(components[name], components) : schema;
}

/** Every value a schema allows, when it lists them (enums, consts), looking through lists and references. */
export function allowedValues(schema: JsonSchema, components: Record<string, JsonSchema>): string[] {
  const target = resolve(schema, components);
  if (target.type === 'array' && target.items) return allowedValues(target.items as JsonSchema, components);
  if (Array.isArray(target.enum)) return target.enum.map(String);
  if ('const' in target) return [String(target.const)];
  const union = variants(target);
  return union ? union.flatMap((variant) => allowedValues(variant, components)) : [];
}

/** Limits and formats in words: lengths, ranges, counts, patterns. */
export function constraints(schema: JsonSchema, components: Record<string, JsonSchema>): string[] {
  const target = resolve(schema, components);
  const out: string[] = [];
  if (typeof target.maxItems === 'number') out.push(`at most ${target.maxItems} values`);
  if (typeof target.maxLength === 'number') out.push(`at most ${target.maxLength} characters`);
  if (typeof target.minimum === 'number') out.push(`minimum ${target.minimum}`);
  if (typeof target.maximum === 'number') out.push(`maximum ${target.maximum}`);
  if (typeof target.pattern === 'string') out.push(`pattern ${target.pattern}`);
  const items = target.type === 'array' ? (target.items as JsonSchema | undefined) : undefined;
  if (items) out.push(...constraints(items, components));
  const union = variants(target);
  if (union) out.push(...union.flatMap((variant) => constraints(variant, components)));
  return out;
}

export interface PropertyRow {
  /** Dotted path: `address.city`, `activities[].sector`, `range (type=ZONES).zones`. */
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** The properties of an object schema, nested inline objects flattened into dotted rows. */
export function propertyRows(schema: JsonSchema, prefix = ''): PropertyRow[] {
  const union = variants(schema);
  if (union) {
    const head = prefix.replace(/\.$/, '');
    return union.flatMap((variant) => propertyRows(variant, `${head ? `${head} ` : ''}(${discriminant(variant)}).`));
  }
  if (schema.type === 'array' && schema.items && !componentName(schema.items as JsonSchema)) {
    return propertyRows(schema.items as JsonSchema, `${prefix.replace(/\.$/, '')}[].`);
  }
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([key, property]) => {
    const row: PropertyRow = { name: prefix + key, schema: property, required: required.has(key) };
    return isInlineStructure(property) ? [row, ...propertyRows(property, `${prefix}${key}.`)] : [row];
  });
}

function isInlineStructure(schema: JsonSchema): boolean {
  if (componentName(schema)) return false;
  if (schema.properties || (variants(schema) ?? []).some((variant) => variant.properties)) return true;
  return schema.type === 'array' && !!schema.items && isInlineStructure(schema.items as JsonSchema);
}

/** How a union's variant is told apart: its first constant property (`type=ZONES`). */
function discriminant(variant: JsonSchema): string {
  const properties = (variant.properties ?? {}) as Record<string, JsonSchema>;
  const found = Object.entries(properties).find(([, property]) => 'const' in property);
  return found ? `${found[0]}=${String(found[1].const)}` : typeLabel(variant);
}
