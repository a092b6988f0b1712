/**
 * The federation page: the widget with the demo federation key, scoped on the server
 * to the Coorace network. Whatever the visitor does, no non-member may ever show.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createClient } from '../sdk/src/index.js';
import type { SearchResponse, SuggestResponse, Supplier } from '../sdk/src/types.js';
import { screenshots } from './support/browser.js';
import { usePages } from './support/suite.js';
import { announcedCount, cardIds, supplierFromApi } from './support/widget.js';

const NETWORK = 'coorace';
const pages = usePages();
const baseUrl = inject('baseUrl');

/** Every supplier id the page received from the API, as search hits and as suggestions. */
function receivedSuppliers(page: Page): () => Promise<{ hits: string[]; suggested: string[] }> {
  const hits: Promise<string[]>[] = [];
  const suggested: Promise<string[]>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path === '/v1/suppliers') hits.push(response.json().then((body: SearchResponse) => body.hits.map((hit) => hit.supplier.id)));
    if (path === '/v1/suggest') {
      suggested.push(
        response.json().then((body: SuggestResponse) => body.suggestions.flatMap((suggestion) => (suggestion.type === 'supplier' ? [suggestion.id] : []))),
      );
    }
  });
  return async () => ({ hits: (await Promise.all(hits)).flat(), suggested: (await Promise.all(suggested)).flat() });
}

/** Every member's id, asked from the open API page by page (one request per supplier would hit the rate limit). */
async function memberIds(): Promise<Set<string>> {
  const client = createClient({ baseUrl, cache: false });
  const ids = new Set<string>();
  for await (const { supplier } of client.searchAll({ networks: [NETWORK] })) ids.add(supplier.id);
  return ids;
}

async function expectMembers(ids: string[]): Promise<void> {
  const members = await memberIds();
  expect(members.size).toBeGreaterThan(1000);
  expect(ids.filter((id) => !members.has(id))).toEqual([]);
}

/** A supplier outside the network, found with no key (the open server sees everyone). */
async function nonMember(): Promise<Supplier> {
  const response = await fetch(`${baseUrl}/v1/suppliers?network=chantier-ecole&perPage=100`);
  const { hits } = (await response.json()) as SearchResponse;
  const outsider = hits.find((hit) => !hit.supplier.networks.includes(NETWORK));
  if (!outsider) throw new Error('the demo data has no chantier-ecole supplier outside coorace');
  return outsider.supplier;
}

describe('the federation page', () => {
  it('shows only members of its network, whatever the visitor searches or refines', async () => {
    const { page } = await pages.open('/federation.html');
    const received = receivedSuppliers(page);
    const shown: string[] = [];
    shown.push(...(await cardIds(page)));
    expect(shown.length).toBe(12);
    await screenshots(page, 'federation');

    // A non-member searched by its own name, with suggestions open.
    const outsider = await nonMember();
    const input = page.locator('inclusif-search [part="input"]');
    await input.fill(outsider.brand ?? outsider.name);
    const found = await cardIds(page);
    expect(found).not.toContain(outsider.id);
    shown.push(...found);

    // A word many suppliers share, members or not: the suggestions must hold members only.
    await input.fill('cocagne');
    await page.locator('inclusif-search [role="option"]').first().waitFor();
    shown.push(...(await cardIds(page)));

    await input.fill('');
    await page.locator('inclusif-search [data-facet="network"] summary').click();
    // Members of Coorace may belong to other networks too: narrowing to one keeps them members.
    await page.locator('inclusif-search [data-facet="network"] label', { hasText: 'Chantier Ecole' }).click();
    shown.push(...(await cardIds(page)));
    await page.locator('inclusif-search [part="page-next"]').click();
    shown.push(...(await cardIds(page)));

    const { hits, suggested } = await received();
    expect(suggested.length).toBeGreaterThan(0);
    expect([...hits, ...suggested]).not.toContain(outsider.id);
    await expectMembers([...shown, ...hits, ...suggested]);
  });

  it('counts the members only, and a member opens on its card', async () => {
    const { page } = await pages.open('/federation.html');
    const members = (await (await fetch(`${baseUrl}/v1/suppliers?network=${NETWORK}&perPage=1`)).json()) as SearchResponse;
    expect(await announcedCount(page)).toBe(members.found);

    const id = (await cardIds(page))[2]!;
    const supplier = await supplierFromApi(baseUrl, id);
    await page.locator('inclusif-search [part="card-open"]').nth(2).click();
    const detail = page.locator('inclusif-search [part~="detail"]');
    await detail.waitFor();
    await expect(detail.locator('h2').innerText()).resolves.toContain(supplier.brand ?? supplier.name);
    expect(supplier.networks).toContain(NETWORK);
    await screenshots(page, 'federation-card');
  });
});
