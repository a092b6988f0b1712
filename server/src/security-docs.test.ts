/** The README's security section says what the code does: limits, cache headers, files served. */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeEngine, fakeGeography } from '../test-support/fakes.test-support.js';
import { createApp } from './app.js';
import { adminKey, storeOf } from './keys/keys.test-support.js';
import { DEFAULT_ANONYMOUS_RULE, DEFAULT_SITE_KEY_RULE } from './http/rate-limit/index.js';
import { FACET_VALUES_PER_TOKEN, MAX_FACET_VALUES_PER_REQUEST, MAX_RESULTS_PER_REQUEST, RESULTS_PER_TOKEN } from './http/rate-limit/work.js';
import { isBrowserFile, withDemoSite } from './site.js';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const security = readme.slice(readme.indexOf('## Sécurité / Security'), readme.indexOf('\n## ', readme.indexOf('## Sécurité / Security') + 1));
/** The README wraps lines: compare text with single spaces. */
const text = security.replace(/\s+/g, ' ');
const thousands = (n: number) => n.toLocaleString('en');
const ADMIN = 'sk_admin_security_docs_0000000000';

describe('the README’s security section', () => {
  it('states the rate limits enforced by default', () => {
    expect(text).toContain(`without a key: **${DEFAULT_ANONYMOUS_RULE.perMinute} requests a minute, in bursts of ${DEFAULT_ANONYMOUS_RULE.burst}**`);
    expect(text).toContain(`else **${DEFAULT_SITE_KEY_RULE.perMinute} requests a minute, in bursts of ${DEFAULT_SITE_KEY_RULE.burst}**`);
  });

  it('states how work is charged and bounded', () => {
    expect(text).toContain(`one token per ${RESULTS_PER_TOKEN} results asked`);
    expect(text).toContain(`one more per ${FACET_VALUES_PER_TOKEN} facet values`);
    expect(text).toContain(`at most **${MAX_RESULTS_PER_REQUEST} results and ${thousands(MAX_FACET_VALUES_PER_REQUEST)} facet values**`);
  });

  it('gives the Cache-Control the API sends, to callers without a key and to admin keys', async () => {
    const app = createApp({ engine: fakeEngine(), geography: fakeGeography(), keys: storeOf([], [await adminKey(ADMIN)], true) });
    for (const route of ['/v1/suppliers', '/v1/places?q=rennes', '/v1/taxonomy']) {
      expect(text).toContain(`\`${(await app.request(route)).headers.get('cache-control')}\``);
      const vary = (await app.request(route)).headers.get('vary');
      expect(text).toContain(`\`Vary: ${vary}\``);
    }
    expect(text).toContain(`\`${(await app.request('/v1/suppliers', { headers: { Authorization: `Bearer ${ADMIN}` } })).headers.get('cache-control')}\``);
  });

  it('gives the Cache-Control of the files under /dist/, and lists as served only files the server serves', async () => {
    const root = await mkdtemp(join(tmpdir(), 'achat-inclusif-docs-'));
    await mkdir(join(root, 'dist'), { recursive: true });
    await writeFile(join(root, 'dist/inclusif-search.js'), 'export {};');
    await writeFile(join(root, 'dist/inclusif-search.0123456789ab.js'), 'export {};');
    const app = withDemoSite(createApp({ engine: fakeEngine(), geography: fakeGeography() }), root);
    for (const file of ['inclusif-search.js', 'inclusif-search.0123456789ab.js']) {
      expect(text).toContain(`\`${(await app.request(`/dist/${file}`)).headers.get('cache-control')}\``);
    }
    const listed = [...security.matchAll(/`((?:sdk\/)?[a-z-]+(?:\.<hash>)?\.js)`/g)].map((match) => match[1]!.replace('<hash>', '0123456789ab'));
    expect(listed).toEqual(expect.arrayContaining(['inclusif-search.js', 'sdk/index.js', 'demo-instantsearch.js']));
    expect(listed.filter((file) => !isBrowserFile(file) && file !== 'worker.js')).toEqual([]);
    expect(isBrowserFile('worker.js')).toBe(false);
  });
});
