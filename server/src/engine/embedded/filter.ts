/**
 * Evaluates Filter trees over one query's candidates (positions in the scan), node
 * by node: each node is a tight loop over the candidates writing a mask, where a
 * test per position through nested closures cost a call per node and position. The
 * main filter and every facet filter of a query share most of their nodes (the
 * planner only drops a facet's own selection): a node reached again, by object
 * identity, reuses its mask.
 */
import { insidePolygon } from '../../domain/geo-polygon.js';
import { inRange, numericValue } from '../numeric-fields.js';
import type { FacetName } from '../../../../sdk/src/types.js';
import type { Filter, SupplierField } from '../types.js';
import { withinKm } from './geo.js';
import { compileActivityCondition, someActivity } from './perimeter.js';
import { facetSlot, type SupplierRecord } from './record.js';
import { tableOf, type ScanData } from './columns.js';

/** Over the scan's positions: 1 where the supplier passes; read only at the candidates. */
type Mask = Uint8Array;

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
  candidates: ArrayLike<number>,
  mask: Mask,
): Mask {
  const facet = FACET_FIELDS[field];
  const single = field === 'kind' || field === 'department' || field === 'region' ? scan.columns[field] : undefined;
  if (single) {
    // One value per supplier: one read per candidate, not a packed list's bounds.
    const wanted = tableOf(values, scan.values);
    for (let i = 0; i < candidates.length; i++) {
      const position = candidates[i]!;
      mask[position] = wanted[single[position]!]!;
    }
    return mask;
  }
  if (facet) {
    const wanted = tableOf(values, scan.values);
    const { starts, ids } = scan.columns.supplierFacets[facetSlot(facet)]!;
    for (let i = 0; i < candidates.length; i++) {
      const position = candidates[i]!;
      for (let k = starts[position]!, end = starts[position + 1]!; k < end; k++) {
        if (wanted[ids[k]!] === 1) {
          mask[position] = 1;
          break;
        }
      }
    }
    return mask;
  }
  // Through the scan's index of that field: reading the field of every record
  // costs a cache miss each, and a SIRET search reads them all.
  const key = field as IdentityField;
  const index = scan.memo.get(`in:${key}`, () => positionsByValue(suppliers, key));
  for (const value of values) for (const position of index.get(value) ?? []) mask[position] = 1;
  return mask;
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
    if (passes(position)) mask[position] = 1;
  }
  return mask;
}

// Masks reused from query to query: at 100,000 suppliers a fresh one per node was
// 100 KB to zero and collect each time. A query zeroes its candidates only.
const maskPool: Mask[] = [];
let passingScratch = new Int32Array(0);

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
  let taken = 0;
  const emptyMask = (): Mask => {
    let mask = maskPool[taken];
    if (!mask || mask.length < size) mask = maskPool[taken] = new Uint8Array(size);
    taken++;
    // Every position a candidate (no text): one memset.
    if (candidates.length === size) mask.fill(0, 0, size);
    else for (let i = 0; i < candidates.length; i++) mask[candidates[i]!] = 0;
    return mask;
  };

  const maskOf = (filter: Filter): Mask => {
    let mask = masks.get(filter);
    if (!mask) {
      mask = evaluate(filter, emptyMask());
      masks.set(filter, mask);
    }
    return mask;
  };

  const evaluate = (filter: Filter, mask: Mask): Mask => {
    switch (filter.op) {
      case 'in':
        return maskIn(suppliers, scan, filter.field, filter.values, candidates, mask);
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
      case 'activity': {
        // Kept with the scan, like the perimeter's answers per activity: a site's
        // place and sector come back query after query. 0 not yet known, 1 no, 2 yes.
        const answers = scan.memo.get(`activity:${JSON.stringify(filter.condition)}`, () => new Uint8Array(size));
        const satisfies = compileActivityCondition(filter.condition, scan);
        for (let i = 0; i < candidates.length; i++) {
          const position = candidates[i]!;
          let known = answers[position]!;
          if (known === 0) answers[position] = known = someActivity(scan, position, satisfies) ? 2 : 1;
          if (known === 2) mask[position] = 1;
        }
        return mask;
      }
      case 'not': {
        const inner = maskOf(filter.filter);
        for (let i = 0; i < candidates.length; i++) {
          const position = candidates[i]!;
          mask[position] = 1 - inner[position]!;
        }
        return mask;
      }
      case 'and':
      case 'or': {
        // Child by child, column-wise: one tight loop each, no loop over children per position.
        const and = filter.op === 'and';
        const [first, ...rest] = filter.filters.map(maskOf);
        for (let i = 0; i < candidates.length; i++) {
          const position = candidates[i]!;
          mask[position] = first ? first[position]! : and ? 1 : 0;
        }
        for (const child of rest) {
          if (and) for (let i = 0; i < candidates.length; i++) mask[candidates[i]!]! &= child[candidates[i]!]!;
          else for (let i = 0; i < candidates.length; i++) mask[candidates[i]!]! |= child[candidates[i]!]!;
        }
        return mask;
      }
    }
  };

  return (filter) => {
    const mask = maskOf(filter);
    if (passingScratch.length < candidates.length) passingScratch = new Int32Array(size);
    let count = 0;
    for (let i = 0; i < candidates.length; i++) {
      const position = candidates[i]!;
      passingScratch[count] = position;
      count += mask[position]!;
    }
    return passingScratch.slice(0, count);
  };
}
