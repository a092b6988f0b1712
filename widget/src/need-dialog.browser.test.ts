/// <reference types="mocha" />
import { createClient } from '../../sdk/src/index.js';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi, needCreated, supplier } from '../test/fake-api.js';
import { $, $$, cleanup, mount, oneEvent } from '../test/fixture.js';
import { dialogElement, fill, fillRequired, inDialog, modal, openWith, submit, untilIn } from '../test/need-fixture.js';
import type { InclusifSearch } from './search.js';

afterEach(cleanup);

const axe = (window as unknown as { axe: { run: (context: Element, options: RunOptions) => Promise<AxeResults> } }).axe;

/** What axe finds wrong in the need dialog (WCAG 2.1 A and AA, best practices). */
async function violations(el: InclusifSearch) {
  const results = await axe.run(dialogElement(el)!, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

const ctaButton = (el: InclusifSearch) => $(el, '[part="need-open"]')!;
/** The element that has focus, through the shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A search with Lyon chosen as the place, as the URL would restore it, and a sector and a kind chosen. */
async function searchInLyon(api = fakeApi()) {
  history.replaceState(null, '', '?is_serves=commune:69123&is_placeName=Lyon&is_sector=traiteur&is_kind=EI');
  const el = await mount(api.client(), { 'url-state': '' });
  history.replaceState(null, '', location.pathname);
  return { el, api };
}

describe('<inclusif-search> "Publier un besoin"', () => {
  it('is offered under the results and in the empty state, and not with needs="off"', async () => {
    const el = await mount(fakeApi().client());
    expect($(el, '.results > .need-cta')!.textContent).to.contain('Publier un besoin');
    const empty = await mount(fakeApi({ suppliers: [] }).client());
    expect($(empty, '.empty .need-cta button')!.textContent!.trim()).to.equal('Publier un besoin');
    const off = await mount(fakeApi().client(), { needs: 'off' });
    expect($(off, '.need-cta')).to.equal(null);
  });

  it('opens a modal dialog with focus on its title, prefilled from the search', async () => {
    const { el } = await searchInLyon();
    await openWith(el, ctaButton(el));
    expect(modal(el)!.open).to.equal(true);
    expect(modal(el)!.matches(':modal')).to.equal(true);
    expect(deepActive()!.id).to.equal('need-dialog-title');
    expect(inDialog(el, '[part="privacy"]')!.textContent).to.contain('Vos coordonnées servent uniquement à ce besoin');
    expect(inDialog<HTMLSelectElement>(el, '#need-place')!.value).to.equal('commune:69123');
    expect(inDialog<HTMLSelectElement>(el, '#need-place')!.selectedOptions[0]!.textContent).to.equal('Lyon');
    const checked = [...dialogElement(el)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')];
    expect(checked.map((box) => box.parentElement!.textContent!.trim())).to.deep.equal(['Traiteur', 'Entreprise d’insertion']);
  });

  it('names the site’s preset commune as the place, and takes its sectors', async () => {
    const el = await mount(fakeApi().client(), { serves: 'commune:69123', sectors: 'blanchisserie' });
    await openWith(el, ctaButton(el));
    const place = inDialog<HTMLSelectElement>(el, '#need-place')!;
    expect([place.value, place.selectedOptions[0]!.textContent]).to.deep.equal(['commune:69123', 'Lyon']);
    expect(inDialog(el, 'input[type="checkbox"]:checked')!.parentElement!.textContent!.trim()).to.equal('Blanchisserie');
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const el = await mount(fakeApi().client());
    await openWith(el, ctaButton(el));
    await sendKeys({ press: 'Escape' });
    await untilIn(dialogElement(el)!.shadowRoot!, () => !modal(el)!.open);
    expect(deepActive()).to.equal(ctaButton(el));
  });

  it('keeps focus inside while open: Tab from the last control goes to the first', async () => {
    const el = await mount(fakeApi().client());
    await openWith(el, ctaButton(el));
    inDialog(el, 'button[type="submit"]')!.focus();
    await sendKeys({ press: 'Tab' });
    // The browser's own UI may take a turn in between; the page behind never does.
    if (!dialogElement(el)!.shadowRoot!.contains(deepActive())) await sendKeys({ press: 'Tab' });
    expect(dialogElement(el)!.shadowRoot!.contains(deepActive())).to.equal(true);
  });

  it('announces errors, ties each to its field and moves focus to the first', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    await openWith(el, ctaButton(el));
    fill(el, 'need-buyer-email', 'camille@');
    await submit(el);
    expect(api.needs).to.have.length(0);
    expect(inDialog(el, '[role="alert"]')!.textContent).to.contain('9 champs à corriger');
    const title = inDialog(el, '#need-title')!;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const described = title.getAttribute('aria-describedby')!.split(' ').map((id) => inDialog(el, `#${id}`)!.textContent);
    expect(described).to.include('Ce champ est obligatoire.');
    const email = inDialog(el, '#need-buyer-email')!;
    expect(inDialog(el, `#${email.getAttribute('aria-describedby')!.split(' ').at(-1)}`)!.textContent).to.contain('adresse e-mail valide');
    expect(deepActive()).to.equal(title);
    // Fixed, a field loses its error at once.
    fill(el, 'need-title', 'Plateaux-repas');
    await dialogElement(el)!.updateComplete;
    expect(title.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('puts the API’s 400 under the field it names, and focuses it', async () => {
    const body = { error: { code: 'invalid_body', message: 'Domaine de messagerie refusé', details: { parameter: 'buyer.email' } }, requestId: 'r' };
    const el = await mount(fakeApi({ needAnswer: () => ({ status: 400, body }) }).client());
    await openWith(el, ctaButton(el));
    await fillRequired(el);
    fill(el, 'need-place', 'nationwide');
    fill(el, 'need-sectors', 'traiteur');
    await submit(el);
    const email = inDialog(el, '#need-buyer-email')!;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(inDialog(el, '#need-buyer-email-error')!.textContent).to.equal('Refusé par le service : Domaine de messagerie refusé');
    expect(deepActive()).to.equal(email);
  });

  it('posts the need, says to check the mailbox with the recipient counts, and fires inclusif-need', async () => {
    const { el, api } = await searchInLyon();
    await openWith(el, ctaButton(el));
    await fillRequired(el);
    const posted = oneEvent(document, 'inclusif-need');
    await submit(el);
    const event = await posted;
    expect(event.detail).to.deep.equal({ need: needCreated.need });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(api.needs[0]).to.deep.include({ kind: 'QUOTE', sectors: ['traiteur'], places: ['commune:69123'], kinds: ['EI'], amount: '1-5K' });
    expect(api.needs[0]!.buyer).to.deep.equal({ name: 'Camille Martin', organisation: 'Ville de Lyon', email: 'camille.martin@example.org' });
    expect(api.needs[0]).to.not.have.property('homepage');
    const sent = inDialog(el, '.sent')!;
    expect(inDialog(el, 'h2')!.textContent).to.equal('Vérifiez votre boîte mail');
    expect(sent.textContent).to.contain('camille.martin@example.org').and.to.contain('12 fournisseurs, dont 9 par e-mail');
    expect(deepActive()).to.equal(inDialog(el, 'h2'));
  });

  it('says it is sending while the API answers, and a second click posts nothing more', async () => {
    let answer!: () => void;
    const api = fakeApi({ needAnswer: () => new Promise((resolve) => (answer = () => resolve({ status: 201, body: needCreated }))) });
    const { el } = await searchInLyon(api);
    await openWith(el, ctaButton(el));
    await fillRequired(el);
    const button = inDialog(el, 'button[type="submit"]')!;
    button.click();
    await dialogElement(el)!.updateComplete;
    expect([button.getAttribute('aria-disabled'), button.textContent!.trim()]).to.deep.equal(['true', 'Envoi en cours…']);
    button.click();
    await dialogElement(el)!.updateComplete;
    answer();
    await untilIn(dialogElement(el)!.shadowRoot!, () => inDialog(el, '.sent') !== null);
    expect(api.needs).to.have.length(1);
  });

  it('hides its honeypot from people and assistive technologies, and sends what a robot put in it', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { lang: 'en' });
    await openWith(el, ctaButton(el));
    const trap = inDialog<HTMLInputElement>(el, '#need-homepage')!;
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getBoundingClientRect().right).to.be.below(0);
    await fillRequired(el);
    fill(el, 'need-place', 'region:84');
    fill(el, 'need-sectors', 'blanchisserie');
    fill(el, 'need-homepage', 'http://spam.example');
    await submit(el);
    expect(api.needs[0]).to.deep.include({ homepage: 'http://spam.example', locale: 'en', places: ['region:84'], sectors: ['blanchisserie'] });
  });

  it('has no axe violations open, with errors shown, and in English', async () => {
    const el = await mount(fakeApi().client());
    await openWith(el, ctaButton(el));
    expect(await violations(el)).to.deep.equal([]);
    await submit(el);
    expect(await violations(el)).to.deep.equal([]);
    const en = await mount(fakeApi().client(), { lang: 'en' });
    await openWith(en, ctaButton(en));
    expect(inDialog(en, 'h2')!.textContent).to.equal('Post a need');
    expect(await violations(en)).to.deep.equal([]);
  });
});

describe('<inclusif-search> supplier sheet contacts', () => {
  const reachable = supplier('r1', {
    name: 'ATELIER RELAIS',
    website: 'atelier-relais.example.org',
    contact: { email: 'contact@atelier-relais.example.org', phone: '04 78 00 00 00' },
  });
  const unreachable = supplier('u1', { name: 'ESAT SANS CONTACT', kind: 'ESAT' });

  async function sheet(of: typeof reachable, attributes: Record<string, string> = {}) {
    const el = await mount(fakeApi({ suppliers: [of] }).client(), attributes);
    $(el, '.card .open')!.click();
    await el.updateComplete;
    return el;
  }

  it('are real links: mailto with a subject naming the site, tel, the website in a new tab', async () => {
    const el = await sheet(reachable, { 'site-name': 'Marchés de la Métropole' });
    const [mail, tel, web] = $$<HTMLAnchorElement>(el, '.contact a');
    expect(mail!.href).to.equal('mailto:contact@atelier-relais.example.org?subject=Demande%20de%20contact%20via%20March%C3%A9s%20de%20la%20M%C3%A9tropole');
    expect(tel!.href).to.equal('tel:0478000000');
    expect([web!.href, web!.target, web!.rel]).to.deep.equal(['https://atelier-relais.example.org/', '_blank', 'noopener noreferrer']);
  });

  it('counts each in the site\'s insights: POST /v1/events with the supplier id and the channel only', async () => {
    const api = fakeApi({ suppliers: [reachable] });
    let posted: (post: { url: string; body: unknown }) => void;
    const post = new Promise<{ url: string; body: unknown }>((resolve) => (posted = resolve));
    const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (init.method !== 'POST') return api.fetch(input, init);
      posted({ url: String(input), body: JSON.parse(String(init.body)) });
      return new Response('{"recorded":true}', { status: 202, headers: { 'content-type': 'application/json' } });
    };
    const el = await mount(createClient({ baseUrl: 'https://api.test', fetch, maxRetries: 0 }));
    $(el, '.card .open')!.click();
    await el.updateComplete;
    const stay = (event: Event) => event.preventDefault();
    window.addEventListener('click', stay, { capture: true });
    $$<HTMLAnchorElement>(el, '.contact a')[1]!.click();
    window.removeEventListener('click', stay, { capture: true });
    expect(await post).to.deep.equal({ url: 'https://api.test/v1/events', body: { type: 'contact', supplierId: 'r1', channel: 'phone' } });
  });

  it('each tells the host which channel the buyer used, with the supplier', async () => {
    const el = await sheet(reachable);
    const contacts: { id: string; channel: string; crosses: boolean }[] = [];
    el.addEventListener('inclusif-contact', (event) =>
      contacts.push({ id: event.detail.supplier.id, channel: event.detail.channel, crosses: event.bubbles && event.composed }),
    );
    // The test page stays where it is: the click is only counted.
    const stay = (event: Event) => event.preventDefault();
    window.addEventListener('click', stay, { capture: true });
    for (const link of $$(el, '.contact a')) link.click();
    window.removeEventListener('click', stay, { capture: true });
    expect(contacts).to.deep.equal([
      { id: 'r1', channel: 'email', crosses: true },
      { id: 'r1', channel: 'phone', crosses: true },
      { id: 'r1', channel: 'website', crosses: true },
    ]);
  });

  it('have one primary action at most, at least 44 px high', async () => {
    for (const el of [await sheet(reachable), await sheet(unreachable)]) {
      const actions = $$(el, '.detail .contact .cta');
      expect(actions.filter((action) => !action.classList.contains('secondary'))).to.have.length(1);
      for (const action of [...actions, ...$$(el, '.need-cta button')]) expect(action.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('offer "Demander un devis" as the way in for a supplier without a public contact: a need to that supplier', async () => {
    const api = fakeApi({ suppliers: [unreachable] });
    const el = await mount(api.client());
    $(el, '.card .open')!.click();
    await el.updateComplete;
    const quote = $(el, '.contact .quote')!;
    expect(quote.textContent!.trim()).to.equal('Demander un devis');
    expect(quote.classList.contains('secondary')).to.equal(false);
    await openWith(el, quote);
    expect(inDialog(el, 'h2')!.textContent).to.equal('Demander un devis à ESAT SANS CONTACT');
    expect(inDialog(el, '#need-place')).to.equal(null);
    await fillRequired(el);
    await submit(el);
    expect(api.needs[0]).to.deep.include({ supplierIds: ['u1'], sectors: [] });
    expect(inDialog(el, '.sent')!.textContent).to.contain('votre demande lui sera transmise');
  });

  it('without needs, a supplier without a public contact offers nothing to click', async () => {
    const el = await sheet(unreachable, { needs: 'off' });
    expect($(el, '.contact')).to.equal(null);
  });
});
