import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, isApiError, isInclusifError, isNetworkError, type ClientOptions } from './index.js';
import { fakeFetch, hang, held, json, noDelay, page } from './fake-fetch.test-support.js';

const client = (fetch: typeof globalThis.fetch, options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: 'https://api.example.org/', apiKey: 'site-key', fetch, delay: noDelay().delay, ...options });

afterEach(() => {
  vi.useRealTimers();
});

describe('URLs and headers', () => {
  it('search sends every filter as a query parameter, lists comma-separated', async () => {
    const { fetch, calls } = fakeFetch(json(page(1, 1, 0)));
    await client(fetch).search({
      q: 'espaces verts',
      kinds: ['EI', 'ESAT'],
      families: ['insertion'],
      prestaTypes: ['PREST', 'DISP'],
      sectors: ['creation-et-entretien-des-espaces-verts'],
      sectorGroups: ['restauration'],
      networks: ['emmaus' as never],
      labels: ['rse' as never],
      serves: ['commune:75056', 'department:69'],
      location: ['region:84'],
      near: { lat: 45.76, lng: 4.83, radiusKm: 30 },
      socialClause: true,
      sort: 'distance',
      page: 2,
      perPage: 50,
      facets: ['kind', 'sector'],
    });
    const url = calls[0]!.url;
    expect(url.origin + url.pathname).toBe('https://api.example.org/v1/suppliers');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'espaces verts',
      kind: 'EI,ESAT',
      family: 'insertion',
      presta: 'PREST,DISP',
      sector: 'creation-et-entretien-des-espaces-verts',
      sectorGroup: 'restauration',
      network: 'emmaus',
      label: 'rse',
      serves: 'commune:75056,department:69',
      location: 'region:84',
      near: '45.76,4.83',
      radiusKm: '30',
      socialClause: 'true',
      sort: 'distance',
      page: '2',
      perPage: '50',
      facets: 'kind,sector',
    });
    expect(calls[0]!.headers.get('x-api-key')).toBe('site-key');
    expect(calls[0]!.headers.get('accept')).toBe('application/json');
  });

  it('get, suggest, places and taxonomy call their routes', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    const api = client(fetch);
    await api.get('12345678901234');
    await api.get('a/b c');
    await api.suggest('jardin é');
    await api.places('Lyon', { limit: 5 });
    await api.places('Paris');
    await api.taxonomy();
    expect(calls.map((call) => call.url.href)).toEqual([
      'https://api.example.org/v1/suppliers/12345678901234',
      'https://api.example.org/v1/suppliers/a%2Fb%20c',
      'https://api.example.org/v1/suggest?q=jardin+%C3%A9',
      'https://api.example.org/v1/places?q=Lyon&limit=5',
      'https://api.example.org/v1/places?q=Paris',
      'https://api.example.org/v1/taxonomy',
    ]);
  });

  it('keeps a path prefix of baseUrl and sends no key when there is none', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    await createClient({ baseUrl: 'https://example.org/api', fetch }).taxonomy();
    expect(calls[0]!.url.href).toBe('https://example.org/api/v1/taxonomy');
    expect(calls[0]!.headers.has('x-api-key')).toBe(false);
  });

  it('returns the parsed body', async () => {
    const { fetch } = fakeFetch(json({ id: 'abc', siret: '12345678901234' }));
    await expect(client(fetch).get('abc')).resolves.toEqual({ id: 'abc', siret: '12345678901234' });
  });
});

describe('searchAll', () => {
  it('yields every hit, page by page with 100 a page, to the last page', async () => {
    const { fetch, calls } = fakeFetch(json(page(1, 3, 100)), json(page(2, 3, 100)), json(page(3, 3, 5)));
    const ids: string[] = [];
    for await (const hit of client(fetch).searchAll({ q: 'jardin', facets: ['kind'], page: 7 })) ids.push(hit.supplier.id);
    expect(ids).toHaveLength(205);
    expect(ids[0]).toBe('s1-0');
    expect(ids[204]).toBe('s3-4');
    expect(calls.map((call) => Object.fromEntries(call.url.searchParams))).toEqual([
      { q: 'jardin', page: '1', perPage: '100' },
      { q: 'jardin', page: '2', perPage: '100' },
      { q: 'jardin', page: '3', perPage: '100' },
    ]);
  });

  it('stops at once when nothing is found', async () => {
    const { fetch, calls } = fakeFetch(json(page(1, 0, 0)));
    const hits = [];
    for await (const hit of client(fetch).searchAll({ q: 'introuvable' })) hits.push(hit);
    expect(hits).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('fetches the next page only when the loop asks for it', async () => {
    const { fetch, calls } = fakeFetch(json(page(1, 3, 100)), json(page(2, 3, 100)));
    for await (const hit of client(fetch).searchAll({})) {
      expect(hit.supplier.id).toBe('s1-0');
      break;
    }
    expect(calls).toHaveLength(1);
  });
});

describe('requests in flight are shared', () => {
  it('identical GETs share one fetch; different ones do not', async () => {
    const gate = held(json(page(1, 1, 1)));
    const { fetch, calls } = fakeFetch(gate.reply);
    const api = client(fetch, { cache: false });
    const first = api.search({ q: 'a' });
    const second = api.search({ q: 'a' });
    const other = api.search({ q: 'b' });
    gate.release();
    const [a, b] = await Promise.all([first, second, other]);
    expect(a).toBe(b);
    expect(calls.map((call) => call.url.search)).toEqual(['?q=a', '?q=b']);
  });

  it("a caller's abort leaves the shared request to the others", async () => {
    const gate = held(json({ id: 'x' }));
    const { fetch, calls } = fakeFetch(gate.reply);
    const api = client(fetch);
    const controller = new AbortController();
    const leaving = api.get('x', { signal: controller.signal });
    const staying = api.get('x');
    controller.abort(new Error('navigated away'));
    await expect(leaving).rejects.toThrow('navigated away');
    expect(calls[0]!.signal.aborted).toBe(false);
    gate.release();
    await expect(staying).resolves.toEqual({ id: 'x' });
    expect(calls).toHaveLength(1);
  });

  it('the request is aborted when every caller has left, and a new call starts afresh', async () => {
    const { fetch, calls } = fakeFetch(hang, json({ id: 'x' }));
    const api = client(fetch);
    const one = new AbortController();
    const two = new AbortController();
    const first = api.get('x', { signal: one.signal });
    const second = api.get('x', { signal: two.signal });
    one.abort('one');
    two.abort('two');
    await expect(first).rejects.toBe('one');
    await expect(second).rejects.toBe('two');
    expect(calls[0]!.signal.aborted).toBe(true);
    await expect(api.get('x')).resolves.toEqual({ id: 'x' });
    expect(calls).toHaveLength(2);
  });
});

describe('cache', () => {
  it('serves a repeated request from the cache within the TTL, then fetches again', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeFetch(json({ found: 1 }), json({ found: 2 }));
    const api = client(fetch, { cache: { ttlMs: 1000 } });
    expect(await api.search({ q: 'a' })).toEqual({ found: 1 });
    vi.advanceTimersByTime(999);
    expect(await api.search({ q: 'a' })).toEqual({ found: 1 });
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(await api.search({ q: 'a' })).toEqual({ found: 2 });
    expect(calls).toHaveLength(2);
  });

  it('can be turned off', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    const api = client(fetch, { cache: false });
    await api.taxonomy();
    await api.taxonomy();
    expect(calls).toHaveLength(2);
  });

  it('keeps at most `max` responses, dropping the least recently used', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    const api = client(fetch, { cache: { max: 2 } });
    await api.get('a');
    await api.get('b');
    await api.get('a'); // a is now the most recently used
    await api.get('c'); // evicts b
    await api.get('a');
    expect(calls.map((call) => call.url.pathname)).toEqual(['/v1/suppliers/a', '/v1/suppliers/b', '/v1/suppliers/c']);
    await api.get('b');
    expect(calls).toHaveLength(4);
  });

  it('does not keep errors', async () => {
    const { fetch, calls } = fakeFetch(json({ error: { code: 'not_found', message: 'Introuvable' }, requestId: 'r' }, 404), json({ id: 'a' }));
    const api = client(fetch);
    await expect(api.get('a')).rejects.toMatchObject({ status: 404 });
    await expect(api.get('a')).resolves.toEqual({ id: 'a' });
    expect(calls).toHaveLength(2);
  });

  it('rejects an already aborted call even when the response is cached', async () => {
    const { fetch } = fakeFetch(json({}));
    const api = client(fetch);
    await api.taxonomy();
    await expect(api.taxonomy({ signal: AbortSignal.abort('gone') })).rejects.toBe('gone');
  });
});

describe('a key that cannot be sent', () => {
  it('fails at once with a plain message, never fetched nor retried as a network error', async () => {
    const { fetch, calls } = fakeFetch(json(page(1, 1, 0)));
    const error = await client(fetch, { apiKey: 'pk_site_…' }).search({}).catch((e: unknown) => e);
    expect(calls).toHaveLength(0);
    expect(isInclusifError(error) && !isNetworkError(error) && !isApiError(error)).toBe(true);
    expect((error as Error).message).toContain('Invalid API key: it holds "…", which a header cannot carry; replace the placeholder');
    expect((error as Error).message).toMatch(/^Clé d'API invalide/);
  });
  it('says so for a space or an accent as well, and sends a plain key', async () => {
    for (const apiKey of ['pk_live 1', 'pk_clé']) {
      const { fetch, calls } = fakeFetch(json(page(1, 1, 0)));
      await expect(client(fetch, { apiKey }).taxonomy()).rejects.toThrow(/Invalid API key/);
      await expect(client(fetch, { apiKey }).needs.get('need-1', 'token')).rejects.toThrow(/Invalid API key/);
      expect(calls).toHaveLength(0);
    }
    const { fetch, calls } = fakeFetch(json(page(1, 1, 0)));
    await client(fetch, { apiKey: 'pk_live_Ab3-x_9' }).search({});
    expect(calls[0]!.headers.get('x-api-key')).toBe('pk_live_Ab3-x_9');
  });
});

describe('exportCsvUrl', () => {
  it('links to the CSV route with the search’s parameters, without paging or facets, the key in the URL', () => {
    const url = new URL(
      client(fakeFetch(json({})).fetch).exportCsvUrl(
        { q: 'traiteur', kinds: ['ESAT', 'EA'], serves: ['commune:69123'], sort: 'relevance', page: 3, perPage: 50, facets: ['kind'] },
        { limit: 500 },
      ),
    );
    expect(url.origin + url.pathname).toBe('https://api.example.org/v1/suppliers.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'traiteur', kind: 'ESAT,EA', serves: 'commune:69123', sort: 'relevance', limit: '500', key: 'site-key' });
  });
  it('carries no key when the client has none', () => {
    const url = createClient({ baseUrl: 'https://api.example.org' }).exportCsvUrl({ networks: ['coorace'] });
    expect(url).toBe('https://api.example.org/v1/suppliers.csv?network=coorace');
  });
});
