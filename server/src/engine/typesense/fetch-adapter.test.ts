import { describe, expect, it } from 'vitest';
import { Client } from 'typesense';
import { fetchAdapter, NodeUnreachableError } from './fetch-adapter.js';

describe('fetchAdapter', () => {
  it('sends the typesense client requests through the given fetch', async () => {
    const requests: { url: string; method: string; key: string | null; body: string | null }[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      requests.push({ url: String(input), method: init?.method ?? '', key: headers.get('x-typesense-api-key'), body: (init?.body as string) ?? null });
      return new Response(JSON.stringify({ results: [{ found: 3, hits: [] }] }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
    };
    const client = new Client({ nodes: [{ protocol: 'https', host: 'ts.example.org', port: 443 }], apiKey: 'k', axiosAdapter: fetchAdapter(fakeFetch), logLevel: 'silent' });
    const answer = await client.multiSearch.perform({ searches: [{ collection: 'suppliers', q: '*' }] }, { query_by: 'name' });
    expect(answer.results[0]).toEqual({ found: 3, hits: [] });
    expect(requests).toEqual([
      { url: 'https://ts.example.org/multi_search?query_by=name', method: 'POST', key: 'k', body: JSON.stringify({ searches: [{ collection: 'suppliers', q: '*' }] }) },
    ]);
  });

  it('reports a node that cannot be reached, after the client tried every node', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const client = new Client({
      nodes: [{ protocol: 'http', host: 'a', port: 1 }, { protocol: 'http', host: 'b', port: 2 }],
      apiKey: 'k',
      axiosAdapter: fetchAdapter(down),
      retryIntervalSeconds: 0.001,
      logLevel: 'silent',
    });
    await expect(client.health.retrieve()).rejects.toBeInstanceOf(NodeUnreachableError);
  });
});
