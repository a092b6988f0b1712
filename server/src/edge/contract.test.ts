/**
 * The same API contract against the Node server on a real port and against the built
 * dist/worker.js running in workerd (Miniflare), both on the same seeded suppliers.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Miniflare } from 'miniflare';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerBuild } from '../../../deploy/worker-build.mjs';
import { createApp } from '../app.js';
import { generateDemoSuppliers } from '../demo-data/generate.js';
import { getGeography } from '../domain/geography.js';
import { createDefaultEngine } from '../engine/embedded/default.js';
import { demoKeys } from '../keys/demo.js';
import { openKeyStore } from '../keys/store.js';
import { apiContract, type ApiFetch } from './contract.test-support.js';

/** Fewer than the 9,000 of the demo: the same code paths, a quicker build on both sides. */
const suppliers = generateDemoSuppliers({ count: 2000 });
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'achat-inclusif-worker-'));
  await writeFile(join(directory, 'suppliers.ndjson'), suppliers.map((supplier) => JSON.stringify(supplier)).join('\n'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('the Node server on a port', () => {
  let server: ServerType;
  let base: string;
  beforeAll(async () => {
    const app = createApp({ engine: createDefaultEngine(suppliers), geography: getGeography(), keys: openKeyStore(await demoKeys()) });
    base = await new Promise<string>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(`http://127.0.0.1:${info.port}`));
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  apiContract(() => (path, init) => fetch(base + path, init));
});

describe('the built worker in workerd', () => {
  let miniflare: Miniflare;
  let built: string;
  beforeAll(async () => {
    const options = workerBuild({ suppliersFile: join(directory, 'suppliers.ndjson'), file: join(directory, 'worker.js') });
    const bundle = await rollup(options);
    await bundle.write(options.output);
    await bundle.close();
    built = await readFile(options.output.file, 'utf8');
    const wrangler = await readFile(new URL('../../../deploy/wrangler.toml', import.meta.url), 'utf8');
    miniflare = new Miniflare({
      modules: true,
      scriptPath: options.output.file,
      modulesRoot: directory,
      compatibilityDate: /^compatibility_date = "(.+)"$/m.exec(wrangler)![1]!,
      bindings: { LOG_REQUESTS: '0' },
    });
    // The isolate's first request builds the index: out of the tests' time.
    await (await miniflare.dispatchFetch('http://localhost/healthz')).arrayBuffer();
  }, 180_000);
  afterAll(() => miniflare?.dispose());

  const workerFetch: ApiFetch = async (path, init) =>
    (await miniflare.dispatchFetch(new URL(path, 'http://localhost').href, init as never)) as unknown as Response;
  apiContract(() => workerFetch);

  it('carries only the active suppliers: a delisted one is not even in the file', () => {
    const delisted = suppliers.filter((supplier) => supplier.active === false);
    expect(delisted.length).toBeGreaterThan(0);
    // Booleans, not the 10 MB file in a failure message.
    expect(delisted.filter((supplier) => built.includes(supplier.siret)).map((supplier) => supplier.siret)).toEqual([]);
    expect(built.includes(suppliers.find((supplier) => supplier.active !== false)!.siret)).toBe(true);
  });
});
