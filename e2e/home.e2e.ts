/** The demo's home page: it says the data is synthetic and every link it gives works. */
import { describe, expect, inject, it } from 'vitest';
import { screenshots } from './support/browser.js';
import { usePages } from './support/suite.js';

const pages = usePages();

describe('the home page', () => {
  it('links to every demo page and the API reference, all served', async () => {
    const { page } = await pages.open('/');
    await expect(page.locator('.synthetic-notice').innerText()).resolves.toMatch(/Données de démonstration synthétiques[\s\S]*Synthetic demo data/);
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    expect(links).toEqual(expect.arrayContaining(['/portal.html', '/federation.html', '/sdk.html', '/instantsearch.html', '/docs']));
    for (const path of new Set(links)) {
      const response = await fetch(new URL(path, inject('baseUrl')));
      expect(response.status, path).toBe(200);
    }
    await screenshots(page, 'home');
  });

  it('says on every demo page, in French then English, that the data is synthetic', async () => {
    for (const path of ['/portal.html', '/federation.html', '/sdk.html', '/instantsearch.html']) {
      const html = await (await fetch(new URL(path, inject('baseUrl')))).text();
      const note = /<div class="[^"]*" role="note">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
      expect(note, path).toMatch(/synthétiques[\s\S]*lang="en"[\s\S]*synthetic/i);
    }
  });
});
