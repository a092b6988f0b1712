/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '../../sdk/src/index.js';
import { fakeApi, supplier } from '../test/fake-api.js';
import { $, $$, cleanup, hitNames, mount, oneEvent, settled, statusText, until } from '../test/fixture.js';

afterEach(cleanup);

describe('<inclusif-search> results that explain themselves', () => {
  it('marks the matched words of names and offers as text, and says where each supplier works', async () => {
    const worker = supplier('w1', {
      name: 'NETTOYAGE <img src=x onerror=alert(1)>',
      offers: [{ name: 'Nettoyage de bureaux' }, { name: 'Vitrerie' }],
      activities: [{ sector: 'traiteur', prestaTypes: ['PREST'], range: { type: 'ZONES', zones: ['department:35'] } }],
    });
    const api = fakeApi({
      suppliers: [worker],
      answerSearch: (response) => ({
        ...response,
        hits: response.hits.map((hit) => ({
          ...hit,
          highlights: [
            { field: 'name', parts: [{ text: 'NETTOYAGE', match: true }, { text: ' <img src=x onerror=alert(1)>', match: false }] },
            { field: 'offers', parts: [{ text: 'Nettoyage', match: true }, { text: ' de bureaux', match: false }] },
          ],
        })),
      }),
    });
    const el = await mount(api.client());
    const card = $(el, '.card')!;
    expect(card.querySelector('.name mark')!.textContent).to.equal('NETTOYAGE');
    expect(card.querySelector('img')).to.equal(null);
    expect(card.querySelector('[part="card-matched"] mark')!.textContent).to.equal('Nettoyage');
    expect(card.querySelector('[part="card-offers"]')!.textContent).to.equal('Propose : Nettoyage de bureaux · Vitrerie');
    expect(card.querySelector('[part="card-reach"]')!.textContent).to.equal('Intervient dans 35');
  });

  it('one primary button per card at most, and touch targets of 44 px', async () => {
    const el = await mount(fakeApi().client());
    for (const card of $$(el, '.card')) {
      const primary = [...card.querySelectorAll('button')].filter((button) => !/link|secondary|remove|back/.test(button.className));
      expect(primary.length).to.be.at.most(1);
    }
    const targets = $$(el, 'button, select, .choice');
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) expect(target.getBoundingClientRect().height, target.outerHTML.slice(0, 80)).to.be.at.least(44);
  });

  it('never shows a count of 0 before the first counts are in', async () => {
    const api = fakeApi();
    api.hold();
    const element = document.createElement('inclusif-search');
    Object.assign(element, { client: api.client(), loadingDelay: 0 });
    document.body.append(element);
    await until(element, () => $(element, '[data-facet="network"] input') !== null || $(element, '.facets') !== null);
    expect($$(element, '.facets .count').map((count) => count.textContent)).not.to.include('0');
    api.release();
    await settled(element);
    element.remove();
  });

  it('keeps the last count when a search fails', async () => {
    let status: number | undefined;
    const api = fakeApi({ failSearch: () => status });
    const el = await mount(api.client());
    status = 503;
    el.query = 'esat';
    await settled(el);
    expect($(el, '[part="error"]')).not.to.equal(null);
    expect(statusText(el)).to.equal('3 fournisseurs trouvés');
  });

  it('Escape with no suggestion open clears the query', async () => {
    const el = await mount(fakeApi({ suggestions: () => [] }).client(), {}, { query: 'atelier' });
    $(el, 'input')!.focus();
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect($<HTMLInputElement>(el, 'input')!.value).to.equal('');
    expect(hitNames(el)).to.have.length(3);
  });

  it('says a SIRET is not that of a listed supplier, and offers its SIREN', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), {}, { query: '123 456 789 00012' });
    expect($(el, '[part="empty"]')!.textContent).to.contain('Ce SIRET n’est pas celui d’une structure inclusive référencée.');
    $(el, '[part="empty"] button')!.click();
    await settled(el);
    expect(api.searches().at(-1)!.get('q')).to.equal('123456789');
  });

  it('offers to widen an empty search step by step: text, sectors, place up to all of France', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { serves: 'department:69' }, { query: 'introuvable' });
    const steps = () => $$(el, '[part="empty"] button.widen').map((button) => button.textContent!.trim());
    expect(steps()).to.deep.equal(['Chercher sans le texte « introuvable »', 'Élargir à Auvergne-Rhône-Alpes', 'Chercher dans toute la France']);
    $$(el, '[part="empty"] button.widen')[1]!.click();
    await settled(el);
    expect(api.searches().at(-1)!.get('serves')).to.equal('region:84');
  });

  it('tells the webmaster when the key is refused for this origin, without a retry, and logs it', async () => {
    const error = console.error;
    // The console line is written once its words are loaded: awaited, not slept for.
    const logged = new Promise<string>((resolve) => (console.error = (...args: unknown[]) => resolve(args.join(' '))));
    try {
      const el = await mount(fakeApi({ failSearch: () => 403 }).client());
      expect($(el, '[part="error"]')!.textContent).to.contain('n’est pas autorisée sur ce site').and.to.contain(location.origin);
      expect($(el, '[part="error"] button')).to.equal(null);
      expect(await logged).to.contain('403');
    } finally {
      console.error = error;
    }
  });

  it('says so when the key is unknown (401)', async () => {
    const client = createClient({ baseUrl: 'https://api.test', fetch: fakeApi({ failSearch: () => 401 }).fetch, maxRetries: 0, cache: false });
    const el = await mount(client);
    expect($(el, '[part="error"]')!.textContent).to.contain('est inconnue, révoquée ou expirée');
  });

  it('without url-state, Back closes the sheet and keeps the search', async () => {
    const el = await mount(fakeApi().client(), {}, { query: 'atelier' });
    $(el, '.card .open')!.click();
    await el.updateComplete;
    expect($(el, '.detail')).not.to.equal(null);
    const popped = oneEvent(window, 'popstate' as keyof HTMLElementEventMap);
    history.back();
    await popped;
    await el.updateComplete;
    expect($(el, '.detail')).to.equal(null);
    expect(hitNames(el)).to.deep.equal(['SARL ATELIER 2N']);
  });
});
