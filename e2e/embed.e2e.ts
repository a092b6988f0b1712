/**
 * The README's embed snippets, pasted into a page of another origin: the page is served
 * from one loopback origin, the script and the API from another, as on a real site.
 * Uses the bundle the suite's setup built (dist/inclusif-search.js and its pinned copy).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/src/app.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';
import { siteKey, storeOf } from '../server/src/keys/keys.test-support.js';
import { withDemoSite } from '../server/src/site.js';
import { launchChromium } from './support/browser.js';
import { cardIds } from './support/widget.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const KEY = 'pk_live_embed_test_portal_000000';

/** The ```html blocks of the README's embed section, in order. */
function readmeSnippets(): string[] {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Intégrer le widget'), readme.indexOf('\n## ', readme.indexOf('## Intégrer le widget') + 1));
  return [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://localhost:${(server.address() as AddressInfo).port}`)));
}

let browser: Browser;
let api: ServerType;
let apiBase: string;
let site: Server;
let pageHtml = '';
let siteBase: string;

beforeAll(async () => {
  // The page's site: another origin (localhost, its own port) than the API's (127.0.0.1).
  site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(pageHtml);
  });
  siteBase = await listen(site);
  const keys = storeOf([await siteKey(KEY, { origins: [siteBase] })]);
  const app = withDemoSite(createApp({ engine: createDefaultEngine(generateDemoSuppliers({ count: 1500 })), geography: getGeography(), keys }), root);
  apiBase = await new Promise<string>((resolve) => {
    api = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(`http://127.0.0.1:${info.port}`));
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  api?.close();
  site?.close();
});

/** Opens a page of the other origin holding `snippet`, and answers the cards shown and the problems seen. */
async function embed(snippet: string) {
  pageHtml = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie de démonstration</title></head><body><h1>Marché de nettoyage</h1>${snippet}</body></html>`;
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${siteBase}/`);
  await page.waitForFunction(() => customElements.get('inclusif-search') !== undefined);
  const ids = await cardIds(page);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  await page.close();
  return { ids, problems, loaded };
}

const filled = (snippet: string) => snippet.replaceAll('https://votre-instance.example', apiBase).replaceAll('pk_…', KEY);

describe('the README embed snippet on a page of another origin', () => {
  it('loads the script and the results from the instance, as written', async () => {
    const [stable] = readmeSnippets();
    expect(stable).toContain('src="https://votre-instance.example/dist/inclusif-search.js"');
    const { ids, problems, loaded } = await embed(filled(stable!));
    expect(problems).toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
    expect(loaded).toContain(`${apiBase}/dist/inclusif-search.js`);
    expect(loaded.some((url) => url.startsWith(`${apiBase}/v1/suppliers?`))).toBe(true);
  });

  it('loads the pinned copy with its integrity hash, from the build’s inclusif-search.sri.txt', async () => {
    const [, pinned] = readmeSnippets();
    const [integrity, file] = readFileSync(`${root}dist/inclusif-search.sri.txt`, 'utf8').trim().split(' ');
    expect(pinned).toContain('integrity="sha384-<hash>" crossorigin="anonymous"');
    const { ids, problems } = await embed(filled(pinned!).replace('inclusif-search.<hash>.js', file!).replace('sha384-<hash>', integrity!));
    expect(problems).toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('refuses to run a pinned copy whose hash does not match', async () => {
    const [, pinned] = readmeSnippets();
    const [, file] = readFileSync(`${root}dist/inclusif-search.sri.txt`, 'utf8').trim().split(' ');
    pageHtml = `<!doctype html><html><body>${filled(pinned!).replace('inclusif-search.<hash>.js', file!).replace('sha384-<hash>', `sha384-${'A'.repeat(64)}`)}</body></html>`;
    const page = await browser.newPage();
    const refused = page.waitForEvent('console', { predicate: (message) => /integrity/i.test(message.text()) });
    await page.goto(`${siteBase}/`);
    expect((await refused).type()).toBe('error');
    expect(await page.evaluate(() => customElements.get('inclusif-search') === undefined)).toBe(true);
    await page.close();
  });
});
