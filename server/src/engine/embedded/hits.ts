/** Ordering the matching suppliers and turning a page of them into hits. */
import type { Hit } from '../../../../sdk/src/types.js';
import type { EngineQuery } from '../../query/types.js';
import { haversineKm } from '../../domain/geo-distance.js';
import { lowerBound } from './lower-bound.js';
import { compareIds } from './record.js';
import type { Scan } from './store.js';
import type { TextIndex, TextMatches } from './text.types.js';

type Origin = NonNullable<EngineQuery['origin']>;

/**
 * Kilometres from the supplier at a position to the origin; a supplier inside the
 * origin's commune is 0 km away. Read from the columns: a match each, thousands.
 */
function distanceFrom(scan: Scan, origin: Origin): (position: number) => number {
  const { lat, lng, commune } = scan.columns;
  const own = origin.communeCode === undefined ? -1 : scan.places.find(`commune:${origin.communeCode}`);
  const { point } = origin;
  return (position) => (own !== -1 && commune[position] === own ? 0 : haversineKm(lat[position]!, lng[position]!, point.lat, point.lng));
}

/**
 * The positions a text matches (ascending) and, in the same order, their scores
 * and the index of each in the text's matches.
 */
export interface Relevance {
  positions: Int32Array;
  scores: Float64Array;
  matchOf: Int32Array;
  matches: TextMatches;
}

/** Where `position` sits in the relevance arrays (bisection), else -1. */
function indexIn(relevance: Relevance, position: number): number {
  const { positions } = relevance;
  const low = lowerBound(positions, position);
  return positions[low] === position ? low : -1;
}

// Sort keys by position, reused from query to query (queries run one at a time).
let keys = new Float64Array(0);

// Completeness steps in one key: wider than any secondary key below (km under 20,000
// doubled; epoch milliseconds under 10^13), small enough to stay an exact integer.
const KM_STEP = 1e5;
const MS_STEP = 1e13;

/**
 * Relevance without text: the most complete profile first (profileCompleteness), then
 * the nearest to the origin, suppliers inside its commune before the others, else the
 * most recently updated; the order Typesense is asked for with
 * `completeness:desc,_eval(commune_code:=…):desc,location(…):asc` (search.ts there).
 */
function fillCompletenessKeys(scan: Scan, matches: Int32Array, origin: Origin | undefined): void {
  const { lat, lng, commune, completeness, updatedMs } = scan.columns;
  if (!origin) {
    for (const position of matches) keys[position] = -(completeness[position]! * MS_STEP + updatedMs[position]!);
    return;
  }
  const own = origin.communeCode === undefined ? -1 : scan.places.find(`commune:${origin.communeCode}`);
  const { point } = origin;
  for (const position of matches) {
    const km = haversineKm(lat[position]!, lng[position]!, point.lat, point.lng);
    const outside = own !== -1 && commune[position] === own ? 0 : KM_STEP / 2;
    keys[position] = -completeness[position]! * KM_STEP + outside + km;
  }
}

/**
 * Writes into `keys` the key each match ranks by, ascending; false for the scan's
 * own name order, which needs none.
 */
function fillKeys(scan: Scan, matches: Int32Array, query: EngineQuery, relevance: Relevance | undefined): boolean {
  const { sort, origin } = query;
  if (sort === 'updated') {
    const { updatedMs } = scan.columns;
    for (const position of matches) keys[position] = -updatedMs[position]!;
  } else if (sort === 'relevance' && relevance) {
    // Every text match, a superset of the filtered ones: one pass, no lookup.
    const { positions, scores } = relevance;
    for (let i = 0; i < positions.length; i++) keys[positions[i]!] = -scores[i]!;
  } else if (sort === 'relevance' && !query.text) {
    fillCompletenessKeys(scan, matches, origin);
  } else if (sort === 'distance' && origin) {
    const distance = distanceFrom(scan, origin);
    for (const position of matches) keys[position] = distance(position);
  } else {
    return false;
  }
  return true;
}

type Compare = (a: number, b: number) => number;

/**
 * The `limit` smallest positions by `compare`, in order, through a max-heap of
 * `limit` items: a page needs the first 20 of thousands of matches, and a full sort
 * of them cost more than the rest of a broad query. `compare` being a total order
 * (ties go by id), the answer is the full sort's first `limit`, exactly.
 */
function smallest(matches: Int32Array, limit: number, compare: Compare): number[] {
  if (limit * 4 >= matches.length) return Array.from(matches.sort(compare).subarray(0, limit));
  const heap: number[] = [];
  const swap = (i: number, j: number) => {
    const kept = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = kept;
  };
  const siftDown = (from: number) => {
    for (let i = from; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && compare(heap[left]!, heap[worst]!) > 0) worst = left;
      if (right < heap.length && compare(heap[right]!, heap[worst]!) > 0) worst = right;
      if (worst === i) return;
      swap(i, worst);
      i = worst;
    }
  };
  for (const position of matches) {
    if (heap.length < limit) {
      heap.push(position);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (compare(heap[i]!, heap[parent]!) <= 0) break;
        swap(i, parent);
        i = parent;
      }
    } else if (limit > 0 && compare(position, heap[0]!) < 0) {
      heap[0] = position;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}

/**
 * The first `limit` positions of the matches (given ascending, hence in name order)
 * in the query's order; ties go by id. May reorder `matches`.
 */
export function orderMatches(
  scan: Scan,
  matches: Int32Array,
  query: EngineQuery,
  relevance: Relevance | undefined,
  limit: number,
): number[] {
  const { suppliers } = scan;
  if (keys.length < suppliers.length) keys = new Float64Array(suppliers.length);
  if (!fillKeys(scan, matches, query, relevance)) return Array.from(matches.subarray(0, limit));
  return smallest(matches, limit, (a, b) => keys[a]! - keys[b]! || compareIds(suppliers[a]!.id, suppliers[b]!.id));
}

export function toHit(
  scan: Scan,
  position: number,
  query: EngineQuery,
  relevance: Relevance | undefined,
  textIndex: TextIndex,
): Hit {
  const record = scan.suppliers[position]!;
  const hit: Hit = { supplier: record.supplier, highlights: [] };
  if (query.origin) hit.distanceKm = Math.round(distanceFrom(scan, query.origin)(position) * 10) / 10;
  const index = relevance ? indexIn(relevance, position) : -1;
  if (relevance && index !== -1) hit.highlights = textIndex.highlight(record.supplier, relevance.matches, relevance.matchOf[index]!);
  return hit;
}
