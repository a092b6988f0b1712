/**
 * filter_by evaluated over stored documents the way Typesense reads it: exact
 * matches on string and string[] fields (`:=`, `:!=`, lists), numeric comparisons
 * and `a..b` ranges (so `activities.{custom_km:=30 && ...}` holds for an activity
 * whose radius is 30), geo radius and polygon on a geopoint, and `field.{...}` for
 * one element of an object array meeting every clause. The text is parsed by the
 * gateway's filter_by reader (its syntax tree, not its field schema, and without
 * the gateway's length limit: Typesense has none): the stand-in knows no field in
 * advance, it reads what the documents hold.
 */
import type { Point } from '../../../sdk/src/types.js';
import { distanceKm } from '../../src/domain/geo-distance.js';
import { insidePolygon } from '../../src/domain/geo-polygon.js';
import { parseSyntax, type Clause, type Expression } from '../../src/typesense/filter-by/syntax.js';

export type StoredDocument = Record<string, unknown>;
export type DocumentTest = (document: StoredDocument) => boolean;

/** Typesense's mile, and the Earth radius of its S2 geometry (S2Earth::RadiusMeters), in km. */
const KM_PER_MILE = 1.60934;
const S2_EARTH_RADIUS_KM = 6371.01;
/** The project's radius (geo-distance.ts): distanceKm(a, b) / PROJECT_EARTH_RADIUS_KM is the angle. */
const PROJECT_EARTH_RADIUS_KM = 6371.0088;

export function compileFilterBy(text: string): DocumentTest {
  return compileExpression(parseSyntax(text, Number.POSITIVE_INFINITY));
}

/**
 * Whether a point lies within `km` of the centre as Typesense decides it: the radius
 * turned into an angle on S2's Earth, and the exact angle to the centre compared
 * with it (the legacy `(lat, lng, r km)` form always checks it exactly).
 */
function withinRadius(point: Point, centre: Point, km: number): boolean {
  return distanceKm(point, centre) / PROJECT_EARTH_RADIUS_KM <= km / S2_EARTH_RADIUS_KM;
}

function compileExpression(expression: Expression): DocumentTest {
  switch (expression.type) {
    case 'and': {
      const tests = expression.operands.map(compileExpression);
      return (document) => tests.every((test) => test(document));
    }
    case 'or': {
      const tests = expression.operands.map(compileExpression);
      return (document) => tests.some((test) => test(document));
    }
    case 'clause':
      return compileClause(expression.clause);
    case 'activities': {
      // parseSyntax only opens `{` after `activities.`: the one object array the engine nests.
      const tests = expression.clauses.map(compileClause);
      return (document) => {
        const elements = document.activities;
        return Array.isArray(elements) && elements.some((element: StoredDocument) => tests.every((test) => test(element)));
      };
    }
  }
}

const valuesOf = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

function compileClause(clause: Clause): DocumentTest {
  const { field, operator } = clause;
  const texts = clause.values.map((value) => value.text);
  if (clause.shape === 'geo') return geoTest(field, texts);
  if (operator === ':' || operator === ':=' || operator === ':!=') {
    const matchers = texts.map(valueMatcher);
    const words = new Set(texts);
    const negated = operator === ':!=';
    return (document) => {
      const held = valuesOf(document[field]).some((value) =>
        typeof value === 'number' ? matchers.some((matches) => matches(value)) : words.has(String(value)),
      );
      return negated ? !held : held;
    };
  }
  const bound = Number(texts[0]);
  const compare = {
    ':>': (value: number) => value > bound,
    ':>=': (value: number) => value >= bound,
    ':<': (value: number) => value < bound,
    ':<=': (value: number) => value <= bound,
  }[operator];
  return (document) => valuesOf(document[field]).some((value) => typeof value === 'number' && compare(value));
}

/** A value as written against a stored number: a number or an `a..b` range (text values are looked up whole). */
function valueMatcher(text: string): (value: number) => boolean {
  const range = /^(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)$/.exec(text);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    return (value) => value >= min && value <= max;
  }
  return (value) => value === Number(text);
}

function geoTest(field: string, texts: string[]): DocumentTest {
  const pointOf = (value: unknown): Point | undefined =>
    Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number' ? { lat: value[0], lng: value[1] } : undefined;
  if (texts.length === 3) {
    const centre = { lat: Number(texts[0]), lng: Number(texts[1]) };
    const radius = /^([\d.]+)\s*(km|mi)$/.exec(texts[2]!);
    if (!radius) throw new Error(`Bad radius "${texts[2]}"`);
    // Typesense reads the number as a 32-bit float (std::stof).
    const km = Math.fround(Number(radius[1])) * (radius[2] === 'mi' ? KM_PER_MILE : 1);
    return (document) => {
      const point = pointOf(document[field]);
      return point !== undefined && withinRadius(point, centre, km);
    };
  }
  const vertices: Point[] = [];
  for (let i = 0; i + 1 < texts.length; i += 2) vertices.push({ lat: Number(texts[i]), lng: Number(texts[i + 1]) });
  return (document) => {
    const point = pointOf(document[field]);
    return point !== undefined && insidePolygon(point, vertices);
  };
}
