import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  InclusifError,
  NetworkError,
  TimeoutError,
  isApiError,
  isInclusifError,
  isNetworkError,
  isTimeoutError,
} from './errors.js';

describe('error classes', () => {
  it('ApiError takes its code, message and request id from the error body', () => {
    const body = { error: { code: 'rate_limited', message: 'Trop de requêtes / Too many requests' }, requestId: 'r-9' };
    const error = new ApiError(429, body, 'header-id');
    expect(error).toBeInstanceOf(InclusifError);
    expect(error).toMatchObject({ name: 'ApiError', status: 429, code: 'rate_limited', requestId: 'r-9', body });
    expect(error.message).toBe('Trop de requêtes / Too many requests');
  });

  it('ApiError falls back to the x-request-id header and says when the body was not the JSON expected', () => {
    const error = new ApiError(502, { message: 'Bad gateway' }, 'header-id');
    expect(error).toMatchObject({ code: 'invalid_response', requestId: 'header-id', body: undefined });
    expect(error.message).toContain('HTTP 502');
  });

  it('NetworkError and TimeoutError keep their cause', () => {
    const cause = new TypeError('fetch failed');
    expect(new NetworkError('n', { cause }).cause).toBe(cause);
    expect(new TimeoutError('t', { cause }).cause).toBe(cause);
  });
});

describe('type guards', () => {
  const errors = {
    api: new ApiError(404, undefined, null),
    network: new NetworkError('n'),
    timeout: new TimeoutError('t'),
  };

  it('each guard accepts its own class only; isInclusifError accepts all', () => {
    expect([isApiError, isNetworkError, isTimeoutError].map((guard) => Object.values(errors).map(guard))).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]);
    expect(Object.values(errors).every(isInclusifError)).toBe(true);
    expect(isInclusifError(new Error('other'))).toBe(false);
    expect(isApiError(undefined)).toBe(false);
  });

  it('recognise errors from a second copy of the SDK, where instanceof fails', async () => {
    vi.resetModules();
    const copy = await import('./errors.js');
    expect(copy.ApiError).not.toBe(ApiError);
    const error = new copy.ApiError(500, undefined, null);
    expect(error instanceof ApiError).toBe(false);
    expect(isApiError(error)).toBe(true);
    expect(isInclusifError(new copy.TimeoutError('t'))).toBe(true);
  });

  it('recognise errors from another realm (an iframe)', () => {
    const foreign = runInNewContext(`
      class NetworkError extends Error { constructor() { super('n'); this.name = 'NetworkError'; } }
      Object.defineProperty(NetworkError.prototype, Symbol.for('achat-inclusif.error'), { value: true });
      new NetworkError();
    `);
    expect(foreign instanceof Error).toBe(false);
    expect(isNetworkError(foreign)).toBe(true);
  });

  it("do not mistake the platform's TimeoutError, or any error merely named alike, for ours", () => {
    expect(isTimeoutError(new DOMException('timed out', 'TimeoutError'))).toBe(false);
    expect(isApiError(Object.assign(new Error('x'), { name: 'ApiError' }))).toBe(false);
  });
});
