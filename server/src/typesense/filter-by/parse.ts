/**
 * filter_by -> the engine-neutral Filter tree the API's own parameters become, so
 * that every engine serves it. Field by field: codes are matched exactly (`:` and
 * `:=` alike, the fields hold codes, not words), numbers compare as integers, the
 * geopoint takes a radius or a polygon, and `serves` applies the perimeter rule.
 */
import type { PlaceId, Point } from '../../../../sdk/src/types.js';
import { isSectorGroup, sectorsOfGroup, taxonomy } from '../../domain/taxonomy.js';
import type { QueryContext } from '../../query/context.js';
import type { ActivityCondition, Filter, NumericField } from '../../query/types.js';
import { ACTIVITY_FIELDS, FILTER_FIELDS, type FilterRole } from '../schema.js';
import { filterByError, parseSyntax, type Clause, type Expression, type Literal } from './syntax.js';

type ActivityPart = keyof ActivityCondition;

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const RANGE = /^(-?\d+)\s*\.\.\s*(-?\d+)$/;
const PLACE_ID = /^(commune|department|region):[0-9A-Za-z]+$/;
const KM_PER_MILE = 1.609344;

/** The Filter for a filter_by text; a 400 naming the fault for anything it cannot mean exactly. */
export function parseFilterBy(text: string, context: Pick<QueryContext, 'places'>): Filter {
  return toFilter(parseSyntax(text), context);
}

function toFilter(expression: Expression, context: Pick<QueryContext, 'places'>): Filter {
  switch (expression.type) {
    case 'and':
    case 'or':
      return { op: expression.type, filters: expression.operands.map((operand) => toFilter(operand, context)) };
    case 'activities':
      return activitiesFilter(expression.clauses, context);
    case 'clause':
      return clauseFilter(expression.clause, context);
  }
}

function clauseFilter(clause: Clause, context: Pick<QueryContext, 'places'>): Filter {
  const role: FilterRole | undefined = FILTER_FIELDS[clause.field];
  if (!role) throw filterByError(`Unknown or unfilterable field "${clause.field}" at character ${clause.position + 1}.`);
  if (role.kind === 'geo') return geoFilter(clause);
  if (clause.shape === 'geo') throw fault(clause, 'takes values, not a (...) area');
  if (role.kind === 'numeric') return numericFilter(clause, role.field);
  const negated = equality(clause);
  const values = clause.values.map((value) => value.text);
  let filter: Filter;
  switch (role.kind) {
    case 'in':
      filter = { op: 'in', field: role.field, values };
      break;
    case 'family':
      filter = { op: 'in', field: 'kind', values: kindsWhere((kind) => values.includes(kind.family), values, ['insertion', 'handicap']) };
      break;
    case 'socialClause':
      filter = { op: 'in', field: 'kind', values: kindsWhere((kind) => values.includes(String(kind.socialClause)), values, ['true', 'false']) };
      break;
    case 'activity':
      filter = { op: 'activity', condition: { [role.part]: activityValues(clause, role.part, context) } };
      break;
  }
  return negated ? { op: 'not', filter } : filter;
}

/** Whether an equality clause is negated (`:!=`); comparators are for numbers only. */
function equality(clause: Clause): boolean {
  if (clause.operator === ':!=') return true;
  if (clause.operator === ':' || clause.operator === ':=') return false;
  throw fault(clause, `does not take "${clause.operator.slice(1)}": it is not numeric`);
}

function kindsWhere(test: (kind: { family: string; socialClause: boolean }) => boolean, values: string[], allowed: string[]): string[] {
  const wrong = values.find((value) => !allowed.includes(value));
  if (wrong !== undefined) throw filterByError(`"${wrong}" is not one of ${allowed.join(', ')}.`);
  return taxonomy()
    .kinds.filter(test)
    .map((kind) => kind.code);
}

function activityValues(clause: Clause, part: ActivityPart, context: Pick<QueryContext, 'places'>) {
  const values = clause.values.map((value) => value.text);
  if (part === 'groupSectors') {
    return [...new Set(values.flatMap((group) => {
      if (!isSectorGroup(group)) throw fault(clause, `has no sector group "${group}"`);
      return sectorsOfGroup(group);
    }))];
  }
  if (part !== 'serves') return values;
  return values.map((id) => {
    const place = PLACE_ID.test(id) ? context.places.servedPlace(id as PlaceId) : undefined;
    if (!place) throw fault(clause, `has no place "${id}" (expected commune:<INSEE code>, department:<code> or region:<code>)`);
    return place;
  });
}

/** `activities.{sector:=x && presta_types:=y && serves:=z}`: one activity must meet them all. */
function activitiesFilter(clauses: Clause[], context: Pick<QueryContext, 'places'>): Filter {
  const condition: ActivityCondition = {};
  for (const clause of clauses) {
    const part = ACTIVITY_FIELDS[clause.field];
    if (!part) throw fault(clause, 'is not a field of activities.{...} (sector, sector_group, presta_types, serves)');
    if (clause.shape === 'geo' || equality(clause)) throw fault(clause, 'inside activities.{...} takes := values only');
    if (condition[part]) throw fault(clause, 'appears twice in one activities.{...}');
    Object.assign(condition, { [part]: activityValues(clause, part, context) });
  }
  return { op: 'activity', condition };
}

function integerOf(literal: Literal, clause: Clause): number {
  const value = NUMBER.test(literal.text) ? Number(literal.text) : NaN;
  if (!Number.isSafeInteger(value)) throw fault(clause, `takes whole numbers, not "${literal.text}"`);
  return value;
}

function numericFilter(clause: Clause, field: NumericField): Filter {
  const range = (min?: number, max?: number): Filter => {
    const node: Filter = { op: 'range', field };
    if (min !== undefined) node.min = min;
    if (max !== undefined) node.max = max;
    return node;
  };
  const only = () => {
    if (clause.shape !== 'value') throw fault(clause, `takes one number after "${clause.operator.slice(1)}"`);
    return integerOf(clause.values[0]!, clause);
  };
  switch (clause.operator) {
    case ':>':
      return range(only() + 1);
    case ':>=':
      return range(only());
    case ':<':
      return range(undefined, only() - 1);
    case ':<=':
      return range(undefined, only());
  }
  const ranges = clause.values.map((literal) => {
    const bounds = RANGE.exec(literal.text);
    if (!bounds) return range(integerOf(literal, clause), integerOf(literal, clause));
    return range(integerOf({ text: bounds[1]!, quoted: false }, clause), integerOf({ text: bounds[2]!, quoted: false }, clause));
  });
  if (clause.operator === ':!=') {
    const excluded = ranges.map((filter): Filter => ({ op: 'not', filter }));
    return excluded.length === 1 ? excluded[0]! : { op: 'and', filters: excluded };
  }
  return ranges.length === 1 ? ranges[0]! : { op: 'or', filters: ranges };
}

/** `location:(lat, lng, 5 km)` or `location:(lat1, lng1, lat2, lng2, lat3, lng3, ...)`. */
function geoFilter(clause: Clause): Filter {
  if (clause.shape !== 'geo' || clause.operator !== ':') {
    throw fault(clause, 'takes an area: (lat, lng, 5 km) or a polygon (lat1, lng1, lat2, lng2, ...)');
  }
  const texts = clause.values.map((value) => value.text);
  const radius = texts.length === 3 ? /^(\S+)\s*(km|mi)$/.exec(texts[2]!) : null;
  if (radius) {
    const point = pointOf(texts[0]!, texts[1]!, clause);
    const amount = numberOf(radius[1]!, clause);
    const radiusKm = radius[2] === 'mi' ? amount * KM_PER_MILE : amount;
    if (!(radiusKm > 0 && radiusKm <= 20_000)) throw fault(clause, 'takes a radius above 0 and up to 20000 km');
    return { op: 'near', point, radiusKm };
  }
  if (texts.length < 6 || texts.length % 2 !== 0) {
    throw fault(clause, 'takes (lat, lng, <radius> km|mi) or at least three lat, lng vertices');
  }
  const points: Point[] = [];
  for (let i = 0; i < texts.length; i += 2) points.push(pointOf(texts[i]!, texts[i + 1]!, clause));
  return { op: 'polygon', points };
}

function numberOf(text: string, clause: Clause): number {
  if (!NUMBER.test(text)) throw fault(clause, `expected a number, not "${text}"`);
  return Number(text);
}

function pointOf(latText: string, lngText: string, clause: Clause): Point {
  const lat = numberOf(latText, clause);
  const lng = numberOf(lngText, clause);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) throw fault(clause, `has a point out of range (${lat}, ${lng})`);
  return { lat, lng };
}

function fault(clause: Clause, message: string) {
  return filterByError(`"${clause.field}" ${message} (character ${clause.position + 1}).`);
}
