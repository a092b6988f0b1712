/**
 * The procurement portal page: a tender notice with <inclusif-search> preset to the
 * tender's place (Rennes) and cleaning sectors, behind the Bretagne portal key.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { screenshots } from './support/browser.js';
import { usePages } from './support/suite.js';
import { announcedCount, cardIds, settled, supplierFromApi } from './support/widget.js';

const CLEANING = ['nettoyage-de-locaux-16', 'nettoyage-specifique-chantiers-parkings-6'];
const README_CLIP = { x: 0, y: 0, width: 1280, height: 1400 };
const INSERTION_KINDS = ['ACI', 'AI', 'EI', 'ETTI', 'EITI', 'GEIQ'];

const pages = usePages();
const baseUrl = inject('baseUrl');
const isSearch = (url: string) => new URL(url).pathname === '/v1/suppliers';

describe('the procurement portal page', () => {
  it('shows cleaning suppliers of Bretagne that can serve Rennes, as the tender presets, and says the data is synthetic', async () => {
    const { page, requests } = await pages.open('/portal.html');
    const ids = await cardIds(page);
    const params = requests.find((url) => isSearch(url.href))!.searchParams;
    expect(params.getAll('serves').join(',')).toBe('commune:35238');
    expect(params.getAll('sector').join(',').split(',').sort()).toEqual([...CLEANING].sort());

    expect(ids.length).toBe(10);
    expect(await announcedCount(page)).toBeGreaterThan(10);
    for (const id of ids) {
      const supplier = await supplierFromApi(baseUrl, id);
      expect(supplier.address.region).toBe('53');
      expect(supplier.activities.some((activity) => CLEANING.includes(activity.sector))).toBe(true);
    }
    await expect(page.locator('.synthetic-notice').innerText()).resolves.toMatch(/données synthétiques/);

    await screenshots(page, 'portal');
    // The README's picture: the top of the portal as a visitor first sees it, the tender and the first suppliers.
    mkdirSync(fileURLToPath(new URL('../docs', import.meta.url)), { recursive: true });
    await page.screenshot({ path: fileURLToPath(new URL('../docs/screenshot-portal.png', import.meta.url)), fullPage: true, clip: README_CLIP });
  });

  it('suggests places as the buyer types, and a place chosen with the keyboard replaces Rennes', async () => {
    const { page } = await pages.open('/portal.html');
    await settled(page);
    const input = page.locator('inclusif-search [part="input"]');
    await input.fill('saint-malo');
    const place = page.locator('inclusif-search [role="option"]', { hasText: /Saint-Malo \(35400\)/ });
    await place.first().waitFor();
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');

    const options = await page.locator('inclusif-search [role="option"]').allInnerTexts();
    const index = options.findIndex((text) => /Saint-Malo \(35400\)/.test(text));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let step = 0; step <= index; step++) await input.press('ArrowDown');
    await expect(page.locator('inclusif-search [part~="option-active"]').innerText()).resolves.toMatch(/Saint-Malo/);
    const searched = page.waitForRequest((r) => isSearch(r.url()) && new URL(r.url()).searchParams.get('serves') === 'commune:35288');
    await input.press('Enter');
    await searched;

    await expect(page.locator('inclusif-search [part~="chip"]').first().innerText()).resolves.toMatch(/Saint-Malo/);
    expect((await cardIds(page)).length).toBeGreaterThan(0);
  });

  it('refines by family and pages through the results', async () => {
    const { page } = await pages.open('/portal.html');
    const all = await announcedCount(page);
    await page.locator('inclusif-search [data-facet="kind"] label', { hasText: /Insertion/ }).first().click();
    const insertion = await announcedCount(page);
    expect(insertion).toBeGreaterThan(0);
    expect(insertion).toBeLessThan(all);
    const firstPage = await cardIds(page);
    for (const kind of await page.locator('inclusif-search [part="badge"]').allTextContents()) expect(INSERTION_KINDS).toContain(kind);

    await page.locator('inclusif-search [part="page-next"]').click();
    // What the buyer sees once the second page is in: the status names it.
    await page.locator('inclusif-search [part="status"]', { hasText: /· Page 2 sur/ }).waitFor();
    const secondPage = await cardIds(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    expect(await announcedCount(page)).toBe(insertion);
    expect(new URL(page.url()).searchParams.get('is_page')).toBe('2');
  });

  it('opens a supplier card with its details, and goes back to the results', async () => {
    const { page } = await pages.open('/portal.html');
    const [id] = await cardIds(page);
    const supplier = await supplierFromApi(baseUrl, id!);
    await page.locator('inclusif-search [part="card-open"]').first().click();
    const detail = page.locator('inclusif-search [part~="detail"]');
    await detail.waitFor();
    await expect(detail.locator('h2').innerText()).resolves.toContain(supplier.brand ?? supplier.name);
    await expect(detail.innerText()).resolves.toContain(supplier.address.city);
    await screenshots(page, 'portal-card');

    await page.locator('inclusif-search [part="back"]').click();
    await page.locator('inclusif-search [part~="card"][data-supplier]').first().waitFor();
    expect(await detail.count()).toBe(0);
  });
});
