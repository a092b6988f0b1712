import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, createClient, type NeedInput } from './index.js';
import { fail, fakeFetch, json, noDelay, type Reply } from './fake-fetch.test-support.js';

const need: NeedInput = {
  kind: 'QUOTE',
  title: 'Entretien des espaces verts',
  description: 'Tonte et taille des haies de trois parcs, de mars à octobre.',
  sectors: ['creation-et-entretien-des-espaces-verts'],
  places: ['commune:35238'],
  deadline: '2030-03-01',
  amount: '10-15K',
  buyer: { name: 'Camille Martin', organisation: 'Ville de Rennes', email: 'camille@example.org' },
};

const created = { need: { id: 'n1', status: 'unconfirmed', recipients: { found: 12, withEmail: 9 } } };

/** Records the method and body of each request as the reply sees them. */
function recording(reply: Reply) {
  const seen: { method?: string; body?: unknown; contentType?: string | null }[] = [];
  const recorder: Reply = (init) => {
    seen.push({ method: init.method, body: init.body, contentType: new Headers(init.headers).get('content-type') });
    return reply(init);
  };
  return { recorder, seen };
}

const client = (fetch: typeof globalThis.fetch, delay = noDelay().delay) =>
  createClient({ baseUrl: 'https://api.example.org', apiKey: 'site-key', fetch, delay });

describe('needs.create', () => {
  it('POSTs the need as JSON to /v1/needs with the site key and returns the 201 body', async () => {
    const { recorder, seen } = recording(json(created, 201));
    const { fetch, calls } = fakeFetch(recorder);
    await expect(client(fetch).needs.create(need)).resolves.toEqual(created);
    expect(calls[0]!.url.href).toBe('https://api.example.org/v1/needs');
    expect(calls[0]!.headers.get('x-api-key')).toBe('site-key');
    expect(seen[0]).toEqual({ method: 'POST', body: JSON.stringify(need), contentType: 'application/json' });
  });

  it('sends every call of the same need: a POST is never shared nor cached', async () => {
    const { fetch, calls } = fakeFetch(json(created, 201));
    const api = client(fetch);
    await Promise.all([api.needs.create(need), api.needs.create(need)]);
    await api.needs.create(need);
    expect(calls).toHaveLength(3);
  });

  it('rejects a 400 with its ApiError at once, naming the field', async () => {
    const body = { error: { code: 'invalid_body', message: 'title', details: { parameter: 'title' } }, requestId: 'r1' };
    const { fetch, calls } = fakeFetch(json(body, 400));
    const error = await client(fetch).needs.create(need).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body).toEqual(body);
    expect(calls).toHaveLength(1);
  });

  it('retries a 429 after Retry-After, since the server stored nothing', async () => {
    const { delay, waits } = noDelay();
    const { fetch, calls } = fakeFetch(json({}, 429, { 'retry-after': '2' }), json(created, 201));
    await expect(client(fetch, delay).needs.create(need)).resolves.toEqual(created);
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('does not retry a 500 or a network failure, which may have stored the need', async () => {
    const server = fakeFetch(json({ error: { code: 'internal' } }, 500), json(created, 201));
    await expect(client(server.fetch).needs.create(need)).rejects.toBeInstanceOf(ApiError);
    expect(server.calls).toHaveLength(1);
    const network = fakeFetch(fail(), json(created, 201));
    await expect(client(network.fetch).needs.create(need)).rejects.toBeInstanceOf(NetworkError);
    expect(network.calls).toHaveLength(1);
  });

  it('rejects with the reason of an aborted signal', async () => {
    const { fetch } = fakeFetch(json(created, 201));
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(client(fetch).needs.create(need, { signal: controller.signal })).rejects.toThrow('gone');
  });
});

describe('needs.get', () => {
  it('GETs /v1/needs/{id} with the follow-up token', async () => {
    const followUp = { need: { id: 'n 1', status: 'sent' } };
    const { fetch, calls } = fakeFetch(json(followUp));
    await expect(client(fetch).needs.get('n 1', 'tok.en')).resolves.toEqual(followUp);
    expect(calls[0]!.url.href).toBe('https://api.example.org/v1/needs/n%201?token=tok.en');
  });

  it('asks again each time: a follow-up changes as suppliers answer', async () => {
    const before = { need: { id: 'n1', status: 'sent', recipients: { interested: 0 } } };
    const after = { need: { id: 'n1', status: 'sent', recipients: { interested: 1 } } };
    const { fetch, calls } = fakeFetch(json(before), json(after));
    const inclusif = client(fetch);
    await expect(inclusif.needs.get('n1', 't')).resolves.toEqual(before);
    await expect(inclusif.needs.get('n1', 't')).resolves.toEqual(after);
    expect(calls).toHaveLength(2);
  });
});
