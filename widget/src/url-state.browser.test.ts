/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi } from '../test/fake-api.js';
import { $, $$, cleanup, hitNames, mount, oneEvent, record, settled } from '../test/fixture.js';
import type { InclusifSearch } from './search.js';

const start = location.pathname + location.search;

afterEach(() => {
  cleanup();
  history.replaceState(null, '', start);
});

const param = (name: string) => new URLSearchParams(location.search).get(name);
const kindBox = (el: InclusifSearch, text: string) =>
  $$(el, '[data-facet="kind"] label').find((label) => label.textContent!.includes(text))!.querySelector('input')!;

/** Goes back in history and waits for the element to have rendered the restored search. */
async function back(el: InclusifSearch) {
  const popped = oneEvent(window, 'popstate' as keyof HTMLElementEventMap);
  history.back();
  await popped;
  await settled(el);
}

describe('<inclusif-search url-state>', () => {
  it('starts from the search in the page URL, keeping the page’s own parameters', async () => {
    history.replaceState(null, '', `${location.pathname}?tab=2&is_q=atelier&is_kind=EA`);
    const api = fakeApi();
    const el = await mount(api.client(), { 'url-state': '' });
    expect(hitNames(el)).to.deep.equal(['SARL ATELIER 2N']);
    expect($<HTMLInputElement>(el, 'input')!.value).to.equal('atelier');
    expect(kindBox(el, 'Entreprise adaptée').checked).to.equal(true);
    expect(param('tab')).to.equal('2');
  });

  it('a filter adds a history entry and the back button restores the previous search', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { 'url-state': '' });
    const events = record(el, 'inclusif-search');
    const length = history.length;
    kindBox(el, 'ESAT').click();
    await settled(el);
    expect(param('is_kind')).to.equal('ESAT');
    expect(history.length).to.equal(length + 1);
    expect(hitNames(el)).to.deep.equal(['ESAT DES MONTS']);

    await back(el);
    expect(param('is_kind')).to.equal(null);
    expect(hitNames(el)).to.have.length(3);
    expect(kindBox(el, 'ESAT').checked).to.equal(false);
    // Restoring the URL is not a change made by the buyer in the element.
    expect(events).to.have.length(1);
  });

  it('pages are kept in the URL too', async () => {
    const el = await mount(fakeApi().client(), { 'url-state': '', 'per-page': '2' });
    $(el, '[part~="page-next"]')!.click();
    await settled(el);
    expect(param('is_page')).to.equal('2');
    await back(el);
    expect(param('is_page')).to.equal(null);
    expect(hitNames(el)).to.have.length(2);
  });

  it('typing replaces the current entry instead of adding one per keystroke', async () => {
    const el = await mount(fakeApi().client(), { 'url-state': '' });
    const length = history.length;
    $(el, 'input')!.focus();
    await sendKeys({ type: 'esat' });
    await settled(el);
    expect(param('is_q')).to.equal('esat');
    expect(history.length).to.equal(length);
  });

  it('leaves the URL alone without url-state', async () => {
    const el = await mount(fakeApi().client());
    kindBox(el, 'ESAT').click();
    await settled(el);
    expect(location.pathname + location.search).to.equal(start);
  });
});
