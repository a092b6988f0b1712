import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createClient, isApiError, isNetworkError, isTimeoutError, type ClientOptions } from './index.js';
import { retryAfter, sleep } from './transport.js';
import { fail, fakeFetch, hang, json, noDelay, text } from './fake-fetch.test-support.js';

const notFound = { error: { code: 'not_found', message: 'Fournisseur introuvable / Supplier not found' }, requestId: 'req-1' };

function setup(replies: Parameters<typeof fakeFetch>, options: Partial<ClientOptions> = {}) {
  const { fetch, calls } = fakeFetch(...replies);
  const { delay, waits } = noDelay();
  const api = createClient({ baseUrl: 'https://api.example.org', fetch, delay, cache: false, ...options });
  return { api, calls, waits };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it('retries a 503 after the delay its Retry-After asks for', async () => {
    const { api, calls, waits } = setup([json({}, 503, { 'retry-after': '2' }), json({ id: 'a' })]);
    await expect(api.get('a')).resolves.toEqual({ id: 'a' });
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    vi.useFakeTimers({ now: new Date('2025-03-01T10:00:00Z'), toFake: ['Date'] });
    const { api, waits } = setup([json({}, 429, { 'retry-after': 'Sat, 01 Mar 2025 10:00:05 GMT' }), json({})]);
    await api.taxonomy();
    expect(waits).toEqual([5000]);
  });

  it('caps Retry-After at a minute and ignores one it cannot read', () => {
    expect(retryAfter('3600')).toBe(60_000);
    expect(retryAfter('0.5')).toBe(500);
    expect(retryAfter('soon')).toBeUndefined();
    expect(retryAfter(null)).toBeUndefined();
  });

  it('backs off exponentially from 0.3 s, with jitter, without Retry-After', async () => {
    const { api, calls, waits } = setup([json({}, 500), json({}, 502), json({ ok: 1 })]);
    await expect(api.taxonomy()).resolves.toEqual({ ok: 1 });
    expect(calls).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(225);
    expect(waits[0]).toBeLessThanOrEqual(300);
    expect(waits[1]).toBeGreaterThanOrEqual(450);
    expect(waits[1]).toBeLessThanOrEqual(600);
  });

  it.each([400, 401, 403, 404, 422])('does not retry a %i', async (status) => {
    const { api, calls } = setup([json({ ...notFound, error: { ...notFound.error, code: 'invalid_parameter' } }, status)]);
    await expect(api.get('a')).rejects.toMatchObject({ name: 'ApiError', status, code: 'invalid_parameter' });
    expect(calls).toHaveLength(1);
  });

  it('retries a network error', async () => {
    const { api, calls } = setup([fail(), json({ id: 'a' })]);
    await expect(api.get('a')).resolves.toEqual({ id: 'a' });
    expect(calls).toHaveLength(2);
  });

  it('gives up after maxRetries, with the last error', async () => {
    const { api, calls, waits } = setup([json({}, 503)]);
    const error = await api.get('a').catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(503);
    expect(calls).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('does not retry with maxRetries 0', async () => {
    const { api, calls } = setup([fail()], { maxRetries: 0 });
    await expect(api.get('a')).rejects.toSatisfy(isNetworkError);
    expect(calls).toHaveLength(1);
  });

  it('reports a network failure as a NetworkError caused by the platform error', async () => {
    const cause = new TypeError('fetch failed');
    const { api, calls } = setup([fail(cause)]);
    const error = await api.get('a').catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect((error as Error).cause).toBe(cause);
    expect(calls).toHaveLength(3);
  });
});

describe('errors', () => {
  it('an error status becomes an ApiError with the code, message and request id of the body', async () => {
    const { api } = setup([json(notFound, 404, { 'x-request-id': 'req-1' })]);
    const error = await api.get('a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: 'not_found',
      requestId: 'req-1',
      body: notFound,
      message: 'Fournisseur introuvable / Supplier not found',
    });
  });

  it('a 200 that is not JSON is an ApiError saying so, and is not retried', async () => {
    const { api, calls } = setup([text('<html>maintenance</html>', 200, { 'x-request-id': 'req-2' })]);
    const error = await api.taxonomy().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ApiError', status: 200, code: 'invalid_response', requestId: 'req-2', body: undefined });
    expect((error as Error).message).toMatch(/JSON/);
    expect(calls).toHaveLength(1);
  });

  it("a proxy's 502 page is retried, then reported with its status", async () => {
    const { api, calls } = setup([text('Bad Gateway', 502)]);
    await expect(api.taxonomy()).rejects.toMatchObject({ status: 502, code: 'invalid_response' });
    expect(calls).toHaveLength(3);
  });
});

describe('timeouts and aborts', () => {
  it('a request without an answer within `timeout` fails with a TimeoutError and is cancelled', async () => {
    vi.useFakeTimers();
    const { api, calls } = setup([hang], { timeout: 5000 });
    const pending = api.get('a').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5000);
    const error = await pending;
    expect(isTimeoutError(error)).toBe(true);
    expect((error as Error).message).toMatch(/5000 ms/);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signal.aborted).toBe(true);
  });

  it('the timeout covers the retries, and its cause is the last failure', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeFetch(json({}, 503), hang);
    const api = createClient({ baseUrl: 'https://api.example.org', fetch, delay: sleep });
    const pending = api.get('a', { timeout: 1000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    const error = await pending;
    expect(isTimeoutError(error)).toBe(true);
    expect(isApiError((error as Error).cause) && (error as Error & { cause: ApiError }).cause.status).toBe(503);
    expect(calls).toHaveLength(2);
  });

  it('an abort mid-request rejects with signal.reason and is not retried', async () => {
    const { api, calls, waits } = setup([hang]);
    const controller = new AbortController();
    const reason = new Error('user left');
    const pending = api.get('a', { signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('an abort during the wait before a retry rejects with signal.reason and sends nothing more', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeFetch(json({}, 503, { 'retry-after': '10' }), json({}));
    const api = createClient({ baseUrl: 'https://api.example.org', fetch, delay: sleep, timeout: Infinity });
    const controller = new AbortController();
    const pending = api.get('a', { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort('stop');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await pending).toBe('stop');
    expect(calls).toHaveLength(1);
  });

  it('an aborted signal sends nothing', async () => {
    const { api, calls } = setup([json({})]);
    await expect(api.taxonomy({ signal: AbortSignal.abort('already') })).rejects.toBe('already');
    expect(calls).toHaveLength(0);
  });
});
