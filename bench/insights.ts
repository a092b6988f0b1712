/**
 * `npx tsx bench/insights.ts`: does recording insights slow a search? The same app
 * in-process (10,000 demo suppliers, a site key), with and without insights (PGlite in
 * memory, batches every 5 s as in production), on the same query mix, in alternating
 * blocks so that a loaded neighbour weighs on both alike. Target: p50 on within 5 % of off.
 */
import { createApp } from '../server/src/app.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';
import { createRecorder } from '../server/src/insights/recorder.js';
import { addCounts } from '../server/src/insights/store.js';
import { siteKey, storeOf } from '../server/src/keys/keys.test-support.js';
import { migrate } from '../server/src/storage/migrate.js';
import { openPglite } from '../server/src/storage/pglite.js';
import { machine, percentile, round } from './measure.js';

const BLOCKS = 10;
const PER_BLOCK = 300;
const QUERIES = [
  'q=nettoyage&serves=commune:35238',
  'q=traiteur',
  'sector=creation-et-entretien-des-espaces-verts&serves=department:69&facets=kind',
  'q=blanchiserie&facets=kind,sectorGroup',
  'kind=EA,ESAT&serves=commune:13055',
  'q=plombier%20zingueur&serves=region:53',
  'q=menuiserie&serves=commune:31555&facets=kind,sectorGroup,network',
];

const engine = createDefaultEngine(generateDemoSuppliers({ count: 10_000 }));
const keys = storeOf([await siteKey('pk_bench_site', { name: 'bench', anyOrigin: true, origins: ['*'] })]);
const unlimited = { perMinute: 1e9, burst: 1e9 };
const geography = getGeography();
const db = await openPglite();
await migrate(db);
const recorder = createRecorder({ sink: (counts) => addCounts(db, counts) });
const apps = {
  off: createApp({ engine, geography, keys, rateLimit: { siteKeyDefault: unlimited } }),
  on: createApp({ engine, geography, keys, rateLimit: { siteKeyDefault: unlimited }, insights: { db, recorder } }),
};
const headers = { 'x-api-key': 'pk_bench_site' };
const times: Record<keyof typeof apps, number[]> = { off: [], on: [] };

async function block(name: keyof typeof apps, record: boolean) {
  for (let n = 0; n < PER_BLOCK; n++) {
    const started = performance.now();
    const response = await apps[name].request(`/v1/suppliers?${QUERIES[n % QUERIES.length]}`, { headers });
    await response.arrayBuffer();
    if (record) times[name].push(performance.now() - started);
  }
}

await block('off', false);
await block('on', false);
for (let b = 0; b < BLOCKS; b++) {
  const order: (keyof typeof apps)[] = b % 2 ? ['on', 'off'] : ['off', 'on'];
  for (const name of order) await block(name, true);
}
await recorder.close();
const [{ count }] = await db.query<{ count: number }>("SELECT sum(count)::int AS count FROM insight_counts WHERE metric = 'searches'");
const stats = (name: keyof typeof apps) => {
  const sorted = [...times[name]].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 0.5), 3), p95: round(percentile(sorted, 0.95), 3) };
};
const off = stats('off');
const on = stats('on');
console.log(JSON.stringify(machine()));
console.log(`searches per side: ${times.off.length}; searches counted in the database: ${count}`);
console.log(`| insights | p50 ms | p95 ms |\n|---|--:|--:|\n| off | ${off.p50} | ${off.p95} |\n| on | ${on.p50} | ${on.p95} |`);
console.log(`p50 on / off: ${round(on.p50 / off.p50, 3)} (target ≤ 1.05)`);
await db.close();
