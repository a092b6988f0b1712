/** Small stand-ins for the engine and the geography, for the API's unit tests. */
import type { Place, PlaceId, Supplier } from '../../sdk/src/types.js';
import type { PlaceDirectory } from '../src/domain/geography.js';
import type { ServedPlace } from '../src/domain/geography.types.js';
import type { EngineQuery, EngineResult, SearchEngine, SupplierSuggestion } from '../src/query/types.js';

export const RENNES: Extract<ServedPlace, { type: 'commune' }> = {
  type: 'commune',
  code: '35238',
  department: '35',
  region: '53',
  postcodes: ['35000', '35200', '35700'],
  point: { lat: 48.1114, lng: -1.6819 },
};

const RENNES_PLACE: Place = {
  id: 'commune:35238',
  type: 'commune',
  code: '35238',
  name: 'Rennes',
  postcodes: RENNES.postcodes,
  department: '35',
  region: '53',
  population: 222485,
  point: RENNES.point,
};

const SERVED: Partial<Record<PlaceId, ServedPlace>> = {
  'commune:35238': RENNES,
  'department:35': { type: 'department', code: '35', region: '53' },
  'region:53': { type: 'region', code: '53' },
};

export function fakeGeography(): PlaceDirectory & { searches: [string, number][] } {
  const searches: [string, number][] = [];
  return {
    searches,
    servedPlace: (id) => SERVED[id],
    searchPlaces(q, limit) {
      searches.push([q, limit]);
      return q.toLowerCase().startsWith('ren') ? [RENNES_PLACE] : [];
    },
  };
}

export const SUPPLIER: Supplier = {
  id: 'sup-1',
  siret: '12345678900012',
  name: 'ASSOC TREMPLIN 35',
  kind: 'ACI',
  address: { postcode: '35000', city: 'Rennes', communeCode: '35238', department: '35', region: '53', point: RENNES.point },
  activities: [{ sector: 'nettoyage-de-locaux-16', prestaTypes: ['PREST'], range: { type: 'CUSTOM', km: 30 } }],
  networks: [],
  labels: [],
  offers: [],
  clientReferences: [],
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-06-01T00:00:00Z',
};

export interface FakeEngine extends SearchEngine {
  queries: EngineQuery[];
  gets: string[];
  result: EngineResult;
  failure?: Error;
}

/** Answers every search with `result`, knows SUPPLIER by id and SIRET, and remembers what it was asked. */
export function fakeEngine(): FakeEngine {
  const engine: FakeEngine = {
    name: 'fake',
    queries: [],
    gets: [],
    result: { found: 1, hits: [{ supplier: SUPPLIER, highlights: [] }], facets: {} },
    async search(query) {
      if (engine.failure) throw engine.failure;
      engine.queries.push(query);
      return engine.result;
    },
    async get(idOrSiret) {
      engine.gets.push(idOrSiret);
      return idOrSiret === SUPPLIER.id || idOrSiret === SUPPLIER.siret ? SUPPLIER : undefined;
    },
    async suggest(text, limit): Promise<SupplierSuggestion[]> {
      const suggestion: SupplierSuggestion = { id: SUPPLIER.id, label: SUPPLIER.name, kind: SUPPLIER.kind, city: 'Rennes' };
      return text.toLowerCase().startsWith('tremp') ? [suggestion].slice(0, limit) : [];
    },
    async upsert() {},
    async remove() {
      return 0;
    },
    async stats() {
      if (engine.failure) throw engine.failure;
      return { suppliers: 2, active: 1 };
    },
  };
  return engine;
}
