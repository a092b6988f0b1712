/**
 * Compiles Filter trees into tests over the positions of one query's suppliers.
 * The main filter and every facet filter of a query share most of their nodes (the
 * planner only drops a facet's own selection), so a node reached more than once,
 * by object identity, keeps its answers in one Uint8Array for the whole query.
 */
import { insidePolygon } from '../../domain/geo-polygon.js';
import { inRange, numericValue } from '../numeric-fields.js';
import type { FacetName } from '../../../../sdk/src/types.js';
import type { Filter, SupplierField } from '../types.js';
import { withinKm } from './geo.js';
import { compileActivityCondition, someActivity } from './perimeter.js';
import { facetSlot, type SupplierRecord } from './record.js';
import { tableOf, type ScanData } from './columns.js';

/** Whether the supplier at this position of the query's array matches. */
export type SupplierTest = (position: number) => boolean;

/** Fields that are also facets: tested on the facet columns. */
const FACET_FIELDS: Partial<Record<SupplierField, FacetName>> = {
  kind: 'kind',
  network: 'network',
  label: 'label',
  department: 'department',
  region: 'region',
};

type IdentityField = 'id' | 'siret' | 'siren' | 'postcode' | 'communeCode';

function compileIn(
  suppliers: readonly SupplierRecord[],
  scan: ScanData,
  field: SupplierField,
  values: readonly string[],
): SupplierTest {
  const facet = FACET_FIELDS[field];
  if (facet) {
    const wanted = tableOf(values, scan.values);
    const { starts, ids } = scan.columns.supplierFacets[facetSlot(facet)]!;
    return (position) => {
      for (let k = starts[position]!, end = starts[position + 1]!; k < end; k++) if (wanted[ids[k]!] === 1) return true;
      return false;
    };
  }
  // Through the scan's index of that field: reading the field of every record
  // costs a cache miss each, and a SIRET search reads them all.
  const key = field as IdentityField;
  const index = scan.memo.get(`in:${key}`, () => positionsByValue(suppliers, key));
  const wanted = new Uint8Array(suppliers.length);
  for (const value of values) for (const position of index.get(value) ?? []) wanted[position] = 1;
  return (position) => wanted[position] === 1;
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

/** Rough cost, to run cheap tests of an `and`/`or` first (order does not change the answer). */
function cost(filter: Filter): number {
  switch (filter.op) {
    case 'in':
    case 'range':
      return 1;
    case 'near':
    case 'polygon':
      return 2;
    case 'activity':
      return 4;
    case 'not':
      return cost(filter.filter);
    case 'and':
    case 'or':
      return filter.filters.reduce((sum, child) => sum + cost(child), 0);
  }
}

function countReferences(filter: Filter, references: Map<Filter, number>): void {
  const seen = references.get(filter);
  references.set(filter, (seen ?? 0) + 1);
  if (seen !== undefined) return;
  if (filter.op === 'and' || filter.op === 'or') {
    for (const child of filter.filters) countReferences(child, references);
  } else if (filter.op === 'not') {
    countReferences(filter.filter, references);
  }
}

/** Answers once per position: 0 not yet known, 1 no, 2 yes. */
function remembered(test: SupplierTest, size: number): SupplierTest {
  const answers = new Uint8Array(size);
  return (position) => {
    const known = answers[position]!;
    if (known !== 0) return known === 2;
    const answer = test(position);
    answers[position] = answer ? 2 : 1;
    return answer;
  };
}

/**
 * Prepares the filters of one query over `suppliers` (and `scan`, their columns);
 * the returned function gives
 * the test of any of those filters (or of their nodes).
 */
export function compileFilters(
  suppliers: readonly SupplierRecord[],
  scan: ScanData,
  filters: readonly Filter[],
): (filter: Filter) => SupplierTest {
  const references = new Map<Filter, number>();
  for (const filter of filters) countReferences(filter, references);
  const compiled = new Map<Filter, SupplierTest>();

  const compile = (filter: Filter): SupplierTest => {
    const done = compiled.get(filter);
    if (done) return done;
    let test = compileNode(filter);
    if ((references.get(filter) ?? 0) > 1) test = remembered(test, suppliers.length);
    compiled.set(filter, test);
    return test;
  };

  const compileNode = (filter: Filter): SupplierTest => {
    switch (filter.op) {
      case 'in':
        return compileIn(suppliers, scan, filter.field, filter.values);
      case 'near': {
        const { point, radiusKm } = filter;
        return (position) => withinKm(suppliers[position]!.point, point, radiusKm);
      }
      case 'range': {
        const { field, min, max } = filter;
        return (position) => inRange(numericValue(suppliers[position]!.supplier, field), min, max);
      }
      case 'polygon': {
        const { points } = filter;
        return (position) => insidePolygon(suppliers[position]!.point, points);
      }
      case 'activity': {
        const satisfies = compileActivityCondition(filter.condition, scan);
        return (position) => someActivity(scan, position, satisfies);
      }
      case 'not': {
        const inner = compile(filter.filter);
        return (position) => !inner(position);
      }
      case 'and':
      case 'or': {
        const tests = [...filter.filters].sort((a, b) => cost(a) - cost(b)).map(compile);
        if (tests.length === 1) return tests[0]!;
        const all = filter.op === 'and';
        return (position) => {
          for (const test of tests) if (test(position) !== all) return !all;
          return all;
        };
      }
    }
  };

  return compile;
}
