/**
 * `npm run bench` (10,000 and 100,000 suppliers) or `npm run bench -- --quick`
 * (10,000 only, shorter runs): the embedded engine in-process, relevance on the
 * labelled queries (bench/relevance.ts), the text libraries as reference points,
 * HTTP on loopback, bundle sizes and the browser, in one run.
 * Prints the tables and writes bench/results/latest.md (and latest.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBrowserBench } from './browser.js';
import { runEngineBench } from './engine.js';
import { runHeavyLoadBench } from './heavy.js';
import { runHttpBench } from './http.js';
import { formatNeedsBench, runNeedsBench } from './needs.js';
import { machine } from './measure.js';
import { runRelevanceBench } from './relevance.js';
import { formatResults, type BenchResults } from './report.js';
import { runSizeBench } from './sizes.js';
import { runTextEngineBench } from './text-engines.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';

const quick = process.argv.includes('--quick');
const HTTP_SUPPLIERS = 10_000;
const plan = quick
  ? { engine: [[10_000, 60, 'cold'], [10_000, 60, 'cached']] as const, textCounts: [10_000], httpSeconds: 3, loads: 2 }
  : {
      engine: [[10_000, 300, 'cold'], [10_000, 300, 'cached'], [100_000, 40, 'cold']] as const,
      textCounts: [10_000, 100_000],
      httpSeconds: 10,
      loads: 5,
    };

const step = (name: string) => console.error(`bench: ${name}…`);

const results: BenchResults = { machine: machine(), quick, engine: [], textEngines: [] };
for (const [count, rounds, text] of plan.engine) {
  step(`embedded engine, ${count} suppliers, text ${text}`);
  results.engine.push(await runEngineBench(count, rounds, text));
}
step('relevance');
results.relevance = await runRelevanceBench();
step('text libraries');
results.textEngines = await runTextEngineBench(plan.textCounts);
step('HTTP');
results.http = await runHttpBench(generateDemoSuppliers({ count: HTTP_SUPPLIERS }), plan.httpSeconds);
step('/healthz under heavy gateway requests');
results.heavyLoad = await runHeavyLoadBench(generateDemoSuppliers({ count: HTTP_SUPPLIERS }), plan.httpSeconds);
step('bundle sizes');
results.sizes = await runSizeBench();
step('browser');
results.browser = await runBrowserBench(HTTP_SUPPLIERS, results.sizes, plan.loads);

step('needs');
const needs = await runNeedsBench();

const markdown = formatResults(results) + formatNeedsBench(needs);
console.log(markdown);
const directory = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(directory, { recursive: true });
writeFileSync(`${directory}latest.md`, markdown);
// The bundles' code is in the sizes: kept out of the JSON.
const json = JSON.stringify({ ...results, needs }, (key, value) => (key === 'code' ? undefined : value), 2);
writeFileSync(`${directory}latest.json`, `${json}\n`);
