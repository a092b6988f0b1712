/**
 * Reading and driving <inclusif-search> from a test, through its shadow root the way a
 * user would (Playwright's CSS locators pierce open shadow roots).
 */
import type { Page } from 'playwright-core';
import type { Supplier } from '../../sdk/src/types.js';

/**
 * Waits until the element has rendered the search now in force. A frame first: a click
 * Playwright has just sent may not have reached its handler yet when this script runs
 * on a loaded machine, and the browser handles pending input before it renders a frame.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type Widget = HTMLElement & { updateComplete: Promise<boolean>; searchComplete: Promise<unknown> };
    const widget = document.querySelector('inclusif-search') as Widget;
    await new Promise(requestAnimationFrame);
    await widget.updateComplete;
    await widget.searchComplete;
    await widget.updateComplete;
  });
}

/** The ids of the supplier cards shown, in order. */
export async function cardIds(page: Page): Promise<string[]> {
  await settled(page);
  return page.locator('inclusif-search [part~="card"][data-supplier]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-supplier')!));
}

/** The announced count ("270 fournisseurs"), as a number. */
export async function announcedCount(page: Page): Promise<number> {
  await settled(page);
  const text = await page.locator('inclusif-search [part="status"]').innerText();
  // "1 234 fournisseurs trouvés · Page 2 sur 5": the count is before the page.
  return Number(text.split('·')[0]!.replace(/\D/g, ''));
}

/** A supplier as the API gives it, asked from the test (no key: the open server sees all). */
export async function supplierFromApi(baseUrl: string, id: string): Promise<Supplier> {
  const response = await fetch(`${baseUrl}/v1/suppliers/${encodeURIComponent(id)}`);
  if (!response.ok) throw new Error(`GET /v1/suppliers/${id}: ${response.status}`);
  return (await response.json()) as Supplier;
}
