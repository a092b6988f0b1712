/// <reference types="mocha" />
import { expect } from 'chai';
import { createClient } from '../../sdk/src/index.js';
import { fakeApi, supplier } from '../test/fake-api.js';
import { cleanup, mount } from '../test/fixture.js';

afterEach(cleanup);

describe('contact beacon', () => {
  it('sends an inclusif-contact fired inside the element to POST /v1/events, with the supplier id and the channel only', async () => {
    const api = fakeApi();
    let posted: (post: { url: string; body: unknown }) => void;
    const post = new Promise<{ url: string; body: unknown }>((resolve) => (posted = resolve));
    const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (init.method !== 'POST') return api.fetch(input, init);
      posted({ url: String(input), body: JSON.parse(String(init.body)) });
      return new Response('{"recorded":true}', { status: 202, headers: { 'content-type': 'application/json' } });
    };
    const el = await mount(createClient({ baseUrl: 'https://api.test', fetch, maxRetries: 0 }));
    const detail = { supplier: supplier('42'), channel: 'phone' };
    el.shadowRoot!.firstElementChild!.dispatchEvent(new CustomEvent('inclusif-contact', { detail, bubbles: true, composed: true }));
    expect(await post).to.deep.equal({ url: 'https://api.test/v1/events', body: { type: 'contact', supplierId: '42', channel: 'phone' } });
  });
});
