/**
 * The embedded engine against the plain oracle (server/test-support/filter-oracle.test-support.ts): a few hundred
 * seeded random queries over the seeded demo suppliers must give the same matches
 * and the same facet counts.
 */
import { describe, expect, it } from 'vitest';
import type { FacetName } from '../../../../sdk/src/types.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { getGeography } from '../../domain/geography.js';
import { isSector, sectorGroupOf } from '../../domain/taxonomy.js';
import { oracleSearch } from '../../../test-support/filter-oracle.test-support.js';
import type { ActivityCondition, EngineQuery, FacetQuery, Filter } from '../../query/types.js';
import { createEmbeddedEngine } from './engine.js';
import { createTextIndex } from './text.js';
import type { ServedPlace } from '../../domain/geography.types.js';

const groupOf = (sector: string) => (isSector(sector) ? sectorGroupOf(sector) : undefined);

/** mulberry32: a small seeded generator, so that a failure replays. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)]!;
  const some = <T>(values: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + int(max) }, () => pick(values)))];
  return { chance: (p: number) => next() < p, int, pick, some };
}
type Random = ReturnType<typeof seeded>;

const geography = getGeography();
// Every seventh supplier gets a tiny radius on its first activity (real data has
// them): then only its own postcode lets it serve its own commune.
const suppliers = generateDemoSuppliers({ seed: 7, count: 800 }).map((supplier, n) =>
  n % 7 === 0 && supplier.activities.length > 0
    ? { ...supplier, activities: [{ ...supplier.activities[0]!, range: { type: 'CUSTOM' as const, km: n % 3 } }, ...supplier.activities.slice(1)] }
    : supplier,
);

function servedPlace(placeId: string): ServedPlace | undefined {
  const [type, code = ''] = placeId.split(':');
  if (type === 'commune') {
    const commune = geography.commune(code);
    return commune && { type, code, department: commune.department, region: commune.region, postcodes: commune.postcodes, point: commune.point };
  }
  if (type === 'department') {
    const department = geography.department(code);
    return department && { type, code, region: department.region };
  }
  return { type: 'region', code };
}

/**
 * Places the demo suppliers are located in (with the communes sharing their
 * postcode) or list as zones, so that every branch of the rule gets hits.
 */
const placeIds = new Set<string>();
for (const { address, activities } of suppliers) {
  placeIds.add(`commune:${address.communeCode}`).add(`department:${address.department}`).add(`region:${address.region}`);
  for (const commune of geography.communesByPostcode(address.postcode)) placeIds.add(`commune:${commune.code}`);
  for (const { range } of activities) if (range.type === 'ZONES') range.zones.forEach((zone) => placeIds.add(zone));
}
const places = [...placeIds].map(servedPlace).filter((place) => place !== undefined);
const communes = places.filter((place) => place.type === 'commune');
const distinct = <T>(values: T[]): T[] => [...new Set(values)].sort();
// With repetitions, so that frequent sectors are picked more often, as buyers would.
const sectors = suppliers.flatMap((supplier) => supplier.activities.map((activity) => activity.sector));
const kinds = distinct(suppliers.map((supplier) => supplier.kind));
const networks = distinct(suppliers.flatMap((supplier) => supplier.networks));
const labels = distinct(suppliers.flatMap((supplier) => supplier.labels));
const prestaTypes = ['DISP', 'PREST', 'BUILD'];

const and = (filters: Filter[]): Filter => ({ op: 'and', filters });

/**
 * A query shaped like the planner's: named parts ANDed, each facet's filter the
 * same part objects minus its own, and the facet's activity condition minus its own.
 */
function randomQuery(random: Random): EngineQuery {
  const parts = new Map<string, Filter>();
  if (random.chance(0.3)) parts.set('kind', { op: 'in', field: 'kind', values: random.some(kinds, 2) });
  if (random.chance(0.2)) parts.set('network', { op: 'in', field: 'network', values: random.some(networks, 2) });
  if (random.chance(0.15)) parts.set('label', { op: 'in', field: 'label', values: random.some(labels, 2) });
  if (random.chance(0.2)) {
    const place = random.pick(places);
    const field = place.type === 'commune' ? random.pick(['communeCode', 'postcode'] as const) : place.type;
    const values = field === 'postcode' && place.type === 'commune' ? place.postcodes : [place.code];
    parts.set('location', { op: 'or', filters: [{ op: 'in', field, values }, { op: 'in', field: 'siren', values: ['000000000'] }] });
  }
  if (random.chance(0.2)) parts.set('near', { op: 'near', point: random.pick(communes).point, radiusKm: 10 + random.int(150) });
  if (random.chance(0.15)) parts.set('not', { op: 'not', filter: { op: 'in', field: 'kind', values: [random.pick(kinds)] } });

  const condition: ActivityCondition = {};
  if (random.chance(0.4)) condition.sectors = random.some(sectors, 3);
  if (random.chance(0.2)) condition.groupSectors = random.some(sectors, 4);
  if (random.chance(0.3)) condition.prestaTypes = random.some(prestaTypes, 2);
  if (random.chance(0.6)) condition.serves = random.some(places, 2);
  const without = (key: keyof ActivityCondition): ActivityCondition => {
    const rest = { ...condition };
    delete rest[key];
    return rest;
  };
  const activityPart = (c: ActivityCondition): Filter[] => (Object.keys(c).length > 0 ? [{ op: 'activity', condition: c }] : []);
  const shared = [...parts.values()];
  const activityNode = activityPart(condition);
  const except = (name: string) => [...parts].filter(([key]) => key !== name).map(([, filter]) => filter);

  const facets: FacetQuery[] = (['kind', 'network', 'label', 'department', 'region'] as FacetName[]).map((name) => ({
    name,
    filter: and([...except(name), ...activityNode]),
  }));
  for (const [name, key] of [['sector', 'sectors'], ['sectorGroup', 'groupSectors'], ['prestaType', 'prestaTypes']] as const) {
    const rest = without(key);
    facets.push({ name, filter: and([...shared, ...activityPart(rest)]), activity: rest });
  }
  return { filter: and([...shared, ...activityNode]), facets, sort: 'name', page: 1, perPage: 10_000 };
}

describe('embedded engine against the oracle', () => {
  const random = seeded(20_260_101);
  const engine = createEmbeddedEngine({ suppliers, textIndex: createTextIndex(), groupOf });

  it('finds the same suppliers and counts the same facets for 400 random queries', async () => {
    let nonEmpty = 0;
    for (let n = 0; n < 400; n++) {
      const query = randomQuery(random);
      const expected = oracleSearch(suppliers, query, groupOf);
      const result = await engine.search(query);
      const ids = result.hits.map((hit) => hit.supplier.id).sort();
      expect({ n, found: result.found, ids, facets: result.facets }).toEqual({
        n,
        found: expected.ids.length,
        ids: expected.ids.sort(),
        facets: expected.facets,
      });
      if (expected.ids.length > 0) nonEmpty++;
    }
    // The queries must exercise matching, not only agree on empty results.
    expect(nonEmpty).toBeGreaterThan(200);
  });
});
