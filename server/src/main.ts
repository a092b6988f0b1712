/**
 * The Node entry point: the only place that reads the environment. Serves the API,
 * the demo pages and the built widget on http://localhost:8787 by default.
 *
 * Environment:
 * - PORT (8787), HOST (127.0.0.1; 0.0.0.0 to listen on every interface);
 * - KEYS_FILE: the site and admin keys (npm run keys); without it the API runs open,
 *   with the demo keys of the demo pages;
 * - TRUST_PROXY: how many reverse proxies sit in front (for X-Forwarded-For), 0 by default;
 * - LOG_REQUESTS=0 to silence the one-JSON-line-per-request log.
 */
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { generateDemoSuppliers } from './demo/generate.js';
import { getGeography } from './domain/geography.js';
import { createDefaultEngine } from './engine/embedded/default.js';
import { consoleLogger } from './keys/access-log.js';
import { demoKeys } from './keys/demo.js';
import { loadKeysFile } from './keys/file.js';
import { createKeyStore, openKeyStore } from './keys/store.js';
import { withDemoSite } from './site.js';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const keysFile = process.env.KEYS_FILE;

const started = performance.now();
const suppliers = generateDemoSuppliers();
const engine = createDefaultEngine(suppliers);
const origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
const keys = keysFile ? createKeyStore(await loadKeysFile(keysFile)) : openKeyStore(await demoKeys({ origins }));

const app = withDemoSite(
  createApp({
    engine,
    geography: getGeography(),
    keys,
    rateLimit: { trustProxy: Number(process.env.TRUST_PROXY ?? 0) },
    logger: process.env.LOG_REQUESTS === '0' ? undefined : consoleLogger,
    onInternalError: (error, c) =>
      console.error(JSON.stringify({ level: 'error', requestId: c.get('requestId'), path: c.req.path, error: String(error) })),
  }),
  fileURLToPath(new URL('../..', import.meta.url)),
);

serve({ fetch: app.fetch, port, hostname }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`achat-inclusif: ${suppliers.length} fournisseurs de démonstration (données synthétiques) indexés en ${seconds} s`);
  if (!keysFile) {
    console.log(
      'achat-inclusif: mode ouvert, aucune clé requise (KEYS_FILE non défini) ; clés de démo pk_demo_federation, pk_demo_portail_bretagne / open mode: no key required',
    );
  }
  console.log(`achat-inclusif: http://localhost:${info.port}/  (API: /v1/suppliers, docs: /docs)`);
});
