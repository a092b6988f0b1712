/**
 * GET /v1/potential against a brute force over the demo data: for random sectors,
 * sector groups and places, with and without a scoped key, every count equals a plain
 * loop over the suppliers reading the perimeter rule (../../engine/filter-oracle.ts's
 * oracleServes, one activity for sector and place) and the scope from its definition.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceId, PotentialResponse, Supplier } from '../../../../sdk/src/types.js';
import { createApp, type App } from '../../app.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { Random } from '../../demo-data/random.js';
import { distanceKm } from '../../domain/geo-distance.js';
import { getGeography } from '../../domain/geography.js';
import { familyOf, isSocialClauseKind, sectorsOfGroup, sectorGroupOf } from '../../domain/taxonomy.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';
import { oracleServes } from '../../../test-support/filter-oracle.test-support.js';
import type { ServedPlace } from '../../domain/geography.types.js';
import { siteKey, storeOf } from '../../keys/keys.test-support.js';
import type { KeyScope } from '../../keys/types.js';

const geography = getGeography();
const suppliers = generateDemoSuppliers();
const active = suppliers.filter((supplier) => supplier.activities.length > 0);
const SCOPES: Record<string, KeyScope> = {
  pk_test_everything: {},
  pk_test_bretagne: { regions: ['53'] },
  pk_test_federation: { networks: ['coorace'], socialClause: true },
};
let app: App;

beforeAll(async () => {
  const keys = storeOf(await Promise.all(Object.entries(SCOPES).map(([text, scope]) => siteKey(text, { scope, anyOrigin: true, origins: ['*'] }))));
  const unlimited = { perMinute: 1e6, burst: 1e6 };
  app = createApp({ engine: createDefaultEngine(suppliers), geography, keys, rateLimit: { anonymous: unlimited, siteKeyDefault: unlimited } });
});

function inScope(supplier: Supplier, scope: KeyScope): boolean {
  return (
    (!scope.networks || supplier.networks.some((network) => scope.networks!.includes(network))) &&
    (!scope.regions || scope.regions.includes(supplier.address.region)) &&
    (!scope.kinds || scope.kinds.includes(supplier.kind)) &&
    (!scope.socialClause || isSocialClauseKind(supplier.kind))
  );
}

/** As the API rounds it: a supplier in the commune served is at 0 km. */
function distanceTo(supplier: Supplier, place: ServedPlace): number | undefined {
  if (place.type !== 'commune') return undefined;
  if (supplier.address.communeCode === place.code) return 0;
  return Math.round(distanceKm(supplier.address.point, place.point) * 10) / 10;
}

function bruteForce(sectors: Set<string>, place: ServedPlace, scope: KeyScope) {
  const matches = suppliers.filter(
    (supplier) =>
      supplier.active !== false &&
      inScope(supplier, scope) &&
      supplier.activities.some((activity) => sectors.has(activity.sector) && oracleServes(supplier, activity, place)),
  );
  const byKind = new Map<string, number>();
  for (const { kind } of matches) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  const distances = matches.map((supplier) => distanceTo(supplier, place));
  return {
    ids: new Set(matches.map((supplier) => supplier.id)),
    found: matches.length,
    byKind: Object.fromEntries(byKind),
    byFamily: {
      insertion: matches.filter(({ kind }) => familyOf(kind) === 'insertion').length,
      handicap: matches.filter(({ kind }) => familyOf(kind) === 'handicap').length,
    },
    reservedLots: matches.filter(({ kind }) => isSocialClauseKind(kind)).length,
    withContact: matches.filter((supplier) => supplier.contact?.email || supplier.contact?.phone || supplier.website).length,
    nearestDistances: place.type === 'commune' ? (distances as number[]).sort((a, b) => a - b).slice(0, 5) : undefined,
  };
}

/** A place near real activity: a supplier's own commune, department or region, or one of its zones. */
function randomPlace(random: Random): PlaceId {
  const supplier = random.pick(suppliers);
  const zones = supplier.activities.flatMap(({ range }) => (range.type === 'ZONES' ? range.zones : []));
  const { communeCode, department, region } = supplier.address;
  const candidates: PlaceId[] = [`commune:${communeCode}`, `commune:${communeCode}`, `department:${department}`, `region:${region}`, ...zones];
  return random.pick(candidates);
}

async function potentialOf(key: string, query: string): Promise<PotentialResponse> {
  const response = await app.request(`/v1/potential?${query}`, { headers: { 'x-api-key': key } });
  expect(response.status, query).toBe(200);
  return response.json();
}

describe('the inclusive potential equals a brute force over the demo data', () => {
  it('for 150 random sectors, sector groups, places and scopes', async () => {
    const random = new Random(2026_12_03);
    let nonEmpty = 0;
    let withNearest = 0;
    for (let n = 0; n < 150; n++) {
      const key = random.pick(Object.keys(SCOPES));
      const serves = randomPlace(random);
      const activity = random.pick(random.pick(active).activities);
      const byGroup = random.chance(0.3);
      const sectors = new Set<string>(byGroup ? sectorsOfGroup(sectorGroupOf(activity.sector)) : [activity.sector]);
      const parameter = byGroup ? `sectorGroup=${sectorGroupOf(activity.sector)}` : `sector=${activity.sector}`;
      const place = geography.servedPlace(serves)!;

      const answer = await potentialOf(key, `${parameter}&serves=${serves}`);
      const expected = bruteForce(sectors, place, SCOPES[key]!);
      const context = { n, key, serves, parameter };
      expect({ ...context, found: answer.found }).toEqual({ ...context, found: expected.found });
      expect(Object.fromEntries(answer.byKind.map(({ value, count }) => [value, count]))).toEqual(expected.byKind);
      expect(answer.byFamily).toEqual(expected.byFamily);
      expect(answer.reservedLots).toBe(expected.reservedLots);
      expect(answer.withContact).toBe(expected.withContact);
      expect(answer.nearest).toHaveLength(Math.min(5, expected.found));
      for (const hit of answer.nearest) expect(expected.ids.has(hit.supplier.id)).toBe(true);
      if (expected.nearestDistances) {
        expect(answer.nearest.map((hit) => hit.distanceKm)).toEqual(expected.nearestDistances);
        if (expected.found > 0) withNearest++;
      }
      expect(answer.place.id).toBe(serves);
      if (expected.found > 0) nonEmpty++;
    }
    // The requests must exercise counting, not only agree on nothing.
    expect(nonEmpty).toBeGreaterThan(100);
    expect(withNearest).toBeGreaterThan(20);
  });
});
