/**
 * The engine contract: on the same 500 demo suppliers, an engine answers searches
 * (filters, facets, sorts, pages), get, suggest, upsert, remove and stats exactly
 * as the embedded engine does. Text ranking is compared exactly only when the
 * target ranks text as the embedded engine does (the stand-in); a real Typesense
 * ranks with its own text match, so there the suite checks what must hold anyway.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchRequest, Supplier } from '../../../../sdk/src/types.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { distanceKm } from '../../domain/geo-distance.js';
import { getGeography } from '../../domain/geography.js';
import { plan } from '../../planner/plan.js';
import { createDefaultEngine } from '../embedded/default.js';
import type { EngineQuery, Filter, SearchEngine } from '../../query/types.js';
import type { TypesenseEngine } from './engine.js';

export interface ContractTarget {
  engine: TypesenseEngine;
  /** True when text matching and ranking are the embedded engine's (the stand-in). */
  sameTextRanking: boolean;
}

const ALL_FACETS = ['kind', 'prestaType', 'sectorGroup', 'sector', 'network', 'label', 'department', 'region'] as const;

export function engineContract(connect: () => Promise<ContractTarget>): void {
  const suppliers: Supplier[] = generateDemoSuppliers({ count: 500 });
  const reference: SearchEngine = createDefaultEngine(suppliers);
  let target: ContractTarget;
  const query = (request: SearchRequest, scope?: Filter): EngineQuery => plan(request, { places: getGeography(), ...(scope && { scope }) });
  /** The same answer, and one with hits, so that agreeing on nothing proves nothing. */
  const sameAnswer = async (engineQuery: EngineQuery) => {
    const expected = await reference.search(engineQuery);
    expect(expected.hits.length).toBeGreaterThan(0);
    expect(await target.engine.search(engineQuery)).toEqual(expected);
  };

  const active = suppliers.filter((supplier) => supplier.active !== false);
  const first = active[0]!;
  const withNetwork = active.find((supplier) => supplier.networks.length > 0)!;
  const custom = active.find((supplier) => supplier.activities.some((activity) => activity.range.type === 'CUSTOM'))!;
  const zoned = active.find((supplier) => supplier.activities.some((activity) => activity.range.type === 'ZONES'))!;
  /** A supplier with CUSTOM ranges only, and a commune well inside one, in another department: only the radius serves it. */
  const farActivity = active
    .filter((supplier) => supplier.activities.every((item) => item.range.type === 'CUSTOM'))
    .flatMap((supplier) => supplier.activities.filter((item) => item.range.type === 'CUSTOM' && item.range.km >= 40).map((item) => ({ supplier, item })))
    .at(0)!;
  const farCommune = getGeography()
    .communes()
    .find((commune) => {
      const km = distanceKm(farActivity.supplier.address.point, commune.point);
      return commune.department !== farActivity.supplier.address.department && km > 15 && km < (farActivity.item.range as { km: number }).km - 5;
    })!;
  /**
   * No supplier's point lies within 10 m of the edge of a radius around the commune's
   * centre: Typesense's distance differs from ours by far less (README), so the
   * contract compares the rule, not rounding.
   */
  const clearOfEdges = (code: string) => {
    const centre = getGeography().commune(code)!.point;
    const gaps = suppliers.flatMap((supplier) =>
      supplier.activities.flatMap((item) => (item.range.type === 'CUSTOM' ? [Math.abs(distanceKm(supplier.address.point, centre) - item.range.km)] : [])),
    );
    expect(Math.min(...gaps)).toBeGreaterThan(0.01);
  };
  const word = active.map((supplier) => supplier.name.split(/\s+/).find((part) => /^[A-Z]{5,}$/.test(part))).find(Boolean)!;

  beforeAll(async () => {
    target = await connect();
    await target.engine.reindex(suppliers);
  }, 120_000);

  describe('search answers as the embedded engine does', () => {
    it('everything, with every facet', () => sameAnswer(query({ facets: [...ALL_FACETS], perPage: 20 })));
    it('kinds and networks, with disjunctive facets', () =>
      sameAnswer(query({ kinds: ['EI', 'ESAT', 'EA'], networks: withNetwork.networks, facets: ['kind', 'network', 'label', 'region'] })));
    it('a commune served with a sector: perimeter, same activity, distance order', () => {
      clearOfEdges(custom.address.communeCode);
      const activity = custom.activities.find((item) => item.range.type === 'CUSTOM')!;
      return sameAnswer(query({ serves: [`commune:${custom.address.communeCode}`], sectors: [activity.sector], facets: [...ALL_FACETS], perPage: 50 }));
    });
    it('a commune reached only by a CUSTOM radius, with its sector', async () => {
      clearOfEdges(farCommune.code);
      const engineQuery = query({ serves: [`commune:${farCommune.code}`], sectors: [farActivity.item.sector], facets: [...ALL_FACETS], perPage: 100 });
      expect((await reference.search(engineQuery)).hits.map((hit) => hit.supplier.id)).toContain(farActivity.supplier.id);
      await sameAnswer(engineQuery);
    });
    it('a commune served alone, page 2, counting sectors by the activities that serve it', () => {
      clearOfEdges(first.address.communeCode);
      return sameAnswer(query({ serves: [`commune:${first.address.communeCode}`], facets: ['sector', 'sectorGroup', 'prestaType'], page: 2 }));
    });
    it('a department served with service types', () =>
      sameAnswer(query({ serves: [`department:${zoned.address.department}`], prestaTypes: ['PREST'], facets: [...ALL_FACETS] })));
    it('a zone listed by a supplier, and a region', () => {
      const zones = zoned.activities.flatMap((activity) => (activity.range.type === 'ZONES' ? activity.range.zones : []));
      return sameAnswer(query({ serves: [zones[0]!, `region:${first.address.region}`], facets: ['sector', 'region'], sort: 'name' }));
    });
    it('located in a department, sorted by name, page 2', () =>
      sameAnswer(query({ location: [`department:${first.address.department}`], sort: 'name', page: 2, perPage: 5, facets: ['department', 'kind'] })));
    it('near a point, by distance', () =>
      sameAnswer(query({ near: { ...first.address.point, radiusKm: 80 }, sort: 'distance', facets: ['kind'] })));
    it('by update, page 3', () => sameAnswer(query({ sort: 'updated', page: 3, perPage: 10 })));
    it('without text: most complete profile first, then the newest, page 2', () => sameAnswer(query({ sort: 'relevance', page: 2, perPage: 30 })));
    it('without text around a commune: most complete first, inside the commune, then the nearest', () => {
      clearOfEdges(first.address.communeCode);
      return sameAnswer(query({ serves: [`commune:${first.address.communeCode}`], sort: 'relevance', perPage: 60, facets: ['kind'] }));
    });
    it('without text near a point: most complete first, then the nearest', () =>
      sameAnswer(query({ near: { ...first.address.point, radiusKm: 150 }, sort: 'relevance', perPage: 40 })));
    it('a SIRET and a SIREN', async () => {
      await sameAnswer(query({ q: first.siret }));
      await sameAnswer(query({ q: first.siret.slice(0, 9) }));
    });
    it('within a key scope', () => sameAnswer(query({ facets: ['region', 'department', 'kind'] }, { op: 'in', field: 'region', values: [first.address.region] })));
    it('ranges, polygons, negations and alternatives', () =>
      sameAnswer({
        filter: {
          op: 'and',
          filters: [
            { op: 'or', filters: [{ op: 'range', field: 'employeesInclusive', min: 5, max: 40 }, { op: 'in', field: 'kind', values: ['ESAT'] }] },
            { op: 'not', filter: { op: 'in', field: 'region', values: ['11'] } },
            { op: 'polygon', points: [{ lat: 51, lng: -5 }, { lat: 51, lng: 8 }, { lat: 42, lng: 8 }, { lat: 42, lng: -5 }] },
          ],
        },
        facets: [{ name: 'kind', filter: { op: 'and', filters: [] } }],
        sort: 'name',
        page: 1,
        perPage: 30,
      }));
    it('free text', async () => {
      const engineQuery = query({ q: word, facets: ['kind', 'sector'] });
      const [answer, expected] = [await target.engine.search(engineQuery), await reference.search(engineQuery)];
      if (target.sameTextRanking) return expect(answer).toEqual(expected);
      expect(answer.found).toBeGreaterThan(0);
      expect(answer.hits[0]!.highlights.some((highlight) => highlight.parts.some((part) => part.match))).toBe(true);
    });
  });

  describe('reading and writing one supplier', () => {
    const inactive = suppliers.find((supplier) => supplier.active === false)!;
    it('gets by id or SIRET, never an inactive one or one out of scope', async () => {
      expect(await target.engine.get(first.id)).toEqual(first);
      expect(await target.engine.get(first.siret)).toEqual(first);
      expect(await target.engine.get(inactive.id)).toBeUndefined();
      expect(await target.engine.get('no-such-supplier')).toBeUndefined();
      expect(await target.engine.get(first.id, { op: 'in', field: 'region', values: ['nowhere'] })).toBeUndefined();
    });
    it('suggests suppliers by the start of their name', async () => {
      const prefix = (first.brand ?? first.name).slice(0, 6);
      const suggestions = await target.engine.suggest(prefix, 5);
      if (target.sameTextRanking) expect(suggestions).toEqual(await reference.suggest(prefix, 5));
      expect(suggestions.map((suggestion) => suggestion.id)).toContain(first.id);
    });
    it('counts suppliers and active ones', async () => expect(await target.engine.stats()).toEqual(await reference.stats()));
    it('upserts and removes', async () => {
      const moved: Supplier = { ...first, kind: 'GEIQ', name: 'ZYGOMATIQUE ATELIER', updatedAt: '2030-01-01T00:00:00Z' };
      for (const engine of [target.engine, reference]) await engine.upsert([moved]);
      expect(await target.engine.get(first.id)).toEqual(moved);
      await sameAnswer(query({ kinds: ['GEIQ'], sort: 'updated', facets: ['kind'] }));
      const gone = [active[1]!.id, active[2]!.id, 'no-such-supplier'];
      expect(await target.engine.remove(gone)).toBe(await reference.remove(gone));
      expect(await target.engine.stats()).toEqual(await reference.stats());
      await sameAnswer(query({ facets: [...ALL_FACETS] }));
    });
  });
}
