/**
 * The API over HTTP on loopback: autocannon against the real app, the search mix
 * and the no-op route (/healthz) in the same run, one after the other, with the same
 * connections and duration. The server runs in its own process (server.ts). The ratio says what searching costs over serving at all.
 */
import autocannon from 'autocannon';
import type { Supplier } from '../sdk/src/types.js';
import { toSearchParams } from '../sdk/src/params.js';
import { queryMix } from './engine.js';
import { round } from './measure.js';
import { startServerProcess } from './server.js';

export interface HttpRow {
  route: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  /** Answers other than 2xx. */
  non2xx: number;
}

export interface HttpResults {
  connections: number;
  durationS: number;
  search: HttpRow;
  noop: HttpRow;
  /** search requests/s over the no-op's (target >= 0.4). */
  ratio: number;
}

async function load(route: string, url: string, paths: string[], connections: number, duration: number): Promise<HttpRow> {
  const result = await autocannon({ url, connections, duration, requests: paths.map((path) => ({ method: 'GET', path })) });
  return {
    route,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: round(result.latency.p50, 2),
    p99Ms: round(result.latency.p99, 2),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function runHttpBench(suppliers: readonly Supplier[], durationS: number, connections = 10): Promise<HttpResults> {
  const server = await startServerProcess(suppliers.length);
  try {
    const paths = queryMix(suppliers).map(({ request }) => `/v1/suppliers?${toSearchParams(request)}`);
    // Warm-up: the first query builds the scan, the first requests compile the handlers.
    await load('warm-up', server.origin, paths, connections, 1);
    const search = await load('search mix (/v1/suppliers)', server.origin, paths, connections, durationS);
    const noop = await load('no-op (/healthz)', server.origin, ['/healthz'], connections, durationS);
    return { connections, durationS, search, noop, ratio: round(search.requestsPerSecond / noop.requestsPerSecond, 3) };
  } finally {
    await server.close();
  }
}
