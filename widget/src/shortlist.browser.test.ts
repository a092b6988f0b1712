/// <reference types="mocha" />
import { expect } from 'chai';
import { fakeApi } from '../test/fake-api.js';
import { $, $$, cleanup, hitNames, mount, oneEvent, settled, until } from '../test/fixture.js';
import type { InclusifSearch } from './search.js';

const start = location.pathname + location.search;

afterEach(() => {
  cleanup();
  localStorage.clear();
  history.replaceState(null, '', start);
});

const keepButtons = (el: InclusifSearch) => $$(el, '[part~="shortlist-toggle"]');

describe('<inclusif-search> shortlist "Ma sélection"', () => {
  it('keeps suppliers across searches and reloads, per site', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { endpoint: 'https://api.test', 'api-key': 'pk_site_a' });
    keepButtons(el)[1]!.click();
    await el.updateComplete;
    expect(keepButtons(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
    el.query = 'esat';
    await settled(el);
    expect($(el, '[part="shortlist-button"]')!.textContent).to.contain('Ma sélection (1)');

    const again = await mount(fakeApi().client(), { endpoint: 'https://api.test', 'api-key': 'pk_site_a' });
    expect($(again, '[part="shortlist-button"]')!.textContent).to.contain('Ma sélection (1)');
    const otherSite = await mount(fakeApi().client(), { endpoint: 'https://api.test', 'api-key': 'pk_site_b' });
    expect($(otherSite, '[part="shortlist-button"]')!.textContent).to.contain('Ma sélection (0)');
  });

  it('exports the shortlist as a CSV download and shares it as a link that fills another page’s shortlist', async () => {
    const el = await mount(fakeApi().client(), { endpoint: 'https://api.test', 'api-key': 'pk_share' });
    keepButtons(el)[0]!.click();
    keepButtons(el)[2]!.click();
    $(el, '[part="shortlist-button"]')!.click();
    // The shortlist view is a module of its own, loaded on first use.
    await until(el, () => $(el, '[part="shortlist"]') !== null);
    expect($$(el, '.kept-name').map((name) => name.textContent)).to.deep.equal(['Le Bon Plat', 'ESAT DES MONTS']);

    // The download is a blob link clicked by the element: the blob and the link are caught, not followed.
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    let blob: Blob | undefined;
    let anchor: HTMLAnchorElement | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), 'blob:caught');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      anchor = this;
    };
    try {
      $(el, '[part="shortlist-export"]')!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(anchor!.download).to.equal('ma-selection-fournisseurs-inclusifs.csv');
    expect(blob!.type).to.equal('text/csv;charset=utf-8');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob!.arrayBuffer());
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.split('\r\n')[0]).to.equal('\uFEFFNom;SIRET;Type;Adresse;Code postal;Ville;E-mail;Téléphone;Site internet;Secteurs');
    expect(csv.split('\r\n')[1]).to.match(/^Le Bon Plat \(TRAITEUR SOLIDAIRE\);123456789000a1;Entreprise d’insertion;/);

    const shared = new URL($<HTMLInputElement>(el, '[part="shortlist-link"]')!.value);
    expect(shared.searchParams.get('is_selection')).to.equal('a1,a3');
    localStorage.clear();
    history.replaceState(null, '', `${location.pathname}${shared.search}`);
    const receiver = await mount(fakeApi().client(), { endpoint: 'https://api.test', 'api-key': 'pk_other' });
    await until(receiver, () => $$(receiver, '.kept-name').length === 2);
    expect($$(receiver, '.kept-name').map((name) => name.textContent)).to.deep.equal(['Le Bon Plat', 'ESAT DES MONTS']);
  });
});

describe('<inclusif-search url-state> supplier sheet', () => {
  it('gives the sheet its own URL; Back closes it; the URL opens it again', async () => {
    const el = await mount(fakeApi().client(), { 'url-state': '' });
    $$(el, '.card .open')[1]!.click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('is_supplier')).to.equal('a2');
    const url = location.pathname + location.search;
    const popped = oneEvent(window, 'popstate' as keyof HTMLElementEventMap);
    history.back();
    await popped;
    await el.updateComplete;
    expect($(el, '.detail')).to.equal(null);
    expect(hitNames(el)).to.have.length(3);
    cleanup();

    history.replaceState(null, '', url);
    const reopened = await mount(fakeApi().client(), { 'url-state': '' });
    await until(reopened, () => $(reopened, '.detail h2') !== null);
    expect($(reopened, '.detail h2')!.textContent).to.equal('SARL ATELIER 2N');
  });
});
