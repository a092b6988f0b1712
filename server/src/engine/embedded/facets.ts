/**
 * Disjunctive facet counts. Each facet comes with its own filter (the planner has
 * removed that facet's own selection); sector, sector-group and service-type facets
 * count only the activities that satisfy the facet's activity condition, each value
 * once per supplier. Values are counted as dictionary ids in the scan's columns.
 */
import type { EngineResult, FacetQuery, Filter } from '../types.js';
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

function byCountThenValue(a: { value: string; count: number }, b: { value: string; count: number }): number {
  if (a.count !== b.count) return b.count - a.count;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
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
    const counted: { value: string; count: number }[] = [];
    for (let id = 0, size = values.size; id < size; id++) {
      const count = counts[id]!;
      if (count === 0) continue;
      counted.push({ value: values.valueOf(id), count });
      counts[id] = 0;
    }
    result[facet.name] = counted.sort(byCountThenValue);
  }
  return result;
}
