/**
 * The insights page in Chromium: a webmaster enters the admin key and the site's key
 * name, and sees the weeks' searches, what found nothing and what came of the needs;
 * axe finds no violation. Its own server (the app with PGlite in memory, on a free
 * loopback port), since the demo server has no admin key.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { AxeResults } from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/src/app.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';
import { seedNeed } from '../server/src/insights/insights.test-support.js';
import { createRecorder } from '../server/src/insights/recorder.js';
import { addCounts } from '../server/src/insights/store.js';
import { adminKey, siteKey, storeOf } from '../server/src/keys/keys.test-support.js';
import type { Database } from '../server/src/storage/database.js';
import { migrate } from '../server/src/storage/migrate.js';
import { openPglite } from '../server/src/storage/pglite.js';
import { DESKTOP, launchChromium } from './support/browser.js';

const ADMIN = 'sk_demo_insights_admin';
const NOW = Date.parse('2026-12-03T10:00:00Z');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let db: Database;
let server: ServerType;
let baseUrl: string;
let browser: Browser;

/** Eight weeks of a federation site's visits, made up but shaped like real ones (a seeded sine, fewer at weekends). */
async function seedWeeks(): Promise<void> {
  const counts = [];
  for (let n = 0; n < 84; n++) {
    const day = new Date(NOW - (83 - n) * 86_400_000).toISOString().slice(0, 10);
    const weekend = [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());
    const searches = Math.round((weekend ? 12 : 60) + 25 * Math.sin(n / 6) + n / 2);
    counts.push(
      { siteKey: 'coorace', day, metric: 'searches' as const, value: '', count: searches },
      { siteKey: 'coorace', day, metric: 'zero_results' as const, value: '', count: Math.round(searches * (0.25 - n / 600)) },
      { siteKey: 'coorace', day, metric: 'sheets' as const, value: '', count: Math.round(searches * 0.4) },
      { siteKey: 'coorace', day, metric: 'contacts' as const, value: '', count: Math.round(searches * 0.08) },
    );
  }
  const zero = [
    ['plomberie | serves=commune:35238', 41],
    ['traduction langue des signes | serves=region:53', 33],
    ['(sans texte) | sector=reparation-de-velos-14 | serves=commune:29019', 27],
    ['menuiserie bois | serves=department:22', 19],
    ['desamiantage', 12],
  ] as const;
  for (const [value, count] of zero) counts.push({ siteKey: 'coorace', day: '2026-12-01', metric: 'zero_queries' as const, value, count });
  await addCounts(db, counts);
  const needs = [
    { id: 'e2e-1', postedAt: '2026-10-20T09:00:00Z', confirmedAt: '2026-10-20T09:05:00Z', sentAt: '2026-10-20T09:06:00Z', recipients: 14, interested: 5, contractAt: '2026-11-18T10:00:00Z', amount: 48_000 },
    { id: 'e2e-2', postedAt: '2026-11-04T09:00:00Z', confirmedAt: '2026-11-04T10:00:00Z', sentAt: '2026-11-04T10:01:00Z', recipients: 9, interested: 3 },
    { id: 'e2e-3', postedAt: '2026-11-25T09:00:00Z' },
  ];
  for (const need of needs) await seedNeed(db, { siteKey: 'coorace', ...need });
}

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  await seedWeeks();
  const recorder = createRecorder({ sink: (counts) => addCounts(db, counts), now: () => NOW });
  const keys = storeOf([await siteKey('pk_demo_insights_site', { name: 'coorace' })], [await adminKey(ADMIN)]);
  const app = createApp({ engine: createDefaultEngine(generateDemoSuppliers({ count: 50 })), geography: getGeography(), keys, now: () => NOW, insights: { db, recorder } });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

describe('the insights page', () => {
  it('shows a site’s last twelve weeks once the admin key is entered, with no axe violation', async () => {
    // bypassCSP only so that the test can inject axe: the page itself runs no script.
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-FR', bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    // The page asks for nothing but itself (the browser's own favicon request aside).
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${baseUrl}/admin/insights`);
    await page.getByLabel('Clé d’administration (sk_…)').fill(ADMIN);
    await page.getByLabel('Nom de la clé du site').fill('coorace');
    await Promise.all([page.waitForURL(`${baseUrl}/admin/insights`), page.getByRole('button', { name: 'Afficher' }).click()]);
    await page.locator('#summary').waitFor();

    await expect(page.locator('#summary').innerText()).resolves.toBe('Du 2026-09-11 au 2026-12-03 : site « coorace »');
    expect(await page.locator('svg.chart').count()).toBe(3);
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(12);
    await expect(page.getByRole('row', { name: /Contrats déclarés/ }).innerText()).resolves.toMatch(/1$/);
    await expect(page.getByRole('row', { name: /plomberie/ }).innerText()).resolves.toMatch(/41$/);

    await page.addScriptTag({ path: axeSource });
    const results = (await page.evaluate(() =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      }),
    )) as AxeResults;
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).toEqual([]);

    await page.screenshot({ path: fileURLToPath(new URL('../docs/screenshot-insights.png', import.meta.url)), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1500 } });
    expect(errors).toEqual([]);
    await context.close();
  });
});
