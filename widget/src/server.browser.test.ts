/// <reference types="mocha" />
/**
 * <inclusif-search> against the real API, not a stub: web-test-runner.config.mjs starts the
 * server (open mode, demo keys, synthetic suppliers) on a loopback port, cross-origin
 * from the test page, so CORS, the key guard and the page's CSP are all in play.
 */
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { apiUrl } from '../test/real-api.js';
import { isApiError, toSearchParams } from '../../sdk/src/index.js';
import type { SearchRequest, SearchResponse, Suggestion } from '../../sdk/src/types.js';
import { $, $$, cleanup, mount, record, settled, statusText, until } from '../test/fixture.js';
import { strings } from './i18n.js';
import type { InclusifSearch } from './search.js';

afterEach(cleanup);

const PORTAL_KEY = 'pk_demo_portail_bretagne';
const BRETAGNE = '53';
const { t } = strings('fr');

/** The API's own answer, asked directly from the test. */
async function api<T>(path: string, key?: string): Promise<T> {
  const response = await fetch(`${apiUrl}${path}`, { headers: key ? { 'x-api-key': key } : {} });
  expect(response.status, path).to.equal(200);
  return (await response.json()) as T;
}

const answer = (request: SearchRequest, key?: string) => api<SearchResponse>(`/v1/suppliers?${toSearchParams(request)}`, key);

/** The element on the real API, making its own client from `endpoint` (and `api-key`). */
const mountReal = (attributes: Record<string, string> = {}) => mount(undefined, { endpoint: apiUrl, ...attributes });

const shownIds = (el: InclusifSearch) => $$(el, '[data-supplier]').map((card) => card.dataset.supplier!);
const input = (el: InclusifSearch) => $<HTMLInputElement>(el, 'input')!;

describe('<inclusif-search> on the real API', () => {
  it('shows what the API answers for the query the buyer types', async () => {
    const el = await mountReal({ 'per-page': '10' });
    const everyone = (await answer(el.request())).found;
    input(el).focus();
    await sendKeys({ type: 'nettoyage' });
    await settled(el);

    expect(el.request().q).to.equal('nettoyage');
    const expected = await answer(el.request());
    expect(expected.found).to.be.within(1, everyone - 1);
    expect(statusText(el)).to.equal(t.found(expected.found));
    expect(shownIds(el)).to.deep.equal(expected.hits.map((hit) => hit.supplier.id));
  });

  it('suggests from /v1/suggest, and a chosen place becomes the place to serve', async () => {
    const el = await mountReal();
    const events = record(el, 'inclusif-search');
    const { suggestions } = await api<{ suggestions: Suggestion[] }>('/v1/suggest?q=rennes');
    const rennes = suggestions.find((s): s is Extract<Suggestion, { type: 'place' }> => s.type === 'place' && s.place.name === 'Rennes');
    expect(rennes, 'the API suggests Rennes').not.to.equal(undefined);

    input(el).focus();
    await sendKeys({ type: 'rennes' });
    const options = () => $$(el, '[role="option"]');
    await until(el, () => options().length === suggestions.length && input(el).getAttribute('aria-expanded') === 'true');
    const option = options().find((o) => o.querySelector('.option-main')!.textContent!.startsWith('Rennes ('))!;
    option.click();
    await settled(el);

    expect(events.at(-1)!.detail.serves).to.deep.equal([rennes!.place.id]);
    expect($$(el, '[part~="chip"]').map((chip) => chip.textContent).join(' ')).to.contain('Rennes');
    const expected = await answer(events.at(-1)!.detail);
    expect(statusText(el)).to.equal(t.found(expected.found));
    expect(shownIds(el)).to.deep.equal(expected.hits.map((hit) => hit.supplier.id));
  });

  it('a refinement narrows to the count its facet announced, as the API counts it', async () => {
    const el = await mountReal();
    const before = (await el.searchComplete)!.found;
    // Named once the taxonomy has come too.
    const findEsat = () => $$(el, '[data-facet="kind"] label').find((label) => label.textContent!.includes('aide par le travail'));
    await until(el, () => findEsat() !== undefined);
    const esat = findEsat()!;
    const announced = Number(esat.querySelector('.count')!.textContent!.replace(/\D/g, ''));
    expect(announced).to.be.within(1, before - 1);

    const events = record(el, 'inclusif-search');
    esat.querySelector('input')!.click();
    await settled(el);

    expect(events.at(-1)!.detail.kinds).to.deep.equal(['ESAT']);
    const expected = await answer(el.request());
    expect(expected.found).to.equal(announced);
    expect(statusText(el)).to.equal(t.found(announced));
  });

  it('the regional portal key shows only suppliers of Bretagne', async () => {
    const el = await mountReal({ 'api-key': PORTAL_KEY, 'per-page': '50' });
    const scoped = await answer(el.request(), PORTAL_KEY);
    const everyone = await answer(el.request());
    expect(scoped.found).to.be.within(1, everyone.found - 1);
    expect(statusText(el)).to.equal(t.found(scoped.found));

    // What the widget received, card for card.
    const { hits } = (await el.searchComplete)!;
    expect(shownIds(el)).to.deep.equal(hits.map((hit) => hit.supplier.id));
    expect(hits).to.have.length(Math.min(50, scoped.found));
    expect([...new Set(hits.map((hit) => hit.supplier.address.region))]).to.deep.equal([BRETAGNE]);
  });

  it('an endpoint that is not the API shows the error state and fires inclusif-error', async () => {
    const errors = record(document, 'inclusif-error');
    // A common mistake: the endpoint with /v1, so that every path is /v1/v1/... (404).
    const el = await mountReal({ endpoint: `${apiUrl}/v1` });
    await until(el, () => $(el, '[part="error"]') !== null);

    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(statusText(el)).to.equal('');
    const search = errors.find((event) => event.detail.operation === 'search');
    expect(search, 'an inclusif-error for the search').not.to.equal(undefined);
    const { error } = search!.detail;
    expect(isApiError(error) && error.status).to.equal(404);
  });
});
