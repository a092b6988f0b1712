/**
 * An axios adapter on `fetch`, for the typesense client: axios's default adapters
 * need XMLHttpRequest or Node's http, which edge runtimes (workers, Deno, Bun's
 * fetch-only mode) lack. Only what the client uses is honoured: method, url and
 * params, headers, a string body, the timeout and an abort signal.
 */
import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios';

/** Raised when a node does not answer (refused, reset, timed out): the client then tries the next node. */
export class NodeUnreachableError extends Error {
  readonly code: string;
  constructor(url: string, cause: unknown, timedOut: boolean) {
    super(timedOut ? `No answer from ${new URL(url).host} in time` : `Cannot reach ${new URL(url).host}`, { cause });
    this.name = 'NodeUnreachableError';
    this.code = timedOut ? 'ECONNABORTED' : 'ECONNREFUSED';
  }
}

function urlOf(config: InternalAxiosRequestConfig): string {
  const url = new URL(config.url ?? '', config.baseURL);
  for (const [name, value] of Object.entries((config.params ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) url.searchParams.append(name, String(value));
  }
  return url.toString();
}

function headersOf(config: InternalAxiosRequestConfig): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(config.headers.toJSON() as Record<string, unknown>)) {
    if (value !== undefined && value !== null && value !== false) headers.set(name, String(value));
  }
  return headers;
}

export function fetchAdapter(fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): AxiosAdapter {
  return async function fetchAdapter(config: InternalAxiosRequestConfig): Promise<AxiosResponse> {
    const url = urlOf(config);
    const signals = [config.timeout ? AbortSignal.timeout(config.timeout) : undefined, config.signal as AbortSignal | undefined];
    const present = signals.filter((signal) => signal !== undefined);
    const init: RequestInit = { method: (config.method ?? 'get').toUpperCase(), headers: headersOf(config) };
    if (present.length) init.signal = AbortSignal.any(present);
    if (config.data !== undefined && config.data !== null) init.body = config.data as BodyInit;
    let response: Response;
    let data: string;
    try {
      response = await fetchImpl(url, init);
      data = await response.text();
    } catch (error) {
      throw new NodeUnreachableError(url, error, signals[0]?.aborted === true);
    }
    const answer: AxiosResponse = {
      data,
      status: response.status,
      statusText: response.statusText,
      headers: Object.fromEntries(response.headers),
      config,
      request: { url },
    };
    if (config.validateStatus && !config.validateStatus(response.status)) {
      throw Object.assign(new Error(`Request failed with status code ${response.status}`), { response: answer });
    }
    return answer;
  };
}
