/**
 * The edge entry point, built into dist/worker.js: `export default { fetch }` for
 * Cloudflare Workers, `deno serve` and Bun. Like server/src/main.ts for Node, the only
 * place that reads the configuration (deploy/README.md lists it).
 */
import { loadSuppliers } from 'achat-inclusif:worker-suppliers';
import type { EdgeSettings } from './edge/app.js';
import { createEdgeHandler } from './edge/handler.js';

/** Workers pass their vars and secrets as `env`; Deno and Bun pass connection details, their settings are the environment. */
function settingsOf(env: unknown): EdgeSettings {
  const strings = Object.entries(typeof env === 'object' && env !== null ? env : {}).filter(([, value]) => typeof value === 'string');
  return { ...globalThis.process?.env, ...Object.fromEntries(strings) };
}

export default createEdgeHandler({ settingsOf, loadSuppliers });
