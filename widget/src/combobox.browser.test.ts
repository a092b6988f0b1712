/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi } from '../test/fake-api.js';
import { $, $$, cleanup, hitNames, mount, oneEvent, record, settled, until } from '../test/fixture.js';
import type { InclusifSearch } from './search.js';

afterEach(cleanup);

const input = (el: InclusifSearch) => $<HTMLInputElement>(el, 'input')!;
const options = (el: InclusifSearch) => $$(el, '[role="option"]');

/** Types in the query box and waits for the listbox to show suggestions. */
async function typeAndSuggest(el: InclusifSearch, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await until(el, () => options(el).length > 0 && input(el).getAttribute('aria-expanded') === 'true');
}

describe('<inclusif-search> suggestions combobox', () => {
  it('suggests suppliers, sectors and places as the buyer types, grouped', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    await typeAndSuggest(el, 'ly');
    expect(api.requests.some((r) => r.url.pathname === '/v1/suggest' && r.url.searchParams.get('q') === 'ly')).to.equal(true);
    expect(input(el).getAttribute('role')).to.equal('combobox');
    expect(input(el).getAttribute('aria-controls')).to.equal($(el, '[role="listbox"]')!.id);
    const groups = $$(el, '[role="listbox"] > [role="group"]').map((group) => group.querySelector('.group-label')!.textContent);
    expect(groups).to.deep.equal(['Fournisseurs', 'Secteurs', 'Lieux']);
    expect(options(el).map((option) => option.querySelector('.option-main')!.textContent)).to.deep.equal([
      'Le Bon Plat',
      'Traiteur',
      'Lyon (69001)',
    ]);
  });

  it("asks for suggestions once the same keystroke's search has answered, not alongside it", async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    api.hold();
    input(el).focus();
    await sendKeys({ type: 'ly' });
    await el.updateComplete;
    const asked = (path: string) => api.requests.filter((r) => r.url.pathname === path && r.url.searchParams.get('q') === 'ly');
    expect(asked('/v1/suppliers')).to.have.length(1);
    expect(asked('/v1/suggest')).to.have.length(0);
    api.release();
    await until(el, () => options(el).length > 0);
    expect(asked('/v1/suggest')).to.have.length(1);
  });

  it('moves through options with the arrows, wrapping, via aria-activedescendant', async () => {
    const el = await mount(fakeApi().client());
    await typeAndSuggest(el, 'ly');
    const active = () => input(el).getAttribute('aria-activedescendant');
    expect(active()).to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active()).to.equal(options(el)[0]!.id);
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active()).to.equal(options(el)[2]!.id);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active()).to.equal(options(el)[0]!.id);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('Escape closes the listbox, then clears the text', async () => {
    const el = await mount(fakeApi().client());
    await typeAndSuggest(el, 'ly');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[role="listbox"]')!.hidden).to.equal(true);
    expect(input(el).value).to.equal('ly');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(input(el).value).to.equal('');
    expect(el.query).to.equal('');
  });

  it('Enter on a place makes it the place to serve, with a radius to choose', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    const events = record(el, 'inclusif-search');
    await typeAndSuggest(el, 'ly');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(input(el).value).to.equal('');
    expect($(el, '[part~="chip"]')!.textContent).to.contain('Lyon');
    expect(events.at(-1)!.detail.q).to.equal(undefined);
    expect(events.at(-1)!.detail.serves).to.deep.equal(['commune:69123']);
    expect($$(el, '.distance')[0]!.textContent).to.match(/2,5\skm/);

    const radius = $<HTMLSelectElement>(el, 'select[part="radius"]')!;
    radius.value = '30';
    radius.dispatchEvent(new Event('change'));
    await settled(el);
    const last = api.searches().at(-1)!;
    expect([last.get('near'), last.get('radiusKm'), last.get('serves')]).to.deep.equal(['45.76,4.83', '30', null]);

    $(el, '[part~="chip"] button')!.click();
    await settled(el);
    expect(api.searches().at(-1)!.has('near')).to.equal(false);
    expect($(el, '[part~="chip"]')).to.equal(null);
  });

  it('choosing a sector adds it (and its group) as filters', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    await typeAndSuggest(el, 'tra');
    options(el)[1]!.click();
    await settled(el);
    const last = api.searches().at(-1)!;
    expect([last.get('sectorGroup'), last.get('sector'), last.get('q')]).to.deep.equal(['restauration', 'traiteur', null]);
    expect(hitNames(el)).to.deep.equal(['Le Bon Plat', 'ESAT DES MONTS']);
  });

  it('choosing a supplier fires a cancelable inclusif-select, then opens its card', async () => {
    const el = await mount(fakeApi().client());
    await typeAndSuggest(el, 'bon');
    const selected = oneEvent(el, 'inclusif-select');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.detail.supplier.id).to.equal('a1');
    await el.updateComplete;
    expect($(el, '.detail h2')!.textContent).to.equal('Le Bon Plat');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.detail h2'));
  });

  it('a host that cancels inclusif-select keeps the results list', async () => {
    const el = await mount(fakeApi().client());
    el.addEventListener('inclusif-select', (event) => event.preventDefault());
    const selected = oneEvent(el, 'inclusif-select');
    $(el, '.card .open')!.click();
    expect((await selected).defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect($(el, '.detail')).to.equal(null);
    expect(hitNames(el)).to.have.length(3);
  });

  it('the full card goes back to the results, focus on the card it came from', async () => {
    const el = await mount(fakeApi().client());
    $$(el, '.card .open')[1]!.click();
    await el.updateComplete;
    expect($(el, '.detail h2')!.textContent).to.equal('SARL ATELIER 2N');
    expect($(el, '.detail')!.textContent).to.contain('UNEA').and.to.contain('Label RSE');
    // The sheet has its own history entry: its back button goes back through history.
    const popped = oneEvent(window, 'popstate' as keyof HTMLElementEventMap);
    $(el, '.detail .back')!.click();
    await popped;
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.card .open')[1]);
  });
});
