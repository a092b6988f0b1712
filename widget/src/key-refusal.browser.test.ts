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

/**
 * Console errors written from the start of `run` until one holds `awaited`: the element logs
 * once the module that words it has loaded, which may be after it has rendered. An element of
 * an earlier test may still log its own refusal meanwhile: the lines are all kept.
 */
async function consoleErrorsUntil(awaited: string, run: () => Promise<unknown>): Promise<string[]> {
  const written: string[] = [];
  const original = console.error;
  let arrived!: () => void;
  const logged = new Promise<void>((resolve) => (arrived = resolve));
  console.error = (...parts: unknown[]) => {
    written.push(parts.map(String).join(' '));
    if (written.at(-1)!.includes(awaited)) arrived();
  };
  try {
    await run();
    await logged;
  } finally {
    console.error = original;
  }
  return written;
}

describe('<inclusif-search> with a key the API refuses', () => {
  it('says a key refused for this origin is the site’s to fix, logs it, and offers no useless retry', async () => {
    let el!: HTMLElement;
    const logged = await consoleErrorsUntil('This key may not be used from this origin.', async () => (el = await mount(refusing(403))));
    const error = $(el as never, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('n’est pas autorisée sur ce site');
    expect(error.textContent).to.contain(location.origin);
    expect(error.textContent).not.to.contain('connexion');
    expect(error.querySelector('button')).to.equal(null);
    // The webmaster's line: what is wrong in English, the API's words, the request id to quote.
    expect(logged.find((line) => line.includes('This key may not be used from this origin.'))).to.contain('not allowed on this site').and.contain('(request r403)');
  });

  it('says an unknown key is unknown, in English with lang="en"', async () => {
    let el!: HTMLElement;
    const logged = await consoleErrorsUntil('Unknown key.', async () => (el = await mount(refusing(401), { lang: 'en' })));
    const error = $(el as never, '[part="error"]')!;
    expect(error.textContent).to.contain('unknown, revoked or expired');
    expect(error.querySelector('button')).to.equal(null);
    expect(logged.find((line) => line.includes('Unknown key.'))).to.contain('unknown, revoked or expired').and.contain('(request r401)');
  });
});
