/**
 * Filter tree -> filter_by, in the gateway's schema (../schema.ts), for a site key's
 * scope as a Typesense scoped key (keys/typesense-scoped.ts), such that
 * parseFilterBy(toFilterBy(filter)) gives the filter back. Values that are not
 * plain codes go in backticks; a value holding a backtick cannot be written safely
 * (Typesense splits the text before it reads escapes) and is refused, as is any
 * node filter_by cannot express (a negated area, an empty list...).
 */
import { isSector, sectorGroupOf, sectorsOfGroup } from '../../domain/taxonomy.js';
import type { ActivityCondition, Filter } from '../../query/types.js';
import { IN_FIELDS, NUMERIC_FIELDS } from '../schema.js';
import type { ServedPlace } from '../../domain/geography.types.js';

export class UnrepresentableFilterError extends Error {
  constructor(message: string) {
    super(`Cannot write this filter as filter_by: ${message}`);
    this.name = 'UnrepresentableFilterError';
  }
}

/** Flat field names for one condition alone, nested names inside activities.{...}. */
const ACTIVITY_NAMES: Record<keyof ActivityCondition, { flat: string; nested: string }> = {
  sectors: { flat: 'sectors', nested: 'sector' },
  groupSectors: { flat: 'sector_groups', nested: 'sector_group' },
  prestaTypes: { flat: 'presta_types', nested: 'presta_types' },
  serves: { flat: 'serves', nested: 'serves' },
};

const BARE = /^[A-Za-z0-9_.:-]+$/;

/** A value as filter_by reads it back unchanged. */
export function literal(value: string): string {
  if (BARE.test(value)) return value;
  if (value.includes('`')) throw new UnrepresentableFilterError(`the value ${JSON.stringify(value)} contains a backtick.`);
  return `\`${value}\``;
}

const list = (values: readonly string[]): string => {
  if (values.length === 0) throw new UnrepresentableFilterError('an empty list of values.');
  return `[${values.map(literal).join(', ')}]`;
};

/** The filter_by text; '' when the filter matches everything (an empty `and`). */
export function toFilterBy(filter: Filter): string {
  return write(filter) ?? '';
}

/** undefined: matches everything. */
function write(filter: Filter): string | undefined {
  switch (filter.op) {
    case 'and': {
      const parts = filter.filters.map(grouped).filter((part) => part !== undefined);
      return parts.length ? parts.join(' && ') : undefined;
    }
    case 'or': {
      if (filter.filters.length === 0) throw new UnrepresentableFilterError('an empty "or" matches nothing.');
      const parts = filter.filters.map(grouped);
      return parts.includes(undefined) ? undefined : parts.join(' || ');
    }
    case 'not':
      return negation(filter.filter);
    case 'in':
      return `${IN_FIELDS[filter.field]}:=${list(filter.values)}`;
    case 'activity':
      return activity(filter.condition, false);
    case 'range':
      return range(filter);
    case 'near':
      return `location:(${number(filter.point.lat)}, ${number(filter.point.lng)}, ${number(filter.radiusKm)} km)`;
    case 'polygon':
      if (filter.points.length < 3) throw new UnrepresentableFilterError('a polygon needs three vertices.');
      return `location:(${filter.points.map((point) => `${number(point.lat)}, ${number(point.lng)}`).join(', ')})`;
  }
}

/** A compound child keeps its own parentheses, so the tree comes back with the same shape. */
function grouped(child: Filter): string | undefined {
  const text = write(child);
  return text !== undefined && compound(child) ? `(${text})` : text;
}

/** Whether the child is written with && or || of its own (a negated group becomes one by De Morgan). */
function compound(filter: Filter): boolean {
  if (filter.op === 'and' || filter.op === 'or') return true;
  if (filter.op !== 'not') return false;
  const inner = filter.filter;
  return inner.op === 'not' ? compound(inner.filter) : inner.op === 'and' || inner.op === 'or';
}

function negation(inner: Filter): string | undefined {
  switch (inner.op) {
    case 'not':
      return write(inner.filter);
    case 'in':
      return `${IN_FIELDS[inner.field]}:!=${list(inner.values)}`;
    case 'activity':
      return activity(inner.condition, true);
    case 'range':
      if (inner.min === undefined || inner.min !== inner.max) break;
      return `${NUMERIC_FIELDS[inner.field]}:!=${number(inner.min)}`;
    case 'and':
    case 'or': {
      // De Morgan: filter_by has no negation of a group.
      if (inner.filters.length === 0) break;
      return write({ op: inner.op === 'and' ? 'or' : 'and', filters: inner.filters.map((filter): Filter => ({ op: 'not', filter })) });
    }
  }
  throw new UnrepresentableFilterError(`filter_by cannot negate a "${inner.op}" node of this form.`);
}

function range(filter: Extract<Filter, { op: 'range' }>): string {
  const field = NUMERIC_FIELDS[filter.field];
  const { min, max } = filter;
  if (min !== undefined && max !== undefined) return `${field}:[${number(min)}..${number(max)}]`;
  if (min !== undefined) return `${field}:>=${number(min)}`;
  if (max !== undefined) return `${field}:<=${number(max)}`;
  throw new UnrepresentableFilterError('a range without bounds.');
}

function activity(condition: ActivityCondition, negated: boolean): string {
  const parts = (Object.keys(ACTIVITY_NAMES) as (keyof ActivityCondition)[]).filter((part) => condition[part] !== undefined);
  if (parts.length === 0) throw new UnrepresentableFilterError('an activity condition with no part.');
  const values = (part: keyof ActivityCondition): string[] => {
    if (part === 'serves') return condition.serves!.map(placeId);
    if (part === 'groupSectors') return groupsOf(condition.groupSectors!);
    return condition[part]!;
  };
  if (parts.length === 1) {
    const part = parts[0]!;
    return `${ACTIVITY_NAMES[part].flat}:${negated ? '!=' : '='}${list(values(part))}`;
  }
  if (negated) throw new UnrepresentableFilterError('filter_by cannot negate activities.{...}.');
  return `activities.{${parts.map((part) => `${ACTIVITY_NAMES[part].nested}:=${list(values(part))}`).join(' && ')}}`;
}

function placeId(place: ServedPlace): string {
  return `${place.type}:${place.code}`;
}

/** The sector groups whose sectors make exactly this list (how the planner and the parser build it). */
function groupsOf(sectors: readonly string[]): string[] {
  const groups = [...new Set(sectors.map((sector) => (isSector(sector) ? sectorGroupOf(sector) : undefined)))];
  const rebuilt = groups.flatMap((group) => (group ? sectorsOfGroup(group) : []));
  if (groups.includes(undefined) || rebuilt.length !== sectors.length || rebuilt.some((sector, i) => sector !== sectors[i])) {
    throw new UnrepresentableFilterError('sector-group sectors that are not whole groups.');
  }
  return groups as string[];
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new UnrepresentableFilterError(`the number ${value}.`);
  return String(value);
}
