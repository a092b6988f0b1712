/**
 * The npm package as a user gets it: `npm pack` of the dist/ the suite's setup built,
 * unpacked into a scratch project's node_modules, then the SDK and the server run from
 * there by Node's own resolution, and `import 'achat-inclusif/widget'` bundled by esbuild
 * and run in Chromium.
 *
 * `npm install <tarball> --offline` needs the registry's metadata of every dependency,
 * which tests never fetch: the tarball is unpacked as npm would, and its dependencies are
 * linked from this repository's node_modules, where npm installed them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };
let scratch: string;
let packed: string[];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'achat-inclusif-package-'));
  const listing = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
  const [{ filename, files }] = JSON.parse(listing) as { filename: string; files: { path: string }[] }[];
  packed = files.map((file) => file.path);
  const installed = join(scratch, 'node_modules', manifest.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, filename), '-C', installed, '--strip-components=1']);
  for (const dependency of Object.keys(manifest.dependencies)) {
    const link = join(scratch, 'node_modules', dependency);
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), link);
  }
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', () => {
  it('ships the modules, their source maps and the bundle; never the edge bundle with its data', () => {
    expect(packed).toEqual(expect.arrayContaining(['dist/sdk/index.js', 'dist/sdk/index.js.map', 'dist/widget/index.js', 'dist/server/index.js', 'dist/inclusif-search.js', 'dist/inclusif-search.js.map', 'README.md']));
    expect(packed.filter((path) => /worker\.js|demo-instantsearch|inclusif-search\.[0-9a-f]{12}\.js$/.test(path))).toEqual([]);
  });

  it('runs the server and the SDK from an installed copy, and an API error reads ApiError with its source lines', () => {
    const script = `
      import { serve } from '@hono/node-server';
      import { createApp, createDefaultEngine, generateDemoSuppliers, getGeography } from 'achat-inclusif/server';
      import { createClient, isApiError } from 'achat-inclusif/sdk';
      const app = createApp({ engine: createDefaultEngine(generateDemoSuppliers({ count: 300 })), geography: getGeography() });
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, async (info) => {
        const client = createClient({ baseUrl: 'http://127.0.0.1:' + info.port });
        const { found } = await client.search({ q: 'nettoyage' });
        const error = await client.get('00000000000000').catch((caught) => caught);
        console.log(JSON.stringify({ found, apiError: isApiError(error), status: error.status, constructor: error.constructor.name, stack: error.stack }));
        server.close();
      });
    `;
    writeFileSync(join(scratch, 'use.mjs'), script);
    const output = execFileSync(process.execPath, ['--enable-source-maps', 'use.mjs'], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as { found: number; apiError: boolean; status: number; stack: string };
    expect(result.found).toBeGreaterThan(0);
    expect(result).toMatchObject({ apiError: true, status: 404 });
    expect(result.stack.split('\n')[0]).toMatch(/^ApiError: /);
    // Through the shipped source map, the frames name the SDK's own files.
    expect(result.stack).toMatch(/node_modules\/achat-inclusif\/sdk\/src\/transport\.ts:\d+/);
  });

  it('bundles `import \'achat-inclusif/widget\'` from the installed copy, and the bundle defines <inclusif-search> in a browser', async () => {
    writeFileSync(join(scratch, 'entry.js'), "import 'achat-inclusif/widget';\n");
    const bundled = await build({ absWorkingDir: scratch, entryPoints: ['entry.js'], bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    expect(Object.keys(bundled.metafile.inputs)).toContain('node_modules/achat-inclusif/dist/widget/index.js');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><body><inclusif-search no-facets></inclusif-search></body></html>');
      await page.addScriptTag({ content: bundled.outputFiles[0]!.text, type: 'module' });
      expect(await page.evaluate(() => customElements.get('inclusif-search')?.name)).toBeTruthy();
      expect(await page.evaluate(() => document.querySelector('inclusif-search')!.shadowRoot !== null)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
