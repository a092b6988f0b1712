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

  it('loads the pinned copy and the files it loads later, each checked against the hashes the build wrote', async () => {
    const [, pinned] = readmeSnippets();
    expect(pinned).toMatch(/^<script type="importmap">\{"integrity":\{"https:\/\/votre-instance\.example\/dist\/[^"]+\.<hash>\.js":"sha384-<hash>"/);
    expect(pinned).toContain('integrity="sha384-<hash>" crossorigin="anonymous"');
    const page = await openPinned(pinnedSnippet());
    const ids = await cardIds(page);
    expect(ids.length).toBeGreaterThan(0);
    // The supplier sheet and the need dialog are files loaded later, named by their content.
    await page.locator('inclusif-search [part="card-open"]').first().click();
    await page.locator('inclusif-search [part~="detail"]').waitFor();
    await page.locator('inclusif-search [part="quote"]').click();
    await page.locator('inclusif-need-dialog dialog').waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(loaded).toContain(`/dist/${sriLines()[0]![1]}`);
    expect(loaded.filter((path) => /^\/dist\/inclusif-(search-detail|need-dialog)\.[0-9a-f]{12}\.js$/.test(path))).toHaveLength(2);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('refuses to run a pinned copy whose hash does not match', async () => {
    const [integrity] = sriLines()[0]!;
    const page = await openPinned(pinnedSnippet().replace(`integrity="${integrity}"`, `integrity="sha384-${'A'.repeat(64)}"`), false);
    await page.refused;
    expect(await page.evaluate(() => customElements.get('inclusif-search') === undefined)).toBe(true);
    await page.close();
  });

  it('refuses a file loaded later whose hash does not match the import map (the supplier sheet)', async () => {
    const [detailHash] = sriLines().find(([, file]) => file.startsWith('inclusif-search-detail.'))!;
    const page = await openPinned(pinnedSnippet().replace(`"${detailHash}"`, `"sha384-${'A'.repeat(64)}"`), false);
    expect((await cardIds(page)).length).toBeGreaterThan(0);
    await page.locator('inclusif-search [part="card-open"]').first().click();
    await page.refused;
    await page.close();
  });
});

/** The build's "sha384-… file" lines, the entry first. */
function sriLines(): [string, string][] {
  const lines = readFileSync(`${root}dist/inclusif-search.sri.txt`, 'utf8').trim().split('\n');
  return lines.map((line) => line.split(' ') as [string, string]);
}

/** The snippet the build wrote, with the README's element after it, for this instance and key. */
function pinnedSnippet(): string {
  const [, readme] = readmeSnippets();
  const element = readme!.split('\n').find((line) => line.startsWith('<inclusif-search'))!;
  return filled(`${readFileSync(`${root}dist/inclusif-search.pinned.html`, 'utf8')}${element}`);
}

/** A page of the other origin holding `snippet`; `refused` settles on the browser's integrity error. */
async function openPinned(snippet: string, defined = true) {
  pageHtml = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie de démonstration</title></head><body>${snippet}</body></html>`;
  const page = Object.assign(await browser.newPage(), { problems: [] as string[] });
  page.on('console', (message) => message.type() === 'error' && page.problems.push(message.text()));
  page.on('pageerror', (error) => page.problems.push(error.message));
  const refused = page.waitForEvent('console', { predicate: (message) => message.type() === 'error' && /integrity/i.test(message.text()) });
  // Awaited only by the tests that expect a refusal: the others close the page with it pending.
  refused.catch(() => undefined);
  await page.goto(`${siteBase}/`);
  if (defined) await page.waitForFunction(() => customElements.get('inclusif-search') !== undefined);
  return Object.assign(page, { refused });
}
