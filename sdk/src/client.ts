import { toExportParams, toSearchParams } from './params.js';
import { createTransport, sleep, type RequestOptions } from './transport.js';
import type {
  Hit,
  NeedCreated,
  NeedFollowUp,
  NeedInput,
  PlacesResponse,
  SearchRequest,
  SearchResponse,
  SuggestResponse,
  Supplier,
  Taxonomy,
} from './types.js';

export interface ClientOptions {
  /** Where the API is, such as `https://achat-inclusif.example.org` (no `/v1`). */
  baseUrl: string;
  /** The site key, sent as `x-api-key`. */
  apiKey?: string;
  /** A fetch to use instead of the platform's (a test double, an instrumented fetch). */
  fetch?: typeof fetch;
  /** Milliseconds before a `TimeoutError`, retries included. Default 10 000. */
  timeout?: number;
  /** Retries on 408, 429, 500, 502, 503, 504 and network errors. Default 2. */
  maxRetries?: number;
  /** Responses kept for repeated requests; `false` to disable. Default `{ ttlMs: 30_000, max: 100 }`. */
  cache?: { ttlMs?: number; max?: number } | false;
  /**
   * Waits between retries; must reject with `signal.reason` when the signal aborts.
   * Replaceable so that tests need not wait.
   */
  delay?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface InclusifClient {
  /** One page of suppliers matching the search. */
  search(request: SearchRequest, options?: RequestOptions): Promise<SearchResponse>;
  /** Every hit of the search, fetched page by page (100 a page) as the loop asks. */
  searchAll(request: SearchRequest, options?: RequestOptions): AsyncGenerator<Hit, void, undefined>;
  /** A supplier by id or SIRET. */
  get(idOrSiret: string, options?: RequestOptions): Promise<Supplier>;
  /** Suppliers, sectors and places to suggest as the user types. */
  suggest(q: string, options?: RequestOptions): Promise<SuggestResponse>;
  /** Communes, departments and regions matching a name or a postcode. */
  places(q: string, options?: RequestOptions & { limit?: number }): Promise<PlacesResponse>;
  /** Kinds, service types, sectors, networks, labels, regions and departments. */
  taxonomy(options?: RequestOptions): Promise<Taxonomy>;
  /**
   * A link to every result of the search as a CSV file (GET /v1/suppliers.csv), for an
   * `<a href download>`: the site key rides in the URL, as a link cannot send a header.
   * `limit`: the first rows only; without it, more than 5,000 matches answer 400.
   */
  exportCsvUrl(request: SearchRequest, options?: { limit?: number }): string;
  needs: {
    /** Posts a need; nothing is sent to suppliers before the buyer confirms their e-mail. */
    create(input: NeedInput, options?: RequestOptions): Promise<NeedCreated>;
    /** The buyer's follow-up of a need, with the token of their follow-up link. */
    get(id: string, token: string, options?: RequestOptions): Promise<NeedFollowUp>;
  };
}

export function createClient(options: ClientOptions): InclusifClient {
  const { cache = {} } = options;
  const { get, post } = createTransport({
    ...options,
    timeout: options.timeout ?? 10_000,
    maxRetries: options.maxRetries ?? 2,
    cache: cache && { ttlMs: cache.ttlMs ?? 30_000, max: cache.max ?? 100 },
    delay: options.delay ?? sleep,
  });
  const search = (request: SearchRequest, opts?: RequestOptions) =>
    get<SearchResponse>('/v1/suppliers', toSearchParams(request), opts);

  return {
    search,
    async *searchAll(request, opts) {
      // Facets would be counted again for every page, for nothing: only hits are yielded.
      for (let page = 1; ; page++) {
        const response = await search({ ...request, facets: undefined, page, perPage: 100 }, opts);
        yield* response.hits;
        if (page >= response.pages || !response.hits.length) return;
      }
    },
    get: (idOrSiret, opts) => get('/v1/suppliers/' + encodeURIComponent(idOrSiret), undefined, opts),
    suggest: (q, opts) => get('/v1/suggest', new URLSearchParams({ q }), opts),
    places: (q, { limit, ...opts } = {}) =>
      get('/v1/places', new URLSearchParams(limit ? { q, limit: String(limit) } : { q }), opts),
    taxonomy: (opts) => get('/v1/taxonomy', undefined, opts),
    exportCsvUrl(request, { limit } = {}) {
      const params = toExportParams(request, limit);
      if (options.apiKey) params.set('key', options.apiKey);
      return `${options.baseUrl.replace(/\/+$/, '')}/v1/suppliers.csv?${params}`;
    },
    needs: {
      create: (input, opts) => post('/v1/needs', input, opts),
      get: (id, token, opts) => get('/v1/needs/' + encodeURIComponent(id), new URLSearchParams({ token }), opts, false),
    },
  };
}
