/** The SDK page: a custom UI over achat-inclusif/sdk alone, loaded through an import map. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshots } from './support/browser.js';
import { usePages } from './support/suite.js';

const pages = usePages();
const isSearch = (url: string) => new URL(url).pathname === '/v1/suppliers';

/** Runs what makes the page search, and waits until it has shown the answer. */
async function searched(page: Page, action: () => Promise<unknown>): Promise<URLSearchParams> {
  const [response] = await Promise.all([page.waitForResponse((r) => isSearch(r.url()) && r.ok()), action()]);
  await page.waitForFunction(() => !document.querySelector('#search')!.hasAttribute('aria-busy'));
  return new URL(response.url()).searchParams;
}

const shownIds = (page: Page) => page.locator('#results li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.supplier!));
const shownCount = async (page: Page) => Number((await page.locator('#status').innerText()).split('fournisseur')[0]!.replace(/\D/g, ''));

describe('the SDK page', () => {
  it('lists suppliers, searches as the user types and filters by family and place', async () => {
    const { page } = await pages.open('/sdk.html');
    await page.locator('#results li').nth(19).waitFor();
    const all = await shownCount(page);
    expect(all).toBeGreaterThan(1000);

    const typed = await searched(page, () => page.locator('#q').fill('jardin'));
    expect(typed.get('q')).toBe('jardin');
    const jardin = await shownCount(page);
    expect(jardin).toBeLessThan(all);

    const family = await searched(page, () => page.locator('#family').selectOption('handicap'));
    expect(family.get('family')).toBe('handicap');
    for (const kind of await page.locator('#results .kind').allInnerTexts()) expect(['EA', 'EATT', 'ESAT']).toContain(kind);

    const place = await searched(page, () => page.locator('#department').selectOption('35'));
    expect(place.getAll('serves')).toEqual(['department:35']);
    expect(await shownCount(page)).toBeLessThanOrEqual(jardin);
    await screenshots(page, 'sdk');
  });

  it('loads more results below the first ones', async () => {
    const { page } = await pages.open('/sdk.html');
    await page.locator('#results li').nth(19).waitFor();
    const first = await shownIds(page);
    const params = await searched(page, () => page.locator('#more').click());
    expect(params.get('page')).toBe('2');
    const now = await shownIds(page);
    expect(now.length).toBe(40);
    expect(now.slice(0, 20)).toEqual(first);
    expect(new Set(now).size).toBe(40);
  });

  it('shows the API error the SDK reports for an invalid request', async () => {
    const demo = await pages.open('/sdk.html');
    const { page } = demo;
    // The request is invalid on purpose: Chromium logs the 400 it gets.
    demo.expectProblem(/status of 400|HTTP 400: .*perPage=500/);
    await page.locator('#results li').first().waitFor();
    await page.locator('#fail').click();
    const error = page.locator('#error');
    await error.waitFor();
    await expect(error.innerText()).resolves.toMatch(/invalid_parameter \(400\)/);
    await expect(error.getAttribute('role')).resolves.toBe('alert');
  });
});
