/**
 * The engine's query mix alone, for before/after comparisons and profiles:
 * `npx tsx bench/profile.ts` prints p50 / p99 per query (CPU ms, text cold).
 * Environment: COUNT (suppliers, 10000), ROUNDS (200), ONLY (queries whose name
 * contains it), CPU_PROFILE=<file> (a .cpuprofile of the timed rounds only, for
 * Chrome's DevTools), HEAP_PROFILE=<file> (sampled allocations, collected ones included).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';
import { plan } from '../server/src/planner/plan.js';
import { queryMix } from './engine.js';
import { cpuMs, percentile, round } from './measure.js';

const { COUNT = '10000', ROUNDS = '200', ONLY, CPU_PROFILE, HEAP_PROFILE } = process.env;
const suppliers = generateDemoSuppliers({ count: Number(COUNT) });
const context = { places: getGeography() };
const engine = createDefaultEngine(suppliers, { textCacheSize: 0 });
const mix = queryMix(suppliers).filter(({ name }) => !ONLY || name.includes(ONLY));
const run = (index: number) => engine.search(plan(mix[index]!.request, context));

// Warm-up, as in bench/engine.ts: the first queries build the scan and its memos.
for (let round = 0; round < 5; round++) for (const index of mix.keys()) await run(index);

const session = new Session();
session.connect();
if (CPU_PROFILE) {
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
if (HEAP_PROFILE) {
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
const times = mix.map(() => [] as number[]);
for (let round = 0; round < Number(ROUNDS); round++) {
  for (const index of mix.keys()) {
    const start = cpuMs();
    await run(index);
    times[index]!.push(cpuMs() - start);
  }
}
if (CPU_PROFILE) writeFileSync(CPU_PROFILE, JSON.stringify((await session.post('Profiler.stop')).profile));
if (HEAP_PROFILE) writeFileSync(HEAP_PROFILE, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile));
session.disconnect();

const line = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(`${name.padEnd(48)} ${round(percentile(sorted, 0.5), 3)} / ${round(percentile(sorted, 0.99), 3)}`);
};
console.log(`${COUNT} suppliers, ${ROUNDS} rounds, CPU ms p50 / p99`);
line('whole mix', times.flat());
mix.forEach(({ name }, index) => line(name, times[index]!));
