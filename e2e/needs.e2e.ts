/**
 * The needs flow end to end, in Chromium against the real server, its database (PGlite
 * in a temporary data dir) and a real SMTP server on loopback: a buyer posts a need from
 * the portal page's widget, confirms it through the link the mail brings, a supplier
 * answers "Intéressé" through its own mail, and the buyer's follow-up page lists it.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { NeedFollowUp } from '../sdk/src/types.js';
import { axeViolations } from './support/axe.js';
import { DESKTOP, MOBILE, resized } from './support/browser.js';
import { linksIn, waitForMail } from './support/mailbox.js';
import { usePages } from './support/suite.js';
import { settled } from './support/widget.js';

const pages = usePages();
const baseUrl = inject('baseUrl');
const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));

/** A deadline a month ahead, as a date input takes it. */
const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const buyer = { name: 'Camille Martin', organisation: 'Ville de Rennes (fictif)', email: 'camille.martin@acheteur.example' };
const title = 'Nettoyage des vitres de la médiathèque';

const dialog = (page: Page) => page.locator('inclusif-need-dialog dialog');
const field = (page: Page, id: string) => page.locator(`inclusif-need-dialog #${id}`);

/** Sends the page to a link of a mail; the link must stay on the server under test. */
async function follow(page: Page, link: URL) {
  expect(link.origin).toBe(new URL(baseUrl).origin);
  await page.goto(link.href);
}

describe('a need, from the portal page to the suppliers and back', () => {
  it('is posted from the widget, confirmed by mail, answered by a supplier and followed by the buyer', async () => {
    const { page, requests } = await pages.open('/portal.html');
    await settled(page);
    // The bundle imports the dialog's copy named by its content (a pinned bundle loads its own dialog).
    const dialogFile = () => requests.filter((url) => /^\/dist\/inclusif-need-dialog\.[0-9a-f]{12}\.js$/.test(url.pathname));
    expect(dialogFile()).toEqual([]);

    // 1. The buyer opens the dialog from the results (its file fetched only now, beside the
    // bundle), prefilled with the tender's place and sectors.
    await page.locator('inclusif-search [part="need-open"]').click();
    await dialog(page).waitFor();
    expect(dialogFile()).toHaveLength(1);
    await expect(field(page, 'need-place').inputValue()).resolves.toBe('commune:35238');
    await expect(field(page, 'need-place').locator('option:checked').innerText()).resolves.toBe('Rennes');
    await expect(page.locator('inclusif-need-dialog input[type="checkbox"]:checked').count()).resolves.toBe(2);
    expect(await axeViolations(page, [['inclusif-search', 'inclusif-need-dialog']])).toEqual([]);

    // Posting an empty form: errors tied to their fields, and still no violation.
    await page.locator('inclusif-need-dialog [part="submit"]').click();
    await expect(field(page, 'need-title').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page, [['inclusif-search', 'inclusif-need-dialog']])).toEqual([]);

    await field(page, 'need-title').fill(title);
    await field(page, 'need-description').fill('Vitres intérieures et extérieures, 800 m², deux passages par an.');
    await field(page, 'need-deadline').fill(deadline);
    await field(page, 'need-amount').selectOption('5-10K');
    await field(page, 'need-buyer-name').fill(buyer.name);
    await field(page, 'need-buyer-organisation').fill(buyer.organisation);
    await field(page, 'need-buyer-email').fill(buyer.email);
    // The README's pictures show what the search prefilled: the sectors and the place.
    await page.locator('inclusif-need-dialog fieldset.checks legend').first().evaluate((legend) => legend.scrollIntoView({ block: 'start' }));
    await resized(page, DESKTOP);
    await page.screenshot({ path: docs('screenshot-need-dialog.png') });
    await resized(page, MOBILE);
    await page.screenshot({ path: docs('screenshot-need-dialog-mobile.png') });
    await resized(page, DESKTOP);

    const posted = page.evaluate(
      () => new Promise<unknown>((resolve) => document.addEventListener('inclusif-need', (event) => resolve((event as CustomEvent).detail), { once: true })),
    );
    await page.locator('inclusif-need-dialog [part="submit"]').click();
    const { need } = (await posted) as { need: { id: string; status: string; recipients: { found: number; withEmail: number } } };
    expect(need.status).toBe('unconfirmed');
    expect(need.recipients.found).toBeGreaterThan(0);
    await expect(page.locator('inclusif-need-dialog .sent').innerText()).resolves.toContain(buyer.email);

    // 2. The confirmation mail: its link confirms, and only then do suppliers hear of the need.
    const confirmation = await waitForMail((mail) => mail.to.includes(buyer.email) && linksIn(mail, /\/confirm$/).length > 0);
    const [confirmLink] = linksIn(confirmation, new RegExp(`/needs/${need.id}/confirm$`));
    const [followLink] = linksIn(confirmation, new RegExp(`/needs/${need.id}/follow$`));
    await follow(page, confirmLink!);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Confirmer et envoyer/ }).click();
    await page.getByRole('heading', { name: /Besoin confirmé/ }).waitFor();

    // 3. A supplier's mail: "Intéressé", on the page its own link opens.
    const toSupplier = await waitForMail((mail) => linksIn(mail, new RegExp(`/needs/${need.id}/answer$`)).length > 0);
    await follow(page, linksIn(toSupplier, /\/answer$/)[0]!);
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/^Intéressé/).check();
    await page.getByLabel(/Message à l'acheteur/).fill('Disponibles dès le mois prochain.');
    await page.getByRole('button', { name: /Envoyer ma réponse/ }).click();
    await page.waitForURL((url) => url.pathname === `/needs/${need.id}/answer`);

    // 4. The buyer's follow-up lists the supplier that answered, with its message.
    const response = await fetch(`${baseUrl}/v1/needs/${need.id}?token=${encodeURIComponent(followLink!.searchParams.get('token')!)}`);
    const followed = ((await response.json()) as NeedFollowUp).need;
    expect(followed.recipients.interested).toBe(1);
    expect(followed.interested.map((supplier) => supplier.email)).toEqual(toSupplier.to);
    await follow(page, followLink!);
    const interested = followed.interested[0]!;
    await expect(page.locator('main').innerText()).resolves.toContain(interested.brand ?? interested.name);
    await expect(page.locator('main').innerText()).resolves.toContain('Disponibles dès le mois prochain.');
    expect(await axeViolations(page)).toEqual([]);
    // The top of the page: the counts, the interested supplier and the first of those without e-mail.
    await page.screenshot({ path: docs('screenshot-need-follow-up.png'), fullPage: true, clip: { x: 0, y: 0, ...DESKTOP, height: 1100 } });
    await resized(page, MOBILE);
    // On a phone the lists fit the screen: nothing to scroll sideways, long addresses wrap.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
    await page.screenshot({ path: docs('screenshot-need-follow-up-mobile.png'), fullPage: true, clip: { x: 0, y: 0, ...MOBILE, height: 1600 } });
  });
});
