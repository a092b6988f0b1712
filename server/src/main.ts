/**
 * The Node entry point: the only place that reads the environment. Serves the API,
 * the demo pages and the built widget on http://localhost:8787 by default.
 *
 * Environment: PORT (8787), HOST (127.0.0.1... set 0.0.0.0 to listen on every interface).
 */
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { generateDemoSuppliers } from './demo/generate.js';
import { getGeography } from './domain/geography.js';
import { createDefaultEngine } from './engine/embedded/default.js';
import { withDemoSite } from './site.js';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';

const started = performance.now();
const suppliers = generateDemoSuppliers();
const engine = createDefaultEngine(suppliers);
const app = withDemoSite(
  createApp({
    engine,
    geography: getGeography(),
    onInternalError: (error, c) =>
      console.error(JSON.stringify({ level: 'error', requestId: c.get('requestId'), path: c.req.path, error: String(error) })),
  }),
  fileURLToPath(new URL('../..', import.meta.url)),
);

serve({ fetch: app.fetch, port, hostname }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`achat-inclusif: ${suppliers.length} fournisseurs de démonstration (données synthétiques) indexés en ${seconds} s`);
  console.log(`achat-inclusif: http://localhost:${info.port}/  (API: /v1/suppliers, docs: /docs)`);
});
