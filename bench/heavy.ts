/**
 * Is the server still responsive while heavy requests run? autocannon sends the heaviest
 * multi_search the gateway accepts (http/rate-limit/work.ts's bound: 500 results in all, every
 * facet) on a few connections, while another autocannon asks /healthz at a steady rate;
 * /healthz's latency is what a load balancer would see (target: p99 under 50 ms). The same
 * /healthz alone first, on the same server: what the machine itself adds (a shared one adds a lot).
 * Also runnable alone: `npx tsx bench/heavy.ts [--quick]`.
 */
import autocannon from 'autocannon';
import type { Supplier } from '../sdk/src/types.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { MAX_RESULTS_PER_REQUEST } from '../server/src/http/rate-limit/work.js';
import { round } from './measure.js';
import { startServerProcess } from './server.js';

export interface HeavyLoadResults {
  durationS: number;
  heavyConnections: number;
  /** What one heavy request asks. */
  heavyRequest: string;
  heavy: { requests: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number };
  health: HealthRow;
  /** /healthz alone, before the heavy load. */
  idle: HealthRow;
}

interface HealthRow {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
}

function healthRow(result: autocannon.Result): HealthRow {
  return {
    requests: result.requests.total,
    p50Ms: round(result.latency.p50, 2),
    p99Ms: round(result.latency.p99, 2),
    maxMs: round(result.latency.max, 2),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const SEARCHES = 20;
const HEALTH_RATE = 50;

/** 20 searches for broad text, 25 results each (500 in all), with every facet's 10 first values. */
function heavyBody(): string {
  const perPage = MAX_RESULTS_PER_REQUEST / SEARCHES;
  const texts = ['*', 'nettoyage', 'entretien des espaces verts', 'restauration', 'insertion'];
  const searches = Array.from({ length: SEARCHES }, (_, index) => ({
    collection: 'suppliers',
    q: texts[index % texts.length],
    query_by: 'name,brand,description,offers,city',
    facet_by: 'kind,presta_types,sector_groups,sectors,networks,labels,department,region',
    max_facet_values: 10,
    per_page: perPage,
    page: 1 + (index % 3),
  }));
  return JSON.stringify({ searches });
}

export async function runHeavyLoadBench(suppliers: readonly Supplier[], durationS: number, heavyConnections = 4): Promise<HeavyLoadResults> {
  const server = await startServerProcess(suppliers.length);
  try {
    const body = heavyBody();
    const heavyLoad = { url: `${server.origin}/typesense/multi_search`, method: 'POST' as const, body, headers: { 'content-type': 'text/plain' } };
    const healthLoad = { url: `${server.origin}/healthz`, connections: 1, overallRate: HEALTH_RATE, duration: durationS };
    // Warm-up: the first queries build the scans.
    await autocannon({ ...heavyLoad, connections: heavyConnections, duration: 1 });
    const idle = await autocannon(healthLoad);
    const [heavy, health] = await Promise.all([
      autocannon({ ...heavyLoad, connections: heavyConnections, duration: durationS }),
      autocannon(healthLoad),
    ]);
    return {
      durationS,
      heavyConnections,
      heavyRequest: `${SEARCHES} searches x ${MAX_RESULTS_PER_REQUEST / SEARCHES} results, 8 facets x 10 values, ${round(body.length / 1024, 1)} KB body`,
      heavy: { requests: heavy.requests.total, p50Ms: round(heavy.latency.p50, 1), p99Ms: round(heavy.latency.p99, 1), non2xx: heavy.non2xx, errors: heavy.errors + heavy.timeouts },
      health: healthRow(health),
      idle: healthRow(idle),
    };
  } finally {
    await server.close();
  }
}

export function heavyLoadTable(results: HeavyLoadResults): string {
  const { heavy, health, idle } = results;
  return [
    `${results.heavyConnections} connections sending heavy multi_search requests (${results.heavyRequest}) for ${results.durationS} s, while /healthz is asked ${HEALTH_RATE} times a second. Target: /healthz p99 < 50 ms: ${health.p99Ms < 50 && health.errors + health.non2xx === 0 ? 'yes' : '**no**'}`,
    '',
    '| requests | count | p50 ms | p99 ms | max ms | errors | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| heavy multi_search | ${heavy.requests} | ${heavy.p50Ms} | ${heavy.p99Ms} | | ${heavy.errors} | ${heavy.non2xx} |`,
    `| /healthz meanwhile | ${health.requests} | ${health.p50Ms} | ${health.p99Ms} | ${health.maxMs} | ${health.errors} | ${health.non2xx} |`,
    `| /healthz alone, same server, just before | ${idle.requests} | ${idle.p50Ms} | ${idle.p99Ms} | ${idle.maxMs} | ${idle.errors} | ${idle.non2xx} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runHeavyLoadBench(generateDemoSuppliers({ count: 10_000 }), process.argv.includes('--quick') ? 5 : 15);
  console.log(heavyLoadTable(results));
}
