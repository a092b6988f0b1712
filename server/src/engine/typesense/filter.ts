/**
 * Filter tree -> filter_by over the engine's collection (document.ts). Values go
 * through the gateway's `literal()` (backticks, refusing a backtick inside).
 * A node compiles to text, or to `true` (everything) / `false` (nothing), which
 * filter_by cannot spell and which are folded away before any text is written.
 * `radii` are the distinct CUSTOM radii of the collection (radii.ts): a commune
 * served compiles to one geo radius per value.
 */
import { literal, UnrepresentableFilterError } from '../../typesense/filter-by/index.js';
import { IN_FIELDS, NUMERIC_FIELDS } from '../../typesense/schema.js';
import type { Point } from '../../../../sdk/src/types.js';
import type { ActivityCondition, Filter } from '../../query/types.js';
import { addressField, placeTokens } from './perimeter.js';

export type Compiled = string | boolean;

/** Supplier-level unions of the activities' values: "no activity has X" is "the union lacks X". */
const FLAT_ACTIVITY_FIELDS: Partial<Record<keyof ActivityCondition, string>> = {
  sectors: 'sectors',
  groupSectors: 'sectors',
  prestaTypes: 'presta_types',
};

/** Whether the values hold one of `allowed` (or are absent). */
export function isIn(field: string, values: readonly string[], negated = false): Compiled {
  if (values.length === 0) return negated;
  return `${field}:${negated ? '!=' : '='}[${[...new Set(values)].map(literal).join(', ')}]`;
}

/** Parentheses around a part joined by && or || outside an activities.{...} block (extra ones are harmless). */
const grouped = (text: string): string => (/&&|\|\|/.test(text.replace(/activities\.\{[^}]*\}/g, '')) ? `(${text})` : text);

export function and(parts: readonly Compiled[]): Compiled {
  if (parts.includes(false)) return false;
  const texts = parts.filter((part): part is string => part !== true);
  if (texts.length === 0) return true;
  return texts.length === 1 ? texts[0]! : texts.map(grouped).join(' && ');
}

export function or(parts: readonly Compiled[]): Compiled {
  if (parts.includes(true)) return true;
  const texts = parts.filter((part): part is string => part !== false);
  if (texts.length === 0) return false;
  return texts.length === 1 ? texts[0]! : texts.map(grouped).join(' || ');
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new UnrepresentableFilterError(`the number ${value}.`);
  return String(value);
}

export function compileFilter(filter: Filter, radii: readonly number[]): Compiled {
  const compile = (inner: Filter) => compileFilter(inner, radii);
  switch (filter.op) {
    case 'and':
      return and(filter.filters.map(compile));
    case 'or':
      return or(filter.filters.map(compile));
    case 'not':
      return negation(filter.filter, radii);
    case 'in':
      return isIn(IN_FIELDS[filter.field], filter.values);
    case 'activity':
      return someActivity(filter.condition, radii);
    case 'range': {
      const field = NUMERIC_FIELDS[filter.field];
      const { min, max } = filter;
      if (min !== undefined && max !== undefined) return min > max ? false : `${field}:[${number(min)}..${number(max)}]`;
      if (min !== undefined) return `${field}:>=${number(min)}`;
      if (max !== undefined) return `${field}:<=${number(max)}`;
      // No bound: every supplier that has the value, which filter_by spells as any number.
      return `${field}:>=${Number.MIN_SAFE_INTEGER}`;
    }
    case 'near':
      return radius(filter.point, filter.radiusKm);
    case 'polygon':
      if (filter.points.length < 3) return false;
      return `location:(${filter.points.map((point) => `${number(point.lat)}, ${number(point.lng)}`).join(', ')})`;
  }
}

/**
 * The legacy `(lat, lng, r km)` form on purpose: Typesense checks every candidate's
 * exact distance there, whereas the `([lat, lng], radius: ...)` form skips that check
 * beyond `exact_filter_radius` (10 km by default) and keeps the S2 cells' approximation.
 */
function radius(point: Point, km: number): string {
  return `location:(${number(point.lat)}, ${number(point.lng)}, ${number(km)} km)`;
}

function negation(inner: Filter, radii: readonly number[]): Compiled {
  const negate = (filter: Filter) => negation(filter, radii);
  switch (inner.op) {
    case 'not':
      return compileFilter(inner.filter, radii);
    case 'and':
      return or(inner.filters.map(negate));
    case 'or':
      return and(inner.filters.map(negate));
    case 'in':
      return isIn(IN_FIELDS[inner.field], inner.values, true);
    case 'activity': {
      const parts = (Object.keys(inner.condition) as (keyof ActivityCondition)[]).filter((part) => inner.condition[part]);
      const flat = parts.length === 1 ? FLAT_ACTIVITY_FIELDS[parts[0]!] : undefined;
      if (flat) return isIn(flat, inner.condition[parts[0]!] as string[], true);
      break;
    }
  }
  throw new UnrepresentableFilterError(`filter_by cannot negate a "${inner.op}" node of this form.`);
}

/**
 * Some activity meets every part of the condition. With places, an activity serves
 * one when it holds one of the place's tokens; or, for a commune with centre c, when
 * it is CUSTOM with radius k and the supplier's point lies within k of c (one term per
 * distinct k: exact, since `location` is the very point the radius is around); or,
 * whatever its range, when the supplier's own address is in the place:
 *   activities.{C && serves:=[tokens]}
 *   || (activities.{C && custom_km:=k} && location:(c, k km)) || ...
 *   || (address && activities.{C})
 * `extra` adds raw clauses inside the braces (the facet counts use it).
 */
export function someActivity(condition: ActivityCondition, radii: readonly number[], extra: readonly string[] = []): Compiled {
  const clauses: Compiled[] = [...extra];
  if (condition.sectors) clauses.push(isIn('sector', condition.sectors));
  if (condition.groupSectors) clauses.push(isIn('sector', condition.groupSectors));
  if (condition.prestaTypes) clauses.push(isIn('presta_types', condition.prestaTypes));
  const block = (parts: readonly Compiled[]): Compiled => {
    const inner = and(parts);
    if (typeof inner === 'boolean') return inner ? 'activity_count:>0' : false;
    return `activities.{${inner}}`;
  };
  const places = condition.serves;
  if (!places) return block(clauses);
  const tokens = places.flatMap(placeTokens);
  const byField = new Map<string, string[]>();
  for (const place of places) {
    const { field, values } = addressField(place);
    byField.set(field, [...(byField.get(field) ?? []), ...values]);
  }
  const address = or([...byField].map(([field, values]) => isIn(field, values)));
  const withinRadius = places.flatMap((place) =>
    place.type === 'commune' ? radii.map((km) => and([block([...clauses, `custom_km:=${number(km)}`]), radius(place.point, km)])) : [],
  );
  return or([block([...clauses, isIn('serves', tokens)]), ...withinRadius, and([address, block(clauses)])]);
}
