/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '../../sdk/src/index.js';
import { fakeApi, supplier } from '../test/fake-api.js';
import { $, $$, cleanup, hitNames, mount, record, settled, statusText, until } from '../test/fixture.js';

afterEach(cleanup);

describe('<inclusif-search> searching', () => {
  it('searches on connect and announces the count in a status region', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { 'per-page': '10' });
    expect(hitNames(el)).to.deep.equal(['Le Bon Plat', 'SARL ATELIER 2N', 'ESAT DES MONTS']);
    expect(statusText(el)).to.equal('3 fournisseurs trouvés');
    expect(api.searches()[0]!.get('perPage')).to.equal('10');
  });

  it('speaks English with lang="en", plurals included', async () => {
    const api = fakeApi({ suppliers: [supplier('z1')] });
    const el = await mount(api.client(), { lang: 'en' });
    expect(statusText(el)).to.equal('1 supplier found');
    expect($(el, 'label')!.textContent).to.equal('Search for an inclusive supplier');
  });

  it('searches as the buyer types from the second letter, and fires inclusif-search with the request', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    const events = record(el, 'inclusif-search');
    $(el, 'input')!.focus();
    await sendKeys({ type: 'esat' });
    await settled(el);
    expect(hitNames(el)).to.deep.equal(['ESAT DES MONTS']);
    // One letter is not searched: no flash of "Aucun fournisseur trouvé".
    expect(events.map((event) => event.detail.q)).to.deep.equal([undefined, 'es', 'esa', 'esat']);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('does not fire inclusif-search for programmatic changes', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    const events = record(el, 'inclusif-search');
    el.query = 'atelier';
    el.setAttribute('kinds', 'EA,ESAT');
    await settled(el);
    expect(hitNames(el)).to.deep.equal(['SARL ATELIER 2N']);
    expect(api.searches().at(-1)!.get('kind')).to.equal('EA,ESAT');
    expect(events).to.have.length(0);
  });

  it('each keystroke aborts the search still running', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    api.hold();
    $(el, 'input')!.focus();
    await sendKeys({ type: 'abcd' });
    await el.updateComplete;
    const typed = api.requests.filter((r) => r.url.pathname === '/v1/suppliers' && r.url.searchParams.has('q'));
    expect(typed.map((r) => r.url.searchParams.get('q'))).to.deep.equal(['ab', 'abc', 'abcd']);
    expect(typed.map((r) => r.signal!.aborted)).to.deep.equal([true, true, false]);
    api.release();
    await settled(el);
    expect(statusText(el)).to.equal('Aucun fournisseur trouvé');
  });

  it('shows the loading indicator only once the delay has passed', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), {}, { loadingDelay: 60_000 });
    api.hold();
    el.query = 'traiteur';
    await el.updateComplete;
    expect(el.hasAttribute('loading'), 'before the delay').to.equal(false);
    api.release();
    await settled(el);

    el.loadingDelay = 0;
    api.hold();
    el.query = 'esat';
    await until(el, () => el.hasAttribute('loading'));
    expect(getComputedStyle($(el, '.loading')!).display).to.equal('block');
    api.release();
    await settled(el);
    expect(el.hasAttribute('loading')).to.equal(false);
  });
});

describe('<inclusif-search> first render', () => {
  /** Connected over `fetch`, without waiting for anything. */
  function attach(fetch: typeof globalThis.fetch, loadingDelay: number) {
    const element = document.createElement('inclusif-search');
    Object.assign(element, { client: createClient({ baseUrl: 'https://api.test', fetch, maxRetries: 0, cache: false }), loadingDelay });
    document.body.append(element);
    return element;
  }

  /**
   * Mounted with its first search held; `asked` resolves once the search is sent, which the
   * element does in its first update, just before rendering.
   */
  function mountHeld(loadingDelay: number) {
    const api = fakeApi();
    api.hold();
    let searchSent!: () => void;
    const asked = new Promise<void>((resolve) => (searchSent = resolve));
    const fetch: typeof globalThis.fetch = (input, init) => {
      if (String(input).includes('/v1/suppliers')) searchSent();
      return api.fetch(input, init);
    };
    return { api, element: attach(fetch, loadingDelay), asked };
  }

  it('shows nothing until the first answers, then the search box, results and named filters at once', async () => {
    const { api, element, asked } = mountHeld(60_000);
    await asked;
    expect($(element, 'input'), 'while the first search runs').to.equal(null);
    api.release();
    await settled(element);
    expect($(element, 'input[role="combobox"]')).not.to.equal(null);
    expect(hitNames(element)).to.have.length(3);
    expect($$(element, '[data-facet="kind"] .choice-label').map((label) => label.textContent!.trim())).to.include('Entreprise adaptée');
    element.remove();
  });

  it('resolves updateComplete once its frame is rendered, even when the taxonomy answers after the search', async () => {
    const api = fakeApi();
    let answerTaxonomy!: () => void;
    const taxonomyHeld = new Promise<void>((resolve) => (answerTaxonomy = resolve));
    let searchAnswered!: () => void;
    const answered = new Promise<void>((resolve) => (searchAnswered = resolve));
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (String(input).includes('/v1/taxonomy')) await taxonomyHeld;
      const response = await api.fetch(input, init);
      if (String(input).includes('/v1/suppliers')) searchAnswered();
      return response;
    };
    const element = attach(fetch, 60_000);
    const updated = element.updateComplete;
    await answered;
    await element.searchComplete;
    expect($(element, 'input'), 'the search is in, the taxonomy is not').to.equal(null);
    answerTaxonomy();
    await updated;
    expect(hitNames(element)).to.have.length(3);
    element.remove();
  });

  it('shows its frame, loading, when the first answer takes longer than the loading delay', async () => {
    const { api, element } = mountHeld(0);
    await until(element, () => $(element, 'input') !== null && element.hasAttribute('loading'));
    expect(getComputedStyle($(element, '.loading')!).display).to.equal('block');
    expect(hitNames(element)).to.deep.equal([]);
    api.release();
    await settled(element);
    expect(hitNames(element)).to.have.length(3);
    element.remove();
  });

  it('keeps its frame while later searches run', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), {}, { loadingDelay: 60_000 });
    api.hold();
    el.query = 'esat';
    await el.updateComplete;
    expect($(el, 'input')).not.to.equal(null);
    expect(hitNames(el), 'the last results stay while the next search runs').to.have.length(3);
    api.release();
    await settled(el);
    expect(hitNames(el)).to.deep.equal(['ESAT DES MONTS']);
  });
});

describe('<inclusif-search> refining and paging', () => {
  it('refines by kind with facet counts, and clears all filters', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    const events = record(el, 'inclusif-search');
    const ea = $$(el, '[data-facet="kind"] label').find((label) => label.textContent!.includes('Entreprise adaptée'))!;
    expect(ea.querySelector('.count')!.textContent).to.equal('1');
    ea.querySelector('input')!.click();
    await settled(el);
    expect(hitNames(el)).to.deep.equal(['SARL ATELIER 2N']);
    expect(events.at(-1)!.detail.kinds).to.deep.equal(['EA']);

    $(el, 'button.clear')!.click();
    await settled(el);
    expect(hitNames(el)).to.have.length(3);
    expect(events.at(-1)!.detail.kinds).to.equal(undefined);
    expect($(el, 'button.clear')).to.equal(null);
  });

  it('leaves out the values no result has once the counts are in', async () => {
    const el = await mount(fakeApi().client());
    const kinds = $$(el, '[data-facet="kind"] .families .choices .choice-label').map((label) => label.textContent!.trim());
    expect(kinds).to.deep.equal(['Entreprise d’insertion', 'Entreprise adaptée', 'ESAT']);
    expect(kinds).not.to.include('Atelier chantier d’insertion');
  });

  it('a family checkbox selects its kinds and shows mixed when some are chosen', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    const family = () => $$<HTMLInputElement>(el, '.families > li > label input')[1]!;
    family().click();
    await settled(el);
    expect(api.searches().at(-1)!.get('kind')).to.equal('EA,ESAT');
    expect(family().checked).to.equal(true);
    $$<HTMLInputElement>(el, '.families > li:nth-child(2) .choices input')[0]!.click();
    await settled(el);
    expect(family().indeterminate).to.equal(true);
  });

  it("a chosen sector group opens its sectors, whose counts are only asked for then", async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    const facetsAsked = () => api.searches().at(-1)!.get('facets')!.split(',');
    expect($$(el, '[data-facet="sectorGroup"] [role="group"]')).to.have.length(0);
    expect(facetsAsked()).to.include('sectorGroup').and.not.to.include('sector');
    // A closed group's options are rendered once the buyer opens it.
    expect($(el, '[data-facet="sectorGroup"] input')).to.equal(null);
    $(el, '[data-facet="sectorGroup"] summary')!.click();
    await until(el, () => $(el, '[data-facet="sectorGroup"] input') !== null);
    $<HTMLInputElement>(el, '[data-facet="sectorGroup"] input')!.click();
    await settled(el);
    expect(facetsAsked()).to.include('sector');
    const sectors = $(el, '[data-facet="sectorGroup"] [role="group"]')!;
    expect(sectors.textContent).to.contain('Traiteur');
    sectors.querySelector('input')!.click();
    await settled(el);
    expect(api.searches().at(-1)!.get('sector')).to.equal('traiteur');
  });

  it('pages through results', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { 'per-page': '2' });
    const events = record(el, 'inclusif-search');
    expect($(el, '[aria-current="page"]')!.textContent!.trim()).to.equal('1');
    $(el, '[part~="page-next"]')!.click();
    await settled(el);
    expect(hitNames(el)).to.deep.equal(['ESAT DES MONTS']);
    expect($(el, '[aria-current="page"]')!.getAttribute('aria-label')).to.equal('Page 2');
    // The page change is announced, and focus is on the first new result.
    expect(statusText(el)).to.equal('3 fournisseurs trouvés · Page 2 sur 2');
    expect(el.shadowRoot!.activeElement!.closest('[data-supplier]')!.getAttribute('data-supplier')).to.equal('a3');
    expect(events.at(-1)!.detail.page).to.equal(2);
    expect($<HTMLButtonElement>(el, '[part~="page-next"]')!.disabled).to.equal(true);
    $(el, '[part~="page-previous"]')!.click();
    await settled(el);
    expect(hitNames(el)).to.have.length(2);
  });

  it('folds the refinements behind a button when compact, opening a panel closed by "Voir N résultats"', async () => {
    const el = await mount(fakeApi().client(), { compact: '' });
    expect($(el, '[part="facets"]')).to.equal(null);
    $(el, '.filters-open')!.click();
    await el.updateComplete;
    const panel = $(el, '[part="filters-panel"]')!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.querySelector('[part="facets"]')).not.to.equal(null);
    const done = $(el, '[part="filters-done"]')!;
    expect(done.textContent!.trim()).to.equal('Voir 3 résultats');
    done.click();
    await el.updateComplete;
    expect($(el, '[part="filters-panel"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.filters-open'));
  });

  it('folds the refinements away when the element is narrow, and unfolds them when it widens', async () => {
    const el = await mount(fakeApi().client());
    expect($(el, '.filters')).to.equal(null);
    // Through the CSSOM: the test pages' CSP forbids style attributes.
    el.style.display = 'block';
    el.style.width = '360px';
    await until(el, () => $(el, '.filters') !== null);
    expect($(el, '[part="facets"]'), 'folded').to.equal(null);
    el.style.width = '900px';
    await until(el, () => $(el, '.filters') === null);
    expect($(el, '.body > [part="facets"]')).not.to.equal(null);
  });

  it('hides the facets with no-facets and asks for none', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { 'no-facets': '' });
    expect($(el, '[part="facets"]')).to.equal(null);
    expect(api.searches()[0]!.has('facets')).to.equal(false);
  });
});

describe('<inclusif-search> empty and error states', () => {
  it('suggests widening an empty search', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), {}, { query: 'introuvable' });
    expect($(el, '[part="empty"]')!.textContent).to.contain('Retirez des filtres');
    el.query = '';
    await settled(el);
    expect($(el, '[part="empty"]')).to.equal(null);
  });

  it('shows an error with a retry button, and fires inclusif-error', async () => {
    let status: number | undefined = 503;
    const api = fakeApi({ failSearch: () => status });
    const errors = record(document, 'inclusif-error');
    const el = await mount(api.client());
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(errors[0]!.detail.operation).to.equal('search');
    status = undefined;
    $(el, '[part="error"] button')!.click();
    await settled(el);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(hitNames(el)).to.have.length(3);
  });
});
