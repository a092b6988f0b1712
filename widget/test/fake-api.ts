/**
 * A fake achat-inclusif API for the widget's browser tests: a `fetch` that answers from
 * a few suppliers, records the requests, and can hold answers until the test releases them.
 */
import { createClient, type InclusifClient } from '../../sdk/src/index.js';
import type {
  FacetCounts,
  NeedCreated,
  NeedInput,
  FacetValue,
  Place,
  SearchResponse,
  Suggestion,
  Supplier,
  Taxonomy,
} from '../../sdk/src/types.js';

export const taxonomy: Taxonomy = {
  kinds: [
    { code: 'EI', family: 'insertion', socialClause: true, label: { fr: 'Entreprise d’insertion', en: 'Work integration enterprise' } },
    { code: 'ACI', family: 'insertion', socialClause: true, label: { fr: 'Atelier chantier d’insertion', en: 'Integration workshop' } },
    { code: 'EA', family: 'handicap', socialClause: true, label: { fr: 'Entreprise adaptée', en: 'Adapted enterprise' } },
    { code: 'ESAT', family: 'handicap', socialClause: true, label: { fr: 'ESAT', en: 'ESAT' } },
  ],
  prestaTypes: [
    { code: 'DISP', label: { fr: 'Mise à disposition', en: 'Staff provision' } },
    { code: 'PREST', label: { fr: 'Prestation de service', en: 'Service' } },
    { code: 'BUILD', label: { fr: 'Fabrication et commercialisation de biens', en: 'Goods' } },
  ],
  sectorGroups: [
    {
      slug: 'restauration',
      label: { fr: 'Restauration', en: 'Catering' },
      sectors: [{ slug: 'traiteur', label: { fr: 'Traiteur', en: 'Caterer' } }],
    },
    {
      slug: 'entretien-du-linge',
      label: { fr: 'Entretien du linge', en: 'Laundry' },
      sectors: [{ slug: 'blanchisserie', label: { fr: 'Blanchisserie', en: 'Laundry service' } }],
    },
  ],
  networks: [{ slug: 'union-nationale-des-entreprises-adaptees', name: 'Union nationale des entreprises adaptées', brand: 'UNEA' }],
  labels: [{ slug: 'rsei', name: 'Label RSEi' }],
  regions: [{ code: '84', name: 'Auvergne-Rhône-Alpes' }],
  departments: [{ code: '69', name: 'Rhône', region: '84' }],
};

/** A supplier with sensible defaults; `overrides` for what a test needs. */
export function supplier(id: string, overrides: Partial<Supplier> = {}): Supplier {
  return {
    id,
    siret: '1234567890' + id.padStart(4, '0').slice(-4),
    name: `ASSOC ${id.toUpperCase()}`,
    kind: 'EI',
    address: { postcode: '69001', city: 'Lyon', communeCode: '69381', department: '69', region: '84', point: { lat: 45.76, lng: 4.83 } },
    activities: [{ sector: 'traiteur', prestaTypes: ['PREST'], range: { type: 'COUNTRY' } }],
    networks: [],
    labels: [],
    offers: [],
    clientReferences: [],
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...overrides,
  };
}

export const suppliers: Supplier[] = [
  supplier('a1', { name: 'TRAITEUR SOLIDAIRE', brand: 'Le Bon Plat', kind: 'EI', networks: [] }),
  supplier('a2', {
    name: 'SARL ATELIER 2N',
    kind: 'EA',
    networks: ['union-nationale-des-entreprises-adaptees'],
    labels: ['rsei'],
    activities: [{ sector: 'blanchisserie', prestaTypes: ['PREST', 'DISP'], range: { type: 'COUNTRY' } }],
  }),
  supplier('a3', { name: 'ESAT DES MONTS', kind: 'ESAT', address: { ...supplier('x').address, city: 'Villeurbanne' } }),
];

const lyon: Place = { id: 'commune:69123', type: 'commune', code: '69123', name: 'Lyon', postcodes: ['69001'], point: { lat: 45.76, lng: 4.83 } };
const placeSuggestion: Suggestion = { type: 'place', place: lyon };

/** What /v1/suggest answers by default: a supplier, a sector and a place. */
export const defaultSuggestions: Suggestion[] = [
  { type: 'supplier', id: 'a1', label: 'Le Bon Plat', kind: 'EI', city: 'Lyon' },
  { type: 'sector', value: 'traiteur', label: 'Traiteur', group: 'restauration' },
  placeSuggestion,
];

function facet(values: string[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/**
 * A small search: q on names, kind, network, sector; pages; facets of the matches, the
 * kind facet disjunctive as the API's (it ignores the kind selection).
 */
export function searchSuppliers(all: Supplier[], params: URLSearchParams): SearchResponse {
  const list = (name: string) => params.get(name)?.split(',') ?? [];
  const q = params.get('q')?.toLowerCase();
  const others = all.filter(
    (s) =>
      (!q || `${s.name} ${s.brand ?? ''}`.toLowerCase().includes(q)) &&
      (!params.has('network') || s.networks.some((n) => list('network').includes(n))) &&
      (!params.has('sector') || s.activities.some((a) => list('sector').includes(a.sector))) &&
      (!params.has('socialClause') || taxonomy.kinds.some((kind) => kind.code === s.kind && kind.socialClause)),
  );
  const hits = others.filter((s) => !params.has('kind') || list('kind').includes(s.kind));
  const perPage = Number(params.get('perPage') ?? 20);
  const page = Number(params.get('page') ?? 1);
  const facets: FacetCounts = {
    kind: facet(others.map((s) => s.kind)),
    network: facet(hits.flatMap((s) => s.networks)),
    label: facet(hits.flatMap((s) => s.labels)),
    sectorGroup: facet(hits.flatMap((s) => s.activities.map((a) => (a.sector === 'traiteur' ? 'restauration' : 'entretien-du-linge')))),
    sector: facet(hits.flatMap((s) => s.activities.map((a) => a.sector))),
    prestaType: facet(hits.flatMap((s) => [...new Set(s.activities.flatMap((a) => a.prestaTypes))])),
  };
  return {
    found: hits.length,
    page,
    perPage,
    pages: Math.max(1, Math.ceil(hits.length / perPage)),
    hits: hits.slice((page - 1) * perPage, page * perPage).map((s) => ({ supplier: s, highlights: [], distanceKm: params.has('serves') ? 2.5 : undefined })),
    facets,
  };
}

export interface FakeRequest {
  url: URL;
  signal: AbortSignal | undefined;
}

export interface FakeApiOptions {
  suppliers?: Supplier[];
  suggestions?: (q: string) => Suggestion[];
  /** Answers with this status and error body for searches, instead of results. */
  failSearch?: () => number | undefined;
  /** Changes a search's answer (adds highlights, an interpretation...). */
  answerSearch?: (response: SearchResponse, params: URLSearchParams) => SearchResponse;
  /** Answers POST /v1/needs with this status and body instead of a 201 reaching 12 suppliers, 9 by e-mail. */
  needAnswer?: (input: NeedInput) => NeedAnswer | Promise<NeedAnswer> | undefined;
}

interface NeedAnswer {
  status: number;
  body: unknown;
}

/** What POST /v1/needs answers by default. */
export const needCreated: NeedCreated = { need: { id: 'need-1', status: 'unconfirmed', recipients: { found: 12, withEmail: 9 } } };

export function fakeApi(options: FakeApiOptions = {}) {
  const all = options.suppliers ?? suppliers;
  const requests: FakeRequest[] = [];
  let held: (() => void)[] | undefined;
  /** The needs posted, as the API received them. */
  const needs: NeedInput[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  function answer(url: URL, init: RequestInit | undefined): Response | Promise<Response> {
    const path = url.pathname;
    if (path === '/v1/needs' && init?.method === 'POST') {
      const input = JSON.parse(String(init.body)) as NeedInput;
      needs.push(input);
      const given = options.needAnswer?.(input) ?? { status: 201, body: needCreated };
      return Promise.resolve(given).then(({ status, body }) => json(body, status));
    }
    if (path === '/v1/taxonomy') return json(taxonomy);
    if (path === '/v1/places') {
      const q = url.searchParams.get('q') ?? '';
      return json({ places: [lyon].filter((place) => place.code === q || place.name.toLowerCase().startsWith(q.toLowerCase())) });
    }
    if (path === '/v1/suggest') return json({ suggestions: (options.suggestions ?? (() => defaultSuggestions))(url.searchParams.get('q') ?? '') });
    if (path === '/v1/suppliers') {
      const status = options.failSearch?.();
      if (status) return json({ error: { code: status === 403 ? 'forbidden' : 'unavailable', message: 'down' }, requestId: 'r1' }, status);
      const response = searchSuppliers(all, url.searchParams);
      return json(options.answerSearch ? options.answerSearch(response, url.searchParams) : response);
    }
    const found = all.find((s) => path === `/v1/suppliers/${s.id}`);
    return found ? json(found) : json({ error: { code: 'not_found', message: 'not found' }, requestId: 'r2' }, 404);
  }

  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const signal = init?.signal ?? undefined;
    requests.push({ url, signal });
    return new Promise((resolve, reject) => {
      const respond = () => (signal?.aborted ? reject(signal.reason) : resolve(answer(url, init)));
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      if (held && url.pathname === '/v1/suppliers') held.push(respond);
      else respond();
    });
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    requests,
    needs,
    /** Searches made (GET /v1/suppliers), their query parameters. */
    searches: () => requests.filter((r) => r.url.pathname === '/v1/suppliers').map((r) => r.url.searchParams),
    /** From now on, searches wait for `release`. */
    hold: () => (held = []),
    /** Answers the held searches and stops holding. */
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      waiting.forEach((respond) => respond());
    },
    client: (): InclusifClient => createClient({ baseUrl: 'https://api.test', fetch: fetch as typeof globalThis.fetch, maxRetries: 0, cache: false }),
  };
}
