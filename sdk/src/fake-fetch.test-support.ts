import { vi } from 'vitest';

/** One answer of the fake server: a response, or a throw for a network failure. */
export type Reply = (init: RequestInit) => Response | Promise<Response>;

export const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}): Reply =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const text =
  (body: string, status = 200, headers: Record<string, string> = {}): Reply =>
  () =>
    new Response(body, { status, headers });

export const fail =
  (error: Error = new TypeError('fetch failed')): Reply =>
  () => {
    throw error;
  };

/** Never answers; rejects like the platform's fetch when its signal aborts. */
export const hang: Reply = ({ signal }) =>
  new Promise((_, reject) => signal!.addEventListener('abort', () => reject(signal!.reason)));

/** Answers only when `release` is called, to hold a request in flight. */
export function held(reply: Reply) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const deferred: Reply = async (init) => (await released, reply(init));
  return { reply: deferred, release };
}

/**
 * A fetch that answers with `replies` in turn, the last one again and again, and
 * records what it was asked.
 */
export function fakeFetch(...replies: Reply[]) {
  const calls: { url: URL; headers: Headers; signal: AbortSignal }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: new URL(String(input)), headers: new Headers(init.headers), signal: init.signal! });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    return reply(init);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

/** A delay that does not wait, recording what it was asked to wait. */
export function noDelay() {
  const waits: number[] = [];
  const delay = async (ms: number, signal: AbortSignal) => {
    waits.push(ms);
    signal.throwIfAborted();
  };
  return { delay, waits };
}

export const page = (n: number, pages: number, hits: number, found = 0) => ({
  found,
  page: n,
  perPage: 100,
  pages,
  hits: Array.from({ length: hits }, (_, i) => ({ supplier: { id: `s${n}-${i}` }, highlights: [] })),
  facets: {},
});
