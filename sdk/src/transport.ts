import { ApiError, InclusifError, NetworkError, TimeoutError } from './errors.js';

export interface TransportOptions {
  baseUrl: string;
  apiKey?: string;
  fetch?: typeof fetch;
  timeout: number;
  maxRetries: number;
  cache: { ttlMs: number; max: number } | false;
  delay: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface RequestOptions {
  /** Aborting rejects with `signal.reason`; a request shared with other callers goes on for them. */
  signal?: AbortSignal;
  /** Milliseconds before a `TimeoutError`, retries included; `Infinity` for none. */
  timeout?: number;
}

/** A GET in flight, shared by every caller of the same URL. */
interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
  /** The last failure before a retry, the cause of a timeout. */
  last?: unknown;
}

const retryStatuses = [408, 429, 500, 502, 503, 504];
// A POST may have been stored before a failure: retried only when the server said it did nothing.
const postRetryStatuses = [429, 503];

/** Retry-After in milliseconds (seconds or an HTTP date), capped at a minute. */
export function retryAfter(header: string | null | undefined): number | undefined {
  if (!header) return;
  const ms = /^\s*\d+(\.\d+)?\s*$/.test(header) ? +header * 1000 : Date.parse(header) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), 60_000);
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Why a key cannot be sent, if it cannot: a header takes printable ASCII only, and
 * fetch's TypeError for anything else would read as a network failure, retried in vain.
 * A placeholder copied from a README ("pk_…") is the usual case.
 */
export function apiKeyProblem(apiKey: string | undefined): InclusifError | undefined {
  const wrong = apiKey?.match(/[^\x21-\x7e]/)?.[0];
  if (wrong === undefined) return;
  return new InclusifError(
    `Clé d'API invalide : le caractère « ${wrong} » ne peut pas être envoyé ; remplacez l'exemple par la clé du site (pk_...) / ` +
      `Invalid API key: it holds "${wrong}", which a header cannot carry; replace the placeholder with your site key (pk_...).`,
  );
}

/** GET JSON with retries, shared in-flight requests and a small LRU cache; POST JSON. */
export function createTransport(options: TransportOptions) {
  const { maxRetries, delay } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = { accept: 'application/json' };
  const keyProblem = apiKeyProblem(options.apiKey);
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  const flights = new Map<string, Flight>();
  const stored = new Map<string, { at: number; value: unknown }>();

  async function send(url: string, flight: Flight, payload?: string): Promise<unknown> {
    const signal = flight.controller.signal;
    const init: RequestInit =
      payload === undefined
        ? { headers, signal }
        : { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: payload, signal };
    for (let attempt = 0; ; attempt++) {
      let response: Response | undefined;
      let text = '';
      let failure: Error;
      let cause: unknown;
      try {
        // Read as a variable so that the platform's fetch is not called as a method of `options`.
        const fetcher = options.fetch ?? fetch;
        response = await fetcher(url, init);
        text = await response.text();
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        response = undefined;
        cause = error;
      }
      if (response) {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          // Not JSON: reported below as an ApiError with code `invalid_response`.
        }
        if (response.ok && body !== undefined) return body;
        failure = new ApiError(response.status, body, response.headers.get('x-request-id'));
        if (!(payload === undefined ? retryStatuses : postRetryStatuses).includes(response.status)) throw failure;
      } else {
        if (payload !== undefined) throw new NetworkError(`Échec de la requête / Request failed: ${url}`, { cause });
        failure = new NetworkError(`Échec de la requête / Request failed: ${url}`, { cause });
      }
      flight.last = failure;
      if (attempt >= maxRetries) throw failure;
      const backoff = 300 * 2 ** attempt * (1 - Math.random() / 4);
      await delay(retryAfter(response?.headers.get('retry-after')) ?? backoff, signal);
    }
  }

  /** Waits for a flight on behalf of one caller, who may abort or time out alone. */
  function wait(url: string, flight: Flight, { signal, timeout = options.timeout }: RequestOptions) {
    flight.callers++;
    return new Promise((resolve, reject) => {
      const leave = (reason: unknown) => {
        settle();
        reject(reason);
        // The last caller gone, nobody needs the response any more.
        if (!--flight.callers) {
          if (flights.get(url) === flight) flights.delete(url);
          flight.controller.abort(reason);
        }
      };
      const onAbort = () => leave(signal!.reason);
      const timer =
        timeout < 2 ** 31 &&
        setTimeout(() => leave(new TimeoutError(`Délai dépassé / Timed out after ${timeout} ms: ${url}`, { cause: flight.last })), timeout);
      const settle = () => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort);
      flight.promise.then(
        (value) => (settle(), resolve(value)),
        (error) => (settle(), reject(error)),
      );
    });
  }

  /** POST JSON, never shared nor cached; retried only on 429 and 503. */
  function post<T>(path: string, payload: unknown, request: RequestOptions = {}): Promise<T> {
    if (request.signal?.aborted) return Promise.reject(request.signal.reason);
    if (keyProblem) return Promise.reject(keyProblem);
    const url = baseUrl + path;
    const flight: Flight = { controller: new AbortController(), callers: 0 } as Flight;
    flight.promise = send(url, flight, JSON.stringify(payload));
    return wait(url, flight, request) as Promise<T>;
  }

  /** `cached: false` for answers that change as people act (a need's follow-up). */
  function get<T>(path: string, params: URLSearchParams | undefined, request: RequestOptions = {}, cached = true): Promise<T> {
    if (request.signal?.aborted) return Promise.reject(request.signal.reason);
    if (keyProblem) return Promise.reject(keyProblem);
    const query = params?.toString();
    const url = baseUrl + path + (query ? '?' + query : '');
    const cache = cached && options.cache;
    const hit = stored.get(url);
    if (hit && cache) {
      stored.delete(url);
      if (Date.now() - hit.at < cache.ttlMs) {
        stored.set(url, hit); // most recently used last
        return Promise.resolve(hit.value as T);
      }
    }
    let flight = flights.get(url);
    if (!flight) {
      const created: Flight = { controller: new AbortController(), callers: 0 } as Flight;
      created.promise = send(url, created)
        .then((value) => {
          if (cache) {
            stored.set(url, { at: Date.now(), value });
            if (stored.size > cache.max) stored.delete(stored.keys().next().value!);
          }
          return value;
        })
        .finally(() => flights.get(url) === created && flights.delete(url));
      flights.set(url, (flight = created));
    }
    return wait(url, flight, request) as Promise<T>;
  }

  return { get, post };
}
