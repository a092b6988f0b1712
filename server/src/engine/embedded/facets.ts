/**
 * Disjunctive facet counts. Each facet comes with its own filter (the planner has
 * removed that facet's own selection); sector, sector-group and service-type facets
 * count only the activities that satisfy the facet's activity condition, each value
 * once per supplier. Values are counted as dictionary ids in the scan's columns.
 */
import type { EngineResult, FacetQuery, Filter } from '../../query/types.js';
import type { Packed, ScanData } from './columns.js';
import { compileActivityCondition, type ActivityTest } from './perimeter.js';
import { facetSlot } from './record.js';

/** Counts a facet of one value per supplier, read straight from its column. */
function countColumnValues(column: Int32Array, positions: ArrayLike<number>, counts: Int32Array): void {
  for (let i = 0; i < positions.length; i++) counts[column[positions[i]!]!]!++;
}

/** Counts the values of the suppliers at `positions`: each supplier's ids are distinct. */
function countSupplierValues(column: Packed, positions: ArrayLike<number>, counts: Int32Array): void {
  const { starts, ids } = column;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    for (let k = starts[position]!, end = starts[position + 1]!; k < end; k++) counts[ids[k]!]!++;
  }
}

// Scratch arrays over the value dictionary, reused from facet to facet and query to
// query (a query runs to its end before the next starts): a fresh one each time
// was garbage for the collector, eleven per query.
let scratchCounts = new Int32Array(0);
let countedFor = new Int32Array(0);

/**
 * Counts the values of the activities passing `condition`, once per supplier.
 * `answers` keeps the condition's answer per activity (0 not yet known, 1 no, 2
 * yes), kept with the scan across queries and facets.
 */
function countActivityValues(
  scan: ScanData,
  column: Packed,
  positions: ArrayLike<number>,
  condition: ActivityTest,
  answers: Uint8Array,
  counts: Int32Array,
): void {
  const { first } = scan.columns;
  const { starts, ids } = column;
  // The last position each value was counted for.
  if (countedFor.length < counts.length) countedFor = new Int32Array(counts.length);
  countedFor.fill(-1);
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    for (let activity = first[position]!, last = first[position + 1]!; activity < last; activity++) {
      let known = answers[activity]!;
      if (known === 0) answers[activity] = known = condition(position, activity) ? 2 : 1;
      if (known === 1) continue;
      for (let k = starts[activity]!, end = starts[activity + 1]!; k < end; k++) {
        const id = ids[k]!;
        if (countedFor[id] === position) continue;
        countedFor[id] = position;
        counts[id]!++;
      }
    }
  }
}

/** By value id, the value's rank in string order; and the id at each rank. */
interface ValueOrder {
  rankOf: Int32Array;
  idAt: Int32Array;
}

function valueOrder(values: ScanData['values']): ValueOrder {
  const ids = Array.from({ length: values.size }, (_, id) => id);
  ids.sort((a, b) => (values.valueOf(a) < values.valueOf(b) ? -1 : values.valueOf(a) > values.valueOf(b) ? 1 : 0));
  const rankOf = new Int32Array(ids.length);
  ids.forEach((id, rank) => (rankOf[id] = rank));
  return { rankOf, idAt: Int32Array.from(ids) };
}

// A sort key per counted value: higher counts first, then values in string order. Numbers
// sorted natively, where a comparator over objects compared strings on every tie (a
// hundred and fifty sectors, most of them with small counts). Exact in a double for any
// Int32 count and up to two million values: below 2^53.
const RANKS = 2 ** 21;
const MAX_COUNT = 2 ** 31 - 1;
let sortKeys = new Float64Array(0);

/** The non-zero counts as facet values, by count then value; zeroes `counts` behind it. */
function countedValues(counts: Int32Array, values: ScanData['values'], order: ValueOrder): { value: string; count: number }[] {
  if (sortKeys.length < values.size) sortKeys = new Float64Array(values.size * 2);
  let n = 0;
  for (let id = 0, size = values.size; id < size; id++) {
    const count = counts[id]!;
    if (count !== 0) sortKeys[n++] = (MAX_COUNT - count) * RANKS + order.rankOf[id]!;
  }
  const keys = sortKeys.subarray(0, n).sort();
  const counted = new Array<{ value: string; count: number }>(n);
  for (let i = 0; i < n; i++) {
    const id = order.idAt[keys[i]! % RANKS]!;
    counted[i] = { value: values.valueOf(id), count: counts[id]! };
    counts[id] = 0;
  }
  return counted;
}

/**
 * Counts each facet over the suppliers passing its filter; `matching` gives their
 * positions (facets often share a filter: it is best memoised per query).
 */
export function countFacets(
  scan: ScanData,
  facets: readonly FacetQuery[],
  matching: (filter: Filter) => ArrayLike<number>,
): EngineResult['facets'] {
  const { columns, values } = scan;
  const order = scan.memo.get('value order', () => valueOrder(values));
  const result: EngineResult['facets'] = {};
  for (const facet of facets) {
    const positions = matching(facet.filter);
    const slot = facetSlot(facet.name);
    if (scratchCounts.length < values.size) scratchCounts = new Int32Array(values.size * 2);
    const counts = scratchCounts;
    const byActivity = facet.name === 'sector' || facet.name === 'sectorGroup' || facet.name === 'prestaType';
    if (byActivity && facet.activity) {
      // Kept with the scan, like the filters' answers: a site's place and sector come
      // back query after query, and the three activity facets share them.
      const { activity } = facet;
      const compiled = scan.memo.get(`activity facets:${JSON.stringify(activity)}`, () => ({
        condition: compileActivityCondition(activity, scan),
        answers: new Uint8Array(columns.range.length),
      }));
      countActivityValues(scan, columns.activityFacets[slot]!, positions, compiled.condition, compiled.answers, counts);
    } else {
      const single = facet.name === 'kind' || facet.name === 'department' || facet.name === 'region' ? columns[facet.name] : undefined;
      if (single) countColumnValues(single, positions, counts);
      else countSupplierValues(columns.supplierFacets[slot]!, positions, counts);
    }
    result[facet.name] = countedValues(counts, values, order);
  }
  return result;
}
