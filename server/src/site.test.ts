/** What `npm start` serves from dist/: the browser files, to pages of any origin, and nothing else. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeEngine, fakeGeography } from '../test-support/fakes.test-support.js';
import { createApp } from './app.js';
import { withDemoSite } from './site.js';

/** A dist/ as `npm run build` leaves it, plus the demo pages. */
const FILES: Record<string, string> = {
  'dist/inclusif-search.js': 'export const widget = 1;\n//# sourceMappingURL=inclusif-search.js.map\n',
  'dist/inclusif-search.js.map': '{"version":3}',
  'dist/inclusif-search.0123456789ab.js': 'export const widget = 1;\n',
  'dist/inclusif-search.sri.txt': 'sha384-x inclusif-search.0123456789ab.js\n',
  'dist/inclusif-need-dialog.js': 'export const dialog = 1;\n',
  'dist/inclusif-need-dialog.0123456789ab.js': 'export const dialog = 1;\n',
  'dist/inclusif-search.pinned.html': '<script type="importmap">{}</script>\n',
  'dist/sdk/index.js': 'export const sdk = 1;\n',
  'dist/sdk/index.js.map': '{"version":3}',
  'dist/demo-instantsearch.js': 'export const demo = 1;\n',
  'dist/worker.js': 'const suppliers = "every supplier, delisted ones included";\n',
  'dist/server/index.js': 'export const server = 1;\n',
  'dist/server/cli.js': 'export const cli = 1;\n',
  'dist/shared/schema-BpZygOjf.js': 'export const schema = 1;\n',
  'dist/widget/index.js': 'import "lit";\n',
  'dist/sdk/index.d.ts': 'export {};\n',
  'dist/custom-elements.json': '{}',
  'demo/index.html': '<!doctype html><title>démo</title>',
};

let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'achat-inclusif-site-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  app = withDemoSite(createApp({ engine: fakeEngine(), geography: fakeGeography() }), root);
});

describe('the files under /dist/', () => {
  it('never serves the edge bundle with its data, the server’s modules or anything not meant for a page', async () => {
    const refused = ['worker.js', 'server/index.js', 'server/cli.js', 'shared/schema-BpZygOjf.js', 'widget/index.js', 'sdk/index.d.ts', 'custom-elements.json', 'inclusif-search.sri.txt', 'inclusif-search.pinned.html', '../demo/index.html', 'missing.js'];
    for (const file of refused) {
      const res = await app.request(`/dist/${file}`);
      expect(res.status, file).toBe(404);
      expect(await res.text(), file).not.toContain('supplier');
    }
  });

  it('serves the widget bundle, its need dialog, the SDK module, the demo’s script and their source maps', async () => {
    for (const file of ['inclusif-search.js', 'inclusif-search.js.map', 'inclusif-search.0123456789ab.js', 'inclusif-need-dialog.js', 'inclusif-need-dialog.0123456789ab.js', 'sdk/index.js', 'sdk/index.js.map', 'demo-instantsearch.js']) {
      const res = await app.request(`/dist/${file}`);
      expect(res.status, file).toBe(200);
      expect(await res.text()).toBe(FILES[`dist/${file}`]);
    }
    expect((await app.request('/')).status).toBe(200);
  });

  it('lets pages of any origin load them: CORS wildcard and cross-origin resource policy', async () => {
    const res = await app.request('/dist/inclusif-search.js', { headers: { Origin: 'https://www.mairie.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
  });

  it('keeps a copy named by its content for a year, and revalidates the stable name after five minutes', async () => {
    const pinned = await app.request('/dist/inclusif-search.0123456789ab.js');
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const stable = await app.request('/dist/inclusif-search.js');
    expect(stable.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    const tag = stable.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await app.request('/dist/inclusif-search.js', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
  });
});
