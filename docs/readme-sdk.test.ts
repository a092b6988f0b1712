/**
 * The TypeScript blocks of README.md and sdk/README.md, run as written against the real
 * app on a loopback port (embedded engine, the 9,000 demo suppliers): only the
 * placeholders change (the instance's URL, the site key, the package name for the
 * source), and each block's results and printed lines are checked.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../server/src/app.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';
import { siteKey, storeOf } from '../server/src/keys/keys.test-support.js';
import { memoryMailer } from '../server/src/needs/needs.test-support.js';
import { createNeedsRuntime } from '../server/src/needs/index.js';
import { migrate } from '../server/src/storage/migrate.js';
import { openPglite } from '../server/src/storage/pglite.js';
import type { Database } from '../server/src/storage/database.js';
import { createClient, isInclusifError, type SearchResponse } from '../sdk/src/index.js';
import { codeBlocks, ROOT, type Readme } from './markdown.js';

const SITE_KEY = 'pk_site_readme';
const WRITTEN_BASE_URLS = ['http://localhost:8787', 'https://achat-inclusif.example.org'];
const MODULES = `${ROOT}node_modules/.cache/readme-blocks/`;

let server: ServerType;
let baseUrl = '';
let db: Database;

beforeAll(async () => {
  const engine = createDefaultEngine(generateDemoSuppliers());
  // Open, as `npm start` runs, and knowing the site key the SDK README sends.
  const keys = storeOf([await siteKey(SITE_KEY, { anyOrigin: true })], [], true);
  // Needs on, as `npm start` runs them, on PGlite in memory and a mailer that keeps the mail.
  db = await openPglite();
  await migrate(db);
  const needs = createNeedsRuntime({ db, engine, places: getGeography(), mailer: memoryMailer(), secret: 'readme-secret-readme-secret-readme-secret', publicUrl: 'http://readme.test' });
  const app = createApp({
    engine,
    geography: getGeography(),
    keys,
    rateLimit: { anonymous: { perMinute: 1e6, burst: 1e6 }, siteKeyDefault: { perMinute: 1e6, burst: 1e6 } },
    needs: { service: needs.service, db, tokens: needs.tokens },
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      baseUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
}, 60_000);
afterAll(async () => {
  rmSync(MODULES, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db?.close();
});

const printed = () => ({ log: vi.spyOn(console, 'log').mockImplementation(() => {}), error: vi.spyOn(console, 'error').mockImplementation(() => {}) });
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).location;
  delete (globalThis as Record<string, unknown>).history;
});

/** Top-level `const` names of the code, to export them for the checks. */
function topLevelNames(code: string): string[] {
  const names: string[] = [];
  for (const [, destructured, single] of code.matchAll(/^const (?:\{([^}]+)\}|(\w+))/gm)) {
    if (single) names.push(single);
    else names.push(...destructured!.split(',').map((name) => name.trim().split(':').pop()!.trim()));
  }
  return names;
}

/** The blocks as one module, the placeholders replaced, its top-level constants exported; imported. */
async function run(file: Readme, { keepKey = false } = {}): Promise<Record<string, unknown>> {
  let code = codeBlocks(file)
    .filter((block) => block.lang === 'ts')
    .map((block) => block.code)
    .join('\n\n');
  expect(code.length).toBeGreaterThan(0);
  code = code.replaceAll("'achat-inclusif/sdk'", JSON.stringify(`${ROOT}sdk/src/index.ts`));
  for (const written of WRITTEN_BASE_URLS) code = code.replaceAll(written, baseUrl);
  if (!keepKey) code = code.replaceAll("'pk_site_…'", `'${SITE_KEY}'`);
  code += `\nexport { ${topLevelNames(code).join(', ')} };\n`;
  mkdirSync(MODULES, { recursive: true });
  const path = `${MODULES}${file.replace(/\W/g, '-')}-${keepKey ? 'verbatim' : 'run'}-${Date.now()}.ts`;
  writeFileSync(path, code);
  return import(pathToFileURL(path).href);
}

const api = () => createClient({ baseUrl, cache: false });

describe('README.md', () => {
  it('runs the SDK example: a search, then every restauration supplier of the region printed', async () => {
    const { log } = printed();
    const values = await run('README.md');
    expect(values.found).toBeGreaterThan(0);
    const all = await api().search({ sectorGroups: ['restauration'], location: ['region:84'], perPage: 1 });
    expect(all.found).toBeGreaterThan(0);
    expect(log).toHaveBeenCalledTimes(all.found);
    expect(log.mock.calls[0]).toEqual([expect.stringMatching(/^\d{14}$/), expect.any(String)]);
    // "traiteur lyon" read as the sector and the place, as the comment shows it.
    expect(values.interpretation).toEqual({
      text: '',
      parts: [
        { type: 'sector', value: 'traiteur', label: 'Traiteur', words: 'traiteur' },
        { type: 'place', value: 'commune:69123', label: 'Lyon', words: 'lyon' },
      ],
    });
  });
});

describe('sdk/README.md', () => {
  it('says plainly, without a request, that the placeholder key is to be replaced', async () => {
    printed();
    const error = await run('sdk/README.md', { keepKey: true }).catch((caught: unknown) => caught);
    expect(isInclusifError(error)).toBe(true);
    expect((error as Error).message).toContain('Invalid API key: it holds "…"');
  });

  it('runs every block with a site key: search, get, suggest, places, taxonomy, every page, CSV link, errors, URL state', async () => {
    const location = { search: '' };
    const replaced: string[] = [];
    const written = /location\.search\)+;\s*\/\/ (\?\S+)/.exec(codeBlocks('sdk/README.md').map((block) => block.code).join('\n'))!;
    location.search = written[1]!;
    Object.assign(globalThis, { location, history: { replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) } });
    const { log, error } = printed();
    const values = await run('sdk/README.md');

    // The search, its facets and the supplier read back by SIRET.
    const found = values.found as number;
    expect(found).toBeGreaterThan(0);
    expect(log).toHaveBeenCalledWith(`${found} fournisseurs`);
    expect((values.facets as SearchResponse['facets']).kind!.length).toBeGreaterThan(0);
    const hits = values.hits as SearchResponse['hits'];
    expect(values.supplier).toEqual(hits[0]!.supplier);
    expect(log).toHaveBeenCalledWith(hits[0]!.supplier.name, hits[0]!.supplier.siret);
    expect((values.suggestions as unknown[]).length).toBeGreaterThan(0);
    expect((values.places as { id: string }[]).map((place) => place.id)).toContain('commune:69266');
    expect((values.taxonomy as { kinds: unknown[] }).kinds.length).toBeGreaterThan(0);

    // Every page of the restauration suppliers of the region.
    const rows = values.rows as string[];
    expect(rows.length).toBe((await api().search({ sectorGroups: ['restauration'], location: ['region:84'], perPage: 1 })).found);

    // The CSV link: as the comment shows it, and answered.
    const link = values.link as string;
    const comment = /\/\/ (https:\S+suppliers\.csv\S+)/.exec(codeBlocks('sdk/README.md').map((block) => block.code).join('\n'))![1]!;
    expect(link).toBe(comment.replace(WRITTEN_BASE_URLS[1]!, baseUrl).replace('pk_…', SITE_KEY));
    const csv = await fetch(link);
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);

    // The error handling: perPage 500 is the API's 400, reported as the block prints it.
    expect(error).toHaveBeenCalledWith(400, 'invalid_parameter', expect.stringContaining('perPage'), expect.stringMatching(/^\(requête .+\)$/));

    // The need posted, unconfirmed, with what it would reach.
    expect(values.need).toMatchObject({ status: 'unconfirmed', recipients: { found: expect.any(Number), withEmail: expect.any(Number) } });
    expect(log).toHaveBeenCalledWith((values.need as { recipients: { found: number } }).recipients.found, expect.any(Number));
    // What "traiteur lyon" was read as; a SIREN's establishments, the head office first when one is known.
    expect((values.interpretation as SearchResponse['interpretation'])!.parts.map((part) => part.value)).toEqual(['traiteur', 'commune:69123']);
    expect(Array.isArray(values.establishments)).toBe(true);

    // The search read from the URL, and the URL written back with page 3.
    expect(values.request).toEqual({ q: 'bio', kinds: ['EI', 'ESAT'], page: 2 });
    expect(replaced).toEqual(['?q=bio&kind=EI%2CESAT&page=3']);
  }, 60_000);
});
