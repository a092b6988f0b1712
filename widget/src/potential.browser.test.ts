/// <reference types="mocha" />
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from 'chai';
import { createClient } from '../../sdk/src/index.js';
import type { PotentialResponse } from '../../sdk/src/types.js';
import './potential-define.js';
import type { InclusifPotential } from './potential.js';

const axe = (window as unknown as { axe: { run: (context: Element, options: RunOptions) => Promise<AxeResults> } }).axe;

const RENNES_CLEANING: PotentialResponse = {
  place: { id: 'commune:35238', type: 'commune', code: '35238', name: 'Rennes' },
  sectors: [{ slug: 'nettoyage-de-locaux-16', label: { fr: 'Nettoyage de locaux', en: 'Premises cleaning' } }],
  sectorGroups: [],
  found: 34,
  byKind: [
    { value: 'EI', count: 12 },
    { value: 'ESAT', count: 9 },
    { value: 'GEIQ', count: 13 },
  ],
  byFamily: { insertion: 25, handicap: 9 },
  reservedLots: 21,
  withContact: 17,
  nearest: [],
};

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

/** A client whose fetch answers every request with `answer` (or fails with a 500) and records the URLs. */
function api(answer: PotentialResponse | 'fail') {
  const urls: URL[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    urls.push(new URL(String(input)));
    if (answer === 'fail') {
      return new Response(JSON.stringify({ error: { code: 'internal', message: 'boom' }, requestId: 'r' }), { status: 500 });
    }
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  };
  return { urls, client: createClient({ baseUrl: 'https://api.example.org', fetch, maxRetries: 0 }) };
}

async function mount(attributes: Record<string, string>, client: ReturnType<typeof api>['client']): Promise<InclusifPotential> {
  const element = document.createElement('inclusif-potential');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.client = client;
  document.body.append(element);
  mounted.push(element);
  await element.updateComplete;
  await element.potentialComplete.catch(() => undefined);
  await element.updateComplete;
  return element;
}

const text = (element: InclusifPotential, selector: string) => element.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<inclusif-potential>', () => {
  it('asks for the sector at the place and says the potential in one sentence, with a bar and a link to post a need', async () => {
    const { urls, client } = api(RENNES_CLEANING);
    const element = await mount({ sector: 'nettoyage-de-locaux-16', serves: 'commune:35238', 'need-href': '/besoin' }, client);
    expect(urls.map((url) => url.pathname + url.search)).to.deep.equal(['/v1/potential?sector=nettoyage-de-locaux-16&serves=commune%3A35238']);
    expect(text(element, '.sentence')).to.equal(
      '34 structures inclusives peuvent intervenir à Rennes en nettoyage de locaux, dont 21 éligibles aux marchés réservés.',
    );
    expect(text(element, '.details')).to.equal('25 en insertion, 9 en handicap ; 50 % avec un contact public.');
    expect(element.shadowRoot!.querySelector('.bar .fill')!.getAttribute('width')).to.equal((2100 / 34).toFixed(2));
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a.need')!;
    expect([link.textContent, link.getAttribute('href')]).to.deep.equal(['Publier un besoin auprès de ces structures', '/besoin']);
  });

  it('speaks English, singular and zero forms included, and shows no link without need-href', async () => {
    const one = { ...RENNES_CLEANING, found: 1, reservedLots: 1, byFamily: { insertion: 1, handicap: 0 }, withContact: 1 };
    const english = await mount({ sector: 'nettoyage-de-locaux-16', serves: 'commune:35238', lang: 'en' }, api(one).client);
    expect(text(english, '.sentence')).to.equal('1 inclusive supplier can work in Rennes in premises cleaning, 1 of them eligible to reserved contracts.');
    expect(english.shadowRoot!.querySelector('a')).to.equal(null);

    const none = { ...RENNES_CLEANING, found: 0, reservedLots: 0, byFamily: { insertion: 0, handicap: 0 }, withContact: 0 };
    const french = await mount({ sector: 'nettoyage-de-locaux-16', serves: 'commune:35238' }, api(none).client);
    expect(text(french, '.sentence')).to.equal('Aucune structure inclusive ne peut intervenir à Rennes en nettoyage de locaux.');
    expect(french.shadowRoot!.querySelector('.details')).to.equal(null);
  });

  it('asks again when the place changes, and not when nothing it sends changed', async () => {
    const { urls, client } = api(RENNES_CLEANING);
    const element = await mount({ 'sector-group': 'hygiene-et-proprete-64', serves: 'commune:35238' }, client);
    element.setAttribute('serves', 'department:35');
    await element.updateComplete;
    await element.potentialComplete;
    element.setAttribute('sector-group', 'hygiene-et-proprete-64');
    await element.updateComplete;
    expect(urls.map((url) => url.searchParams.get('serves'))).to.deep.equal(['commune:35238', 'department:35']);
  });

  it('renders supplier-chosen text as text, never as HTML', async () => {
    const hostile = { ...RENNES_CLEANING, place: { ...RENNES_CLEANING.place, name: '<img src=x onerror="window.hacked=1">' } };
    const element = await mount({ sector: 'nettoyage-de-locaux-16', serves: 'commune:35238' }, api(hostile).client);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(element, '.sentence')).to.contain('<img src=x');
  });

  it('says it could not count, and fires inclusif-error, when the API fails', async () => {
    const errors: Event[] = [];
    document.addEventListener('inclusif-error', (event) => errors.push(event), { once: true });
    const element = await mount({ sector: 'nettoyage-de-locaux-16', serves: 'commune:35238' }, api('fail').client);
    expect(text(element, '[role="alert"]')).to.equal('Le potentiel inclusif n’a pas pu être calculé.');
    expect((errors[0] as CustomEvent).detail.operation).to.equal('potential');
  });

  it('has no axe violations (WCAG 2.1 A and AA, best practices), in French and in English', async () => {
    for (const lang of ['fr', 'en']) {
      const element = await mount({ sector: 'nettoyage-de-locaux-16', serves: 'commune:35238', 'need-href': '/besoin', lang }, api(RENNES_CLEANING).client);
      const results = await axe.run(element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).to.deep.equal([]);
    }
  });
});
