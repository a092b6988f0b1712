import { describe, expect, it } from 'vitest';
import type { Supplier } from '../../../../sdk/src/types.js';
import type { EngineQuery, Filter } from '../../query/types.js';
import { createEmbeddedEngine } from './engine.js';
import {
  BRETAGNE, BRUZ, LYON, MARSEILLE, NANTES, RENNES, SAINT_MALO, activity, addressIn, makeSupplier,
} from './suppliers.test-support.js';
import { createTextIndex } from './text.js';

const groupOf = (sector: string) => (sector.startsWith('espaces') ? 'espaces-verts' : 'proprete');
const everything: Filter = { op: 'and', filters: [] };

function query(fields: Partial<EngineQuery> = {}): EngineQuery {
  return { filter: everything, facets: [], sort: 'name', page: 1, perPage: 100, ...fields };
}

function engineWith(suppliers: Supplier[]) {
  return createEmbeddedEngine({ suppliers, textIndex: createTextIndex(), groupOf });
}

async function ids(engine: ReturnType<typeof engineWith>, fields: Partial<EngineQuery> = {}): Promise<string[]> {
  return (await engine.search(query(fields))).hits.map((hit) => hit.supplier.id);
}

const tremplin = makeSupplier('s1', {
  name: 'ASSOC TREMPLIN 35',
  kind: 'ACI',
  networks: ['coorace'] as Supplier['networks'],
  address: addressIn(RENNES, 'Rennes', '35000'),
  activities: [activity('espaces-verts', { type: 'ZONES', zones: ['department:35'] }, ['PREST'])],
  updatedAt: '2025-03-01T00:00:00Z',
});
const elan = makeSupplier('s2', {
  name: 'SARL ZZ',
  brand: 'Élan Propreté',
  kind: 'EI',
  address: addressIn(SAINT_MALO, 'Saint-Malo'),
  activities: [
    activity('nettoyage', { type: 'COUNTRY' }, ['PREST']),
    activity('espaces-verts', { type: 'CUSTOM', km: 20 }, ['BUILD']),
  ],
  updatedAt: '2025-06-01T00:00:00Z',
});
const atelier = makeSupplier('s3', {
  name: 'ATELIER DU LINGE',
  kind: 'ESAT',
  labels: ['esus'] as Supplier['labels'],
  address: addressIn(NANTES, 'Nantes'),
  activities: [activity('blanchisserie', { type: 'ZONES', zones: ['region:52'] }, ['PREST', 'BUILD'])],
  updatedAt: '2025-06-01T00:00:00Z',
});
const baluchon = makeSupplier('s4', {
  name: 'BALUCHON',
  brand: 'Baluchon-À table citoyens',
  kind: 'EI',
  address: addressIn(MARSEILLE, 'Marseille'),
  activities: [activity('nettoyage', { type: 'ZONES', zones: ['commune:13055'] }, ['DISP'])],
  updatedAt: '2024-01-01T00:00:00Z',
});
const delisted = makeSupplier('s5', { name: 'AAA FERMEE', kind: 'EI', active: false });
const all = [tremplin, elan, atelier, baluchon, delisted];

describe('sorting', () => {
  it("sorts by trading name, else legal name, ignoring accents and case", async () => {
    expect(await ids(engineWith(all))).toEqual(['s1', 's3', 's4', 's2']);
  });
  it('sorts by last update, newest first, ties by id', async () => {
    expect(await ids(engineWith(all), { sort: 'updated' })).toEqual(['s2', 's3', 's1', 's4']);
  });
  it('sorts by distance to the origin, 0 inside its commune, rounded to 100 m', async () => {
    const result = await engineWith(all).search(query({ sort: 'distance', origin: { point: RENNES.point, communeCode: '35238' } }));
    expect(result.hits.map((hit) => hit.supplier.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(result.hits[0]!.distanceKm).toBe(0);
    expect(result.hits[1]!.distanceKm).toBe(64.3);
  });
  it('ranks by completeness of the profile without text, then the newest update, then id', async () => {
    // Every supplier of `all` has sectors only (1 point): the newest update decides.
    expect(await ids(engineWith(all), { sort: 'relevance' })).toEqual(['s2', 's3', 's1', 's4']);
    const described = { ...baluchon, description: 'Traiteur solidaire', offers: [{ name: 'Plateaux repas' }], contact: { email: 'contact@baluchon.example' } };
    const reachable = { ...atelier, contact: { phone: '02 40 00 00 00' } };
    expect(await ids(engineWith([tremplin, elan, reachable, described]), { sort: 'relevance' })).toEqual(['s4', 's3', 's2', 's1']);
  });
  it('ranks by completeness without text, then the nearest to an origin', async () => {
    const reachable = { ...tremplin, website: 'https://tremplin.example' };
    const engine = engineWith([reachable, elan, atelier, baluchon]);
    expect(await ids(engine, { sort: 'relevance', origin: { point: MARSEILLE.point } })).toEqual(['s1', 's4', 's3', 's2']);
    expect(await ids(engine, { sort: 'relevance', origin: { point: RENNES.point } })).toEqual(['s1', 's2', 's3', 's4']);
  });
  it('ranks suppliers inside the origin commune before nearer ones outside it, at equal completeness', async () => {
    // At the edge of Rennes' commune but closer to Bruz's centre than Bruz's own supplier.
    const edge = makeSupplier('s6', { name: 'EDGE', address: { ...addressIn(RENNES, 'Rennes'), point: { lat: 48.03, lng: -1.74 } } });
    const bruz = makeSupplier('s7', { name: 'BRUZ', address: { ...addressIn(BRUZ, 'Bruz'), point: { lat: 48.05, lng: -1.72 } } });
    const engine = engineWith([edge, bruz]);
    expect(await ids(engine, { sort: 'relevance', origin: { point: BRUZ.point, communeCode: BRUZ.code } })).toEqual(['s7', 's6']);
    expect(await ids(engine, { sort: 'relevance', origin: { point: BRUZ.point } })).toEqual(['s6', 's7']);
  });
  it('ranks by text score with text, and keeps only the suppliers the text matches', async () => {
    const result = await engineWith(all).search(query({ sort: 'relevance', text: 'tremplin' }));
    expect(result.hits.map((hit) => hit.supplier.id)).toEqual(['s1']);
    expect(result.hits[0]!.highlights).toEqual([
      { field: 'name', parts: [{ text: 'ASSOC ', match: false }, { text: 'TREMPLIN', match: true }, { text: ' 35', match: false }] },
    ]);
  });
});

describe('paging', () => {
  it('returns the requested page and the total found', async () => {
    const result = await engineWith(all).search(query({ page: 2, perPage: 3 }));
    expect(result.found).toBe(4);
    expect(result.hits.map((hit) => hit.supplier.id)).toEqual(['s2']);
  });
  it('returns no hits past the last page', async () => {
    const result = await engineWith(all).search(query({ page: 3, perPage: 3 }));
    expect(result).toMatchObject({ found: 4, hits: [] });
  });
});

describe('filters', () => {
  it('filters on SIREN, networks, location and the perimeter rule', async () => {
    const engine = engineWith(all);
    expect(await ids(engine, { filter: { op: 'in', field: 'siren', values: ['123456789'] } })).toEqual(['s1', 's3', 's4', 's2']);
    expect(await ids(engine, { filter: { op: 'in', field: 'network', values: ['coorace'] } })).toEqual(['s1']);
    expect(await ids(engine, { filter: { op: 'near', point: RENNES.point, radiusKm: 70 } })).toEqual(['s1', 's2']);
    expect(await ids(engine, { filter: { op: 'activity', condition: { serves: [BRETAGNE] } } })).toEqual(['s1', 's2']);
    expect(await ids(engine, { filter: { op: 'activity', condition: { sectors: ['espaces-verts'], serves: [LYON] } } })).toEqual([]);
  });
  it('combines with not and or', async () => {
    const filter: Filter = {
      op: 'or',
      filters: [
        { op: 'not', filter: { op: 'in', field: 'kind', values: ['EI', 'ACI'] } },
        { op: 'in', field: 'region', values: ['93'] },
      ],
    };
    expect(await ids(engineWith(all), { filter })).toEqual(['s3', 's4']);
  });
});

describe('inactive suppliers', () => {
  it('never match a search, a get or a suggestion, but are counted as stored', async () => {
    const engine = engineWith(all);
    expect(await ids(engine, { filter: { op: 'in', field: 'id', values: ['s5'] } })).toEqual([]);
    expect(await ids(engine, { text: 'fermee' })).toEqual([]);
    expect(await engine.get('s5')).toBeUndefined();
    expect(await engine.suggest('aaa', 5)).toEqual([]);
    expect(await engine.stats()).toEqual({ suppliers: 5, active: 4 });
  });
});

describe('upsert and remove', () => {
  it('replaces a supplier by id, text included', async () => {
    const engine = engineWith(all);
    await engine.upsert([{ ...tremplin, name: 'ASSOC REBOND' }]);
    expect(await ids(engine, { text: 'tremplin' })).toEqual([]);
    expect(await ids(engine, { text: 'rebond' })).toEqual(['s1']);
    expect(await engine.stats()).toEqual({ suppliers: 5, active: 4 });
  });
  it('delists and relists a supplier', async () => {
    const engine = engineWith(all);
    await engine.upsert([{ ...tremplin, active: false }]);
    expect(await ids(engine, { text: 'tremplin' })).toEqual([]);
    await engine.upsert([{ ...delisted, active: true }]);
    expect(await ids(engine, { text: 'fermee' })).toEqual(['s5']);
    expect(await engine.stats()).toEqual({ suppliers: 5, active: 4 });
  });
  it('removes by id and says how many it removed', async () => {
    const engine = engineWith(all);
    expect(await engine.remove(['s1', 's5', 'unknown'])).toBe(2);
    expect(await ids(engine)).toEqual(['s3', 's4', 's2']);
    expect(await ids(engine, { text: 'tremplin' })).toEqual([]);
    expect(await engine.get(tremplin.siret)).toBeUndefined();
    expect(engine.snapshot().map((supplier) => supplier.id).sort()).toEqual(['s2', 's3', 's4']);
  });
});

describe('get and suggest', () => {
  it('finds by id or SIRET, spaces allowed, within the scope only', async () => {
    const engine = engineWith(all);
    expect((await engine.get('s3'))?.name).toBe('ATELIER DU LINGE');
    const siret = atelier.siret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4');
    expect((await engine.get(siret))?.id).toBe('s3');
    expect(await engine.get('s3', { op: 'in', field: 'region', values: ['53'] })).toBeUndefined();
    expect((await engine.get('s1', { op: 'in', field: 'region', values: ['53'] }))?.id).toBe('s1');
  });
  it('suggests suppliers by name or trading name, within the scope', async () => {
    const engine = engineWith(all);
    expect(await engine.suggest('balu', 5)).toEqual([{ id: 's4', label: 'Baluchon-À table citoyens', kind: 'EI', city: 'Marseille' }]);
    expect(await engine.suggest('balu', 5, { op: 'in', field: 'kind', values: ['ESAT'] })).toEqual([]);
  });
});

describe('facets', () => {
  it("count each facet without that facet's own selection, most frequent first", async () => {
    const eiOnly: Filter = { op: 'in', field: 'kind', values: ['EI'] };
    const result = await engineWith(all).search(
      query({
        filter: eiOnly,
        facets: [
          { name: 'kind', filter: everything },
          { name: 'region', filter: eiOnly },
        ],
      }),
    );
    expect(result.found).toBe(2);
    expect(result.facets.kind).toEqual([
      { value: 'EI', count: 2 },
      { value: 'ACI', count: 1 },
      { value: 'ESAT', count: 1 },
    ]);
    expect(result.facets.region).toEqual([
      { value: '53', count: 1 },
      { value: '93', count: 1 },
    ]);
  });
  it('count only the activities satisfying the condition, each value once per supplier', async () => {
    const servesRennes = { serves: [RENNES] };
    const result = await engineWith(all).search(
      query({
        filter: { op: 'activity', condition: servesRennes },
        facets: [
          { name: 'sector', filter: { op: 'activity', condition: servesRennes }, activity: servesRennes },
          { name: 'sectorGroup', filter: everything },
          { name: 'prestaType', filter: everything, activity: { sectors: ['espaces-verts'] } },
        ],
      }),
    );
    // Saint-Malo's green spaces reach 20 km, not Rennes: only its nationwide cleaning counts.
    expect(result.facets.sector).toEqual([
      { value: 'espaces-verts', count: 1 },
      { value: 'nettoyage', count: 1 },
    ]);
    expect(result.facets.sectorGroup).toEqual([
      { value: 'proprete', count: 3 },
      { value: 'espaces-verts', count: 2 },
    ]);
    expect(result.facets.prestaType).toEqual([
      { value: 'BUILD', count: 1 },
      { value: 'PREST', count: 1 },
    ]);
  });
});
