/// <reference types="mocha" />
import { expect } from 'chai';
import { createClient } from '../../sdk/src/index.js';
import { $, cleanup, mount } from '../test/fixture.js';

afterEach(cleanup);

/** An API that refuses the key on every route, as the real one does (keys/guard.ts). */
function refusing(status: 401 | 403) {
  const body =
    status === 403
      ? { error: { code: 'forbidden', message: 'This key may not be used from this origin.', details: { origin: location.origin } }, requestId: 'r403' }
      : { error: { code: 'unauthorized', message: 'Unknown key.' }, requestId: 'r401' };
  const fetch: typeof globalThis.fetch = async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return createClient({ baseUrl: 'https://api.test', apiKey: 'pk_live_refused', fetch, maxRetries: 0, cache: false });
}

/** Console errors written while `run` runs. */
async function consoleErrors(run: () => Promise<unknown>): Promise<string[]> {
  const written: string[] = [];
  const original = console.error;
  console.error = (...parts: unknown[]) => void written.push(parts.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return written;
}

describe('<inclusif-search> with a key the API refuses', () => {
  it('says a key refused for this origin is the site’s to fix, logs it, and offers no useless retry', async () => {
    let el!: HTMLElement;
    const logged = await consoleErrors(async () => (el = await mount(refusing(403))));
    const error = $(el as never, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('n’est pas autorisée sur ce site');
    expect(error.textContent).to.contain(location.origin);
    expect(error.textContent).not.to.contain('connexion');
    expect(error.querySelector('button')).to.equal(null);
    expect(logged.join('\n')).to.contain('This key may not be used from this origin.');
  });

  it('says an unknown key is unknown, in English with lang="en"', async () => {
    let el!: HTMLElement;
    const logged = await consoleErrors(async () => (el = await mount(refusing(401), { lang: 'en' })));
    const error = $(el as never, '[part="error"]')!;
    expect(error.textContent).to.contain('unknown, revoked or expired');
    expect(error.querySelector('button')).to.equal(null);
    expect(logged.join('\n')).to.contain('Unknown key.');
  });
});
