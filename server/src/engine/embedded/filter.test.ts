/**
 * compileFilters against the oracle's reading of each filter, on scans whose size falls
 * either side of a 32-position word, with every position a candidate (no text) and with
 * a sparse few (a text's matches): the bit masks must agree with the plain filters.
 */
import { describe, expect, it } from 'vitest';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { isSector, sectorGroupOf } from '../../domain/taxonomy.js';
import { oracleMatches } from '../../../test-support/filter-oracle.test-support.js';
import type { Filter } from '../../query/types.js';
import { compileFilters } from './filter.js';
import { createSupplierStore } from './store.js';
import { BRETAGNE, RENNES } from './suppliers.test-support.js';

const demo = generateDemoSuppliers({ seed: 11, count: 70 }).map((supplier) => ({ ...supplier, active: true }));

function scanOf(count: number) {
  const store = createSupplierStore((sector) => (isSector(sector) ? sectorGroupOf(sector) : undefined));
  store.put(demo.slice(0, count));
  return store.scan();
}

const kinds: Filter = { op: 'in', field: 'kind', values: ['EI', 'ACI', 'ESAT'] };
const networks: Filter = { op: 'in', field: 'network', values: ['coorace', 'unea'] };
const inBretagne: Filter = { op: 'activity', condition: { serves: [BRETAGNE] } };
const filters: [string, Filter][] = [
  ['a facet field', kinds],
  ['a multi-valued facet field', networks],
  ['an identity field', { op: 'in', field: 'siret', values: demo.filter((_, n) => n % 5 === 0).map((s) => s.siret) }],
  ['an activity condition', inBretagne],
  ['near a point', { op: 'near', point: RENNES.point, radiusKm: 300 }],
  ['not', { op: 'not', filter: kinds }],
  ['and of three', { op: 'and', filters: [{ op: 'not', filter: networks }, kinds, inBretagne] }],
  ['or of two', { op: 'or', filters: [networks, { op: 'activity', condition: { serves: [RENNES] } }] }],
  ['an empty and (everything)', { op: 'and', filters: [] }],
  ['an empty or (nothing)', { op: 'or', filters: [] }],
];

describe('compileFilters', () => {
  for (const size of [31, 32, 33, 64, 65]) {
    for (const [sparse, pick] of [
      ['every position', () => true],
      ['every third position', (position: number) => position % 3 === 1],
    ] as const) {
      it(`gives the oracle's matches at ${size} suppliers, ${sparse} a candidate`, () => {
        const scan = scanOf(size);
        const candidates = Int32Array.from(scan.suppliers.keys()).filter(pick);
        for (const [name, filter] of filters) {
          const passing = compileFilters(scan.suppliers, scan, candidates)(filter);
          const expected = [...candidates].filter((position) => oracleMatches(scan.suppliers[position]!.supplier, filter));
          expect([...passing], name).toEqual(expected);
        }
      });
    }
  }

  it('answers a repeated condition from what the scan kept, the same as the first time', () => {
    const scan = scanOf(65);
    const every = Int32Array.from(scan.suppliers.keys());
    const first = [...compileFilters(scan.suppliers, scan, every)(inBretagne)];
    const few = every.filter((position) => position % 4 === 0);
    expect([...compileFilters(scan.suppliers, scan, every)(inBretagne)]).toEqual(first);
    expect([...compileFilters(scan.suppliers, scan, few)(inBretagne)]).toEqual(first.filter((position) => position % 4 === 0));
  });
});
