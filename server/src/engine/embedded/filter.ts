/**
 * Evaluates Filter trees over one query's candidates (positions in the scan), node
 * by node, into bit masks: a leaf is a tight loop over the candidates setting bits,
 * and/or/not combine whole words, 32 positions at a time. The main filter and every
 * facet filter of a query share most of their nodes (the planner only drops a facet's
 * own selection): a node reached again, by object identity, reuses its mask.
 */
import { insidePolygon } from '../../domain/geo-polygon.js';
import { inRange, numericValue } from '../../query/numeric-fields.js';
import type { FacetName } from '../../../../sdk/src/types.js';
import type { ActivityCondition, Filter, SupplierField } from '../../query/types.js';
import { withinKm } from './geo.js';
import { compileActivityCondition, someActivity, type ActivityTest } from './perimeter.js';
import { facetSlot, type SupplierRecord } from './record.js';
import type { Packed, ScanData } from './columns.js';

/**
 * Over the scan's positions, 32 to a word: bit p set where the supplier at p passes.
 * Always clear outside the candidates, so that the set bits are the passing candidates.
 */
type Mask = Uint32Array;

const setBit = (mask: Mask, position: number): void => {
  mask[position >>> 5]! |= 1 << (position & 31);
};
const hasBit = (mask: Mask, position: number): boolean => (mask[position >>> 5]! & (1 << (position & 31))) !== 0;

/** Fields that are also facets: tested on the facet columns. */
const FACET_FIELDS: Partial<Record<SupplierField, FacetName>> = {
  kind: 'kind',
  network: 'network',
  label: 'label',
  department: 'department',
  region: 'region',
};

type IdentityField = 'id' | 'siret' | 'siren' | 'postcode' | 'communeCode';

function maskIn(
  suppliers: readonly SupplierRecord[],
  scan: ScanData,
  field: SupplierField,
  values: readonly string[],
  among: Mask,
  mask: Mask,
): Mask {
  const facet = FACET_FIELDS[field];
  if (facet) {
    // Whole words from each value's own mask, kept with the scan: one pass over the
    // suppliers the first time, then 32 positions a step, whatever the candidates.
    const words = (suppliers.length + 31) >>> 5;
    const byValue = scan.memo.get(`value masks:${facet}`, () => valueMasks(scan.columns.supplierFacets[facetSlot(facet)]!, words));
    for (const value of values) {
      const own = byValue.get(scan.values.find(value));
      if (own) for (let w = 0; w < words; w++) mask[w]! |= own[w]!;
    }
    for (let w = 0; w < words; w++) mask[w]! &= among[w]!;
    return mask;
  }
  // Through the scan's index of that field: reading the field of every record
  // costs a cache miss each, and a SIRET search reads them all.
  const key = field as IdentityField;
  const index = scan.memo.get(`in:${key}`, () => positionsByValue(suppliers, key));
  for (const value of values) for (const position of index.get(value) ?? []) if (hasBit(among, position)) setBit(mask, position);
  return mask;
}

/** By value id, the positions holding that value, as a mask. */
function valueMasks({ starts, ids }: Packed, words: number): Map<number, Mask> {
  const masks = new Map<number, Mask>();
  for (let position = 0; position + 1 < starts.length; position++) {
    for (let k = starts[position]!, end = starts[position + 1]!; k < end; k++) {
      let own = masks.get(ids[k]!);
      if (!own) masks.set(ids[k]!, (own = new Uint32Array(words)));
      setBit(own, position);
    }
  }
  return masks;
}

function positionsByValue(suppliers: readonly SupplierRecord[], key: IdentityField): Map<string, number[]> {
  const index = new Map<string, number[]>();
  suppliers.forEach((supplier, position) => {
    const positions = index.get(supplier[key]);
    if (positions) positions.push(position);
    else index.set(supplier[key], [position]);
  });
  return index;
}

/** Each candidate where `passes` holds, marked in `mask`. */
function maskWhere(candidates: ArrayLike<number>, mask: Mask, passes: (position: number) => boolean): Mask {
  for (let i = 0; i < candidates.length; i++) {
    const position = candidates[i]!;
    if (passes(position)) setBit(mask, position);
  }
  return mask;
}

// Masks reused from query to query: a fresh one per node was garbage to collect each
// time. A query clears the masks it takes.
const maskPool: Mask[] = [];
let passingScratch = new Int32Array(0);

/** The answers of an activity condition, kept with the scan: 0 not yet known, 1 no, 2 yes. */
interface ActivityAnswers {
  answers: Uint8Array;
  satisfies: ActivityTest;
  /** Every position's answer as a mask, once a query has had them all as candidates. */
  passing?: Mask;
}

/**
 * Prepares the filters of one query over `candidates` (ascending positions of
 * `suppliers`, the scan `scan`); the returned function gives the candidates passing
 * any filter (or node) of the query, ascending. Valid until the next call: the
 * masks are shared (queries run one at a time).
 */
export function compileFilters(
  suppliers: readonly SupplierRecord[],
  scan: ScanData,
  candidates: ArrayLike<number>,
): (filter: Filter) => Int32Array {
  const masks = new Map<Filter, Mask>();
  const size = suppliers.length;
  const words = (size + 31) >>> 5;
  const every = candidates.length === size;
  let taken = 0;
  const emptyMask = (): Mask => {
    let mask = maskPool[taken];
    if (!mask || mask.length < words) mask = maskPool[taken] = new Uint32Array(words);
    taken++;
    return mask.fill(0, 0, words);
  };
  const among = emptyMask();
  if (every) {
    among.fill(0xffffffff, 0, size >>> 5);
    if (size & 31) among[size >>> 5] = 2 ** (size & 31) - 1;
  } else {
    for (let i = 0; i < candidates.length; i++) setBit(among, candidates[i]!);
  }

  const maskOf = (filter: Filter): Mask => {
    let mask = masks.get(filter);
    if (!mask) {
      mask = evaluate(filter, emptyMask());
      masks.set(filter, mask);
    }
    return mask;
  };

  /** Kept with the scan, like the perimeter's answers per activity: a site's place and sector come back query after query. */
  const activity = (condition: ActivityCondition, mask: Mask): Mask => {
    const known = scan.memo.get(`activity:${JSON.stringify(condition)}`, (): ActivityAnswers => ({
      answers: new Uint8Array(size),
      satisfies: compileActivityCondition(condition, scan),
    }));
    if (known.passing) {
      for (let w = 0; w < words; w++) mask[w] = known.passing[w]! & among[w]!;
      return mask;
    }
    const { answers, satisfies } = known;
    for (let i = 0; i < candidates.length; i++) {
      const position = candidates[i]!;
      let answer = answers[position]!;
      if (answer === 0) answers[position] = answer = someActivity(scan, position, satisfies) ? 2 : 1;
      if (answer === 2) setBit(mask, position);
    }
    if (every) known.passing = mask.slice(0, words);
    return mask;
  };

  const evaluate = (filter: Filter, mask: Mask): Mask => {
    switch (filter.op) {
      case 'in':
        return maskIn(suppliers, scan, filter.field, filter.values, among, mask);
      case 'near': {
        const { point, radiusKm } = filter;
        return maskWhere(candidates, mask, (position) => withinKm(suppliers[position]!.point, point, radiusKm));
      }
      case 'range': {
        const { field, min, max } = filter;
        return maskWhere(candidates, mask, (position) => inRange(numericValue(suppliers[position]!.supplier, field), min, max));
      }
      case 'polygon': {
        const { points } = filter;
        return maskWhere(candidates, mask, (position) => insidePolygon(suppliers[position]!.point, points));
      }
      case 'activity':
        return activity(filter.condition, mask);
      case 'not': {
        const inner = maskOf(filter.filter);
        for (let w = 0; w < words; w++) mask[w] = among[w]! & ~inner[w]!;
        return mask;
      }
      case 'and': {
        mask.set(among.subarray(0, words));
        for (const child of filter.filters.map(maskOf)) for (let w = 0; w < words; w++) mask[w]! &= child[w]!;
        return mask;
      }
      case 'or': {
        for (const child of filter.filters.map(maskOf)) for (let w = 0; w < words; w++) mask[w]! |= child[w]!;
        return mask;
      }
    }
  };

  return (filter) => {
    const mask = maskOf(filter);
    if (passingScratch.length < candidates.length) passingScratch = new Int32Array(size);
    let count = 0;
    // The set bits, word by word: a word with none costs one test.
    for (let w = 0; w < words; w++) {
      let bits = mask[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        passingScratch[count++] = (w << 5) + 31 - Math.clz32(low);
        bits ^= low;
      }
    }
    return passingScratch.slice(0, count);
  };
}
