/** The bench's results as Markdown tables, with the targets each number is held to. */
import type { BrowserResults } from './browser.js';
import type { EngineRow } from './engine.js';
import { formatTextEngineRows, type TextEngineRow } from './text-engines.js';
import { heavyLoadTable, type HeavyLoadResults } from './heavy.js';
import type { HttpResults } from './http.js';
import { formatRelevance, type RelevanceResults } from './relevance.js';
import type { Machine } from './measure.js';
import type { SizeResults } from './sizes.js';

export interface BenchResults {
  machine: Machine;
  quick: boolean;
  engine: EngineRow[];
  textEngines: TextEngineRow[];
  relevance?: RelevanceResults;
  http?: HttpResults;
  heavyLoad?: HeavyLoadResults;
  sizes?: SizeResults;
  browser?: BrowserResults;
}

const mark = (ok: boolean) => (ok ? 'yes' : '**no**');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function engineTables(rows: readonly EngineRow[]): string[] {
  const summary = [
    '| suppliers | text matches | build ms (CPU) | heap MB | mix p50 ms | mix p95 ms | mix p99 ms | mix CPU p50 / p99 ms | first query after an upsert ms | targets met |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((row) => {
      const ok =
        row.suppliers <= 10_000
          ? row.mix.p50Ms <= 0.5 && row.mix.p99Ms <= 3 && row.buildMs <= 1000 && row.heapMB <= 150
          : row.mix.p99Ms <= 20;
      return `| ${row.suppliers} | ${row.text} | ${row.buildMs} | ${row.heapMB} | ${row.mix.p50Ms} | ${row.mix.p95Ms} | ${row.mix.p99Ms} | ${row.mixCpu.p50Ms} / ${row.mixCpu.p99Ms} | ${row.afterUpsertMs} | ${mark(ok)} |`;
    }),
  ];
  const detail = [
    '| suppliers | text matches | query (all 8 facets) | found | p50 ms | p95 ms | p99 ms |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.flatMap((row) =>
      row.queries.map((query) => `| ${row.suppliers} | ${row.text} | ${query.query} | ${query.found} | ${query.p50Ms} | ${query.p95Ms} | ${query.p99Ms} |`),
    ),
  ];
  return [summary.join('\n'), detail.join('\n')];
}

function httpTable(http: HttpResults): string {
  return [
    `${http.connections} connections, ${http.durationS} s per route; search / no-op = **${http.ratio}** (target >= 0.4: ${mark(http.ratio >= 0.4 && http.search.errors + http.search.non2xx === 0)})`,
    '',
    '| route | requests/s | p50 ms | p99 ms | requests | errors | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...[http.search, http.noop].map(
      (row) => `| ${row.route} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.requests} | ${row.errors} | ${row.non2xx} |`,
    ),
  ].join('\n');
}

function sizeTable(sizes: SizeResults): string {
  return [
    '| bundle | min KB | min+gzip KB | target |',
    '| --- | ---: | ---: | --- |',
    `| ${sizes.sdk.name} | ${kb(sizes.sdk.minBytes)} | ${kb(sizes.sdk.gzipBytes)} | <= 3 KB: ${mark(sizes.sdk.gzipBytes <= 3 * 1024)} |`,
    `| ${sizes.widget.name} | ${kb(sizes.widget.minBytes)} | ${kb(sizes.widget.gzipBytes)} | <= 1/4 of InstantSearch (${sizes.widgetShare.toFixed(2)}): ${mark(sizes.widgetShare <= 0.25)} |`,
    `| ${sizes.widgetWhole.name} | ${kb(sizes.widgetWhole.minBytes)} | ${kb(sizes.widgetWhole.gzipBytes)} | (${(sizes.widgetWhole.gzipBytes / sizes.instantsearch.gzipBytes).toFixed(2)} of InstantSearch, which has no sheet nor need form) |`,
    `| ${sizes.instantsearch.name} | ${kb(sizes.instantsearch.minBytes)} | ${kb(sizes.instantsearch.gzipBytes)} | |`,
  ].join('\n');
}

function browserTable(browser: BrowserResults): string {
  const { widget, instantsearch } = browser;
  const first = widget.firstResultsMs / instantsearch.firstResultsMs;
  const key = widget.keystrokeMs / instantsearch.keystrokeMs;
  return [
    '| page | navigation to first results ms | keystroke to results ms (median) | worst | keystrokes |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[widget, instantsearch].map(
      (row) => `| ${row.page} | ${row.firstResultsMs} | ${row.keystrokeMs} | ${row.keystrokeMaxMs} | ${row.keystrokes} |`,
    ),
    `| widget / InstantSearch (target <= 0.5) | ${first.toFixed(2)}: ${mark(first <= 0.5)} | ${key.toFixed(2)}: ${mark(key <= 0.5)} | | |`,
  ].join('\n');
}

export function formatResults(results: BenchResults): string {
  const { machine } = results;
  const sections = [
    `# Benchmarks${results.quick ? ' (--quick)' : ''}`,
    `${machine.date} · ${machine.cpu}, ${machine.cores} cores · Node ${machine.node} · ${machine.platform} · load average ${machine.loadAverage.join(' / ')} at the start`,
    'Reproduce: `npm run bench` (or `npm run bench -- --quick`). Query latencies are wall time, one query at a time (a loaded machine inflates them: see the load average), with the CPU time of the process beside the mix (steadier when the machine is shared, but it also counts V8\'s background threads, booked in 4 ms lumps); builds and the first query after an upsert are CPU time; HTTP and browser times are wall time. The query mix is documented in bench/engine.ts.',
    '## Embedded engine, in-process (planned by the real planner)',
    ...engineTables(results.engine),
    '## The same text queries on the libraries used directly',
    formatTextEngineRows(results.textEngines),
  ];
  if (results.relevance) sections.push('## Relevance (labelled queries, top-1 / top-3)', formatRelevance(results.relevance));
  if (results.http) sections.push('## HTTP on loopback (autocannon, 10,000 suppliers)', httpTable(results.http));
  if (results.heavyLoad) sections.push('## /healthz while heavy gateway requests run (10,000 suppliers)', heavyLoadTable(results.heavyLoad));
  if (results.sizes) sections.push('## Bundle sizes', sizeTable(results.sizes));
  if (results.browser) sections.push('## Browser (Chromium, 10,000 suppliers, same server)', browserTable(results.browser));
  return `${sections.join('\n\n')}\n`;
}
