/** The InstantSearch page: InstantSearch.js and typesense-instantsearch-adapter over the gateway. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshots } from './support/browser.js';
import { usePages } from './support/suite.js';

const pages = usePages();

const hitIds = (page: Page) => page.locator('#hits article').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.supplier!));
const count = async (page: Page) => Number((await page.locator('#stats').innerText()).split('/')[0]!.replace(/\D/g, ''));

/** Runs what makes InstantSearch search, and waits until the hits shown have changed. */
async function searched(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = (await hitIds(page)).join();
  const stats = await page.locator('#stats').innerText();
  await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/typesense/multi_search' && r.ok()), action()]);
  await page.waitForFunction(
    ([ids, text]) =>
      [...document.querySelectorAll<HTMLElement>('#hits article')].map((item) => item.dataset.supplier).join() !== ids ||
      document.querySelector('#stats')!.textContent !== text,
    [before, stats] as const,
  );
}

describe('the InstantSearch page', () => {
  it('returns results through the gateway, refines by kind and network, and pages', async () => {
    const { page } = await pages.open('/instantsearch.html');
    await page.locator('#hits article').first().waitFor();
    const all = await count(page);
    expect(all).toBeGreaterThan(1000);
    expect((await hitIds(page)).length).toBe(20);
    await screenshots(page, 'instantsearch');

    await searched(page, () => page.locator('#kind .ais-RefinementList-checkbox[value="ESAT"]').check());
    const esat = await count(page);
    expect(esat).toBeLessThan(all);
    for (const kind of await page.locator('#hits .kind').allInnerTexts()) expect(kind).toBe('ESAT');

    await searched(page, () => page.locator('#networks .ais-RefinementList-checkbox').first().check());
    const network = await page.locator('#networks .ais-RefinementList-checkbox').first().getAttribute('value');
    const networks = await page.locator('#hits article').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.networks!.split(' ')));
    expect(networks.length).toBeGreaterThan(0);
    for (const list of networks) expect(list).toContain(network);

    const firstPage = await hitIds(page);
    await searched(page, () => page.locator('#pagination .ais-Pagination-item--nextPage a').click());
    const secondPage = await hitIds(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
  });

  it('searches as the user types and highlights the match', async () => {
    const { page } = await pages.open('/instantsearch.html');
    await page.locator('#hits article').first().waitFor();
    const all = await count(page);
    await searched(page, () => page.locator('#searchbox input').fill('cocagne'));
    expect(await count(page)).toBeLessThan(all);
    const highlighted = await page.locator('#hits .ais-Highlight-highlighted').allInnerTexts();
    expect(highlighted.length).toBeGreaterThan(0);
    for (const text of highlighted) expect(text.toLowerCase()).toContain('cocagne');
  });
});
