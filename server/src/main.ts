/**
 * The Node entry point: the only place that reads the environment. Serves the API,
 * the demo pages and the built widget on http://localhost:8787 by default.
 *
 * Environment:
 * - PORT (8787), HOST (127.0.0.1; 0.0.0.0 to listen on every interface);
 * - DATA_DIR: where imported suppliers are kept (./.data); served when present, else
 *   the synthetic demo data;
 * - TYPESENSE_NODES (or TYPESENSE_URL), TYPESENSE_API_KEY...: serve from Typesense
 *   instead of the embedded engine (see server/src/engine/typesense/README.md);
 * - KEYS_FILE: the site and admin keys (npm run keys); without it the API runs open,
 *   with the demo keys of the demo pages;
 * - TRUST_PROXY: how many reverse proxies sit in front (for X-Forwarded-For), 0 by default;
 * - LOG_REQUESTS=0 to silence the one-JSON-line-per-request log.
 */
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { admin } from './api/admin/index.js';
import { createApp } from './app.js';
import { generateDemoSuppliers } from './demo-data/generate.js';
import { getGeography } from './domain/geography.js';
import { createDefaultEngine } from './engine/embedded/default.js';
import { createTypesenseEngine, typesenseConfigFromEnv } from './engine/typesense/index.js';
import { createSwappableEngine, embeddedReindex, type Reindex } from './ingest/reindex.js';
import { consoleLogger } from './http/access-log.js';
import { demoKeys } from './keys/demo.js';
import { loadKeysFile } from './keys/file.js';
import { createKeyStore, openKeyStore } from './keys/store.js';
import { withDemoSite } from './site.js';
import { DEFAULT_DATA_DIR, loadStoredSuppliers } from './data-dir/index.js';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const keysFile = process.env.KEYS_FILE;
const dataDir = process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
const typesense = typesenseConfigFromEnv(process.env);

const started = performance.now();
const stored = await loadStoredSuppliers(dataDir);
const suppliers = stored ?? generateDemoSuppliers();
const dataLabel = stored ? 'fournisseurs importés' : 'fournisseurs de démonstration (données synthétiques)';

let engine;
let reindex: Reindex;
if (typesense) {
  const typesenseEngine = createTypesenseEngine(typesense);
  reindex = async (next) => (await typesenseEngine.reindex(next), typesenseEngine.stats());
  engine = typesenseEngine;
  // Typesense keeps its own data: load it only when the collection is empty.
  if ((await typesenseEngine.stats()).suppliers === 0) await reindex(suppliers);
} else {
  const swappable = createSwappableEngine(createDefaultEngine(suppliers));
  reindex = embeddedReindex(swappable);
  engine = swappable;
}
const origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
const keys = keysFile ? createKeyStore(await loadKeysFile(keysFile)) : openKeyStore(await demoKeys({ origins }));

const app = withDemoSite(
  createApp({
    engine,
    geography: getGeography(),
    keys,
    admin: admin({ engine, dataDir, reindex, demoData: !stored }),
    rateLimit: { trustProxy: Number(process.env.TRUST_PROXY ?? 0) },
    logger: process.env.LOG_REQUESTS === '0' ? undefined : consoleLogger,
    onInternalError: (error, c) =>
      console.error(JSON.stringify({ level: 'error', requestId: c.get('requestId'), path: c.req.path, error: String(error) })),
  }),
  fileURLToPath(new URL('../..', import.meta.url)),
);

serve({ fetch: app.fetch, port, hostname }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`achat-inclusif: ${suppliers.length} ${dataLabel}, moteur ${engine.name}, prêt en ${seconds} s`);
  if (!keysFile) {
    console.log(
      'achat-inclusif: mode ouvert, aucune clé requise (KEYS_FILE non défini) ; clés de démo pk_demo_federation, pk_demo_portail_bretagne / open mode: no key required',
    );
  }
  console.log(`achat-inclusif: http://localhost:${info.port}/  (API: /v1/suppliers, docs: /docs)`);
});
