/// <reference types="mocha" />
import { expect } from 'chai';
import { fakeApi, supplier, suppliers } from '../test/fake-api.js';
import { $, $$, cleanup, mount, settled, statusText } from '../test/fixture.js';
import type { InclusifSearch } from './search.js';

afterEach(cleanup);

const last = (api: ReturnType<typeof fakeApi>) => api.searches().at(-1)!;
const chips = (el: InclusifSearch) => $$(el, '[part~="chip"]').map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());
const familyInputs = (el: InclusifSearch) => $$<HTMLInputElement>(el, '.families > li > label input');

describe('<inclusif-search> filters that say what they do', () => {
  it('ticking Handicap leaves Insertion unticked and lists its kinds under Handicap only', async () => {
    const el = await mount(fakeApi().client());
    familyInputs(el)[1]!.click();
    await settled(el);
    const [insertion, handicap] = familyInputs(el);
    expect([insertion!.checked, insertion!.indeterminate, handicap!.checked]).to.deep.equal([false, false, true]);
    const insertionKinds = $$(el, '.families > li:nth-child(1) .choices .choice-label').map((label) => label.textContent);
    expect(insertionKinds).to.deep.equal(['Entreprise d’insertion']);
  });

  it('the social clause switch asks for eligible kinds; eligible cards carry the badge', async () => {
    const api = fakeApi({ suppliers: [...suppliers, supplier('p1', { name: 'ATELIER PÉNITENTIAIRE', kind: 'SEP' })] });
    const el = await mount(api.client());
    const badges = () => $$(el, '.card').map((card) => card.querySelector('[part="badge-eligible"]')?.textContent ?? '');
    expect(badges()).to.deep.equal(['Marchés réservés', 'Marchés réservés', 'Marchés réservés', '']);
    $<HTMLInputElement>(el, '[part="social-clause"] input')!.click();
    await settled(el);
    expect(last(api).get('socialClause')).to.equal('true');
    expect(statusText(el)).to.equal('3 fournisseurs trouvés');
    expect(chips(el)).to.include('Marchés réservés ×');
  });

  it('social-clause presets the switch, locked, with a locked chip', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { 'social-clause': '' });
    expect(last(api).get('socialClause')).to.equal('true');
    const input = $<HTMLInputElement>(el, '[part="social-clause"] input')!;
    expect([input.checked, input.disabled]).to.deep.equal([true, true]);
    expect($(el, '[part~="chip-locked"]')!.textContent).to.contain('Marchés réservés').and.to.contain('fixé par le site');
  });

  it('shows preset filters as chips, the site’s locked, the preset place removable to all of France', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { serves: 'department:69', sectors: 'traiteur', kinds: 'EI,EA' });
    const locked = $$(el, '[part~="chip-locked"]').map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());
    expect(locked).to.deep.equal([
      'Entreprise d’insertion (fixé par le site)',
      'Entreprise adaptée (fixé par le site)',
      'Traiteur (fixé par le site)',
    ]);
    const place = $(el, '[part="chip"]')!;
    expect(place.textContent).to.contain('Lieu d’intervention : Rhône');
    place.querySelector('button')!.click();
    await settled(el);
    expect(last(api).has('serves')).to.equal(false);
    expect(last(api).get('kind')).to.equal('EI,EA');
  });

  it('names a preset commune on its chip from the first frame', async () => {
    const el = await mount(fakeApi().client(), { serves: 'commune:69123' });
    expect($(el, '[part="chip"]')!.textContent).to.contain('Lieu d’intervention : Lyon');
  });

  it('the group of a preset sector shows ticked and locked, its sectors ticked', async () => {
    const el = await mount(fakeApi().client(), { sectors: 'traiteur' });
    const group = $<HTMLInputElement>(el, '[data-facet="sectorGroup"] > fieldset > .choices > li > label input')!;
    expect([group.checked, group.disabled]).to.deep.equal([true, true]);
    const sector = $<HTMLInputElement>(el, '[data-facet="sectorGroup"] [role="group"] input')!;
    expect([sector.checked, sector.disabled]).to.deep.equal([true, true]);
  });

  it('unticking one preset kind narrows within the preset; a chosen one shows as a removable chip', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { kinds: 'EA,ESAT' });
    const ea = $$(el, '[data-facet="kind"] .choices .choices label').find((label) => label.textContent!.includes('Entreprise adaptée'))!;
    ea.querySelector('input')!.click();
    await settled(el);
    expect(last(api).get('kind')).to.equal('ESAT');
    $(el, '[part="chip"] .remove')!.click();
    await settled(el);
    expect(last(api).get('kind')).to.equal('EA,ESAT');
  });

  it('hide-facets hides the named facets and does not ask for their counts', async () => {
    const api = fakeApi();
    const el = await mount(api.client(), { 'hide-facets': 'networks,labels' });
    expect($(el, '[data-facet="network"]')).to.equal(null);
    expect($(el, '[data-facet="label"]')).to.equal(null);
    expect(last(api).get('facets')!.split(',')).not.to.include('network').and.not.to.include('label');
  });

  it('sorts by name, and offers distance only around one commune', async () => {
    const api = fakeApi();
    const el = await mount(api.client());
    const orders = () => $$<HTMLOptionElement>(el, '[part="sort"] option').map((option) => option.value);
    expect(orders()).to.deep.equal(['relevance', 'name', 'updated']);
    const sort = $<HTMLSelectElement>(el, '[part="sort"]')!;
    sort.value = 'name';
    sort.dispatchEvent(new Event('change'));
    await settled(el);
    expect(last(api).get('sort')).to.equal('name');
    const around = await mount(fakeApi().client(), { serves: 'commune:69123' });
    expect($$<HTMLOptionElement>(around, '[part="sort"] option').map((option) => option.value)).to.include('distance');
  });

  it('shows how the query was read as chips; removing one searches it as words', async () => {
    const api = fakeApi({
      answerSearch: (response, params) =>
        params.get('q') && !params.has('literal')
          ? { ...response, interpretation: { text: 'traiteur', parts: [{ type: 'place', value: 'commune:69123', label: 'Lyon', words: 'lyon' }] } }
          : response,
    });
    const el = await mount(api.client(), {}, { query: 'traiteur lyon' });
    const part = $(el, '[part~="chip-interpretation"]')!;
    expect(part.textContent).to.contain('Lieu : Lyon');
    part.querySelector('button')!.click();
    await settled(el);
    expect(last(api).get('literal')).to.equal('place');
    expect($(el, '[part~="chip-interpretation"]')).to.equal(null);
  });
});
