import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeEngine, fakeGeography } from '../../test-support/fakes.test-support.js';
import { createApp } from '../app.js';
import { runKeysCommand } from './commands.js';
import { loadKeysFile, parseKeysFile } from './file.js';
import { createKeyStore } from './store.js';

let directory: string;
let file: string;
let printed: string[];

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'keys-'));
  file = join(directory, 'keys.json');
  printed = [];
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const run = (...argv: string[]) => runKeysCommand(argv, { file, print: (line) => printed.push(line), now: () => new Date('2026-03-01T00:00:00Z') });

describe('keys CLI', () => {
  it('creates a scoped site key, prints it once and stores only its hash', async () => {
    await run('create', '--name', 'Coorace', '--origin', 'https://www.coorace.example', '--network', 'coorace', '--per-minute', '120', '--burst', '20');
    const key = printed.at(-1)!;
    expect(key).toMatch(/^pk_live_[A-Za-z0-9_-]{43}$/);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(key);
    expect(parseKeysFile(text).siteKeys[0]).toMatchObject({
      name: 'Coorace',
      prefix: key.slice(0, 14),
      origins: ['https://www.coorace.example'],
      scope: { networks: ['coorace'] },
      rateLimit: { perMinute: 120, burst: 20 },
    });
    expect(await readdir(directory)).toEqual(['keys.json']);
  });

  it('creates a key whose needs wait for moderation, with a webhook whose secret is printed once', async () => {
    await run('create', '--name', 'Portail', '--moderate', '--webhook', 'https://portail.example/hooks/needs');
    expect(printed[1]).toMatch(/^pk_live_/);
    const secret = /^Secret du webhook \/ webhook secret \(https:\/\/portail\.example\/hooks\/needs\): (\S{43})$/.exec(printed[2]!)?.[1];
    expect(secret).toBeDefined();
    expect(parseKeysFile(await readFile(file, 'utf8')).siteKeys[0]).toMatchObject({
      moderate: true,
      webhooks: [{ url: 'https://portail.example/hooks/needs', secret }],
    });
  });

  it('gives a federation a key that shows only its members on its own domain', async () => {
    await run('create', '--name', 'Coorace', '--origin', 'https://www.coorace.example', '--network', 'coorace');
    const key = printed.at(-1)!;
    const engine = fakeEngine();
    const app = createApp({ engine, geography: fakeGeography(), keys: createKeyStore(await loadKeysFile(file)) });
    expect((await app.request('/v1/suppliers')).status).toBe(401);
    expect((await app.request('/v1/suppliers', { headers: { 'x-api-key': key, Origin: 'https://other.example' } })).status).toBe(403);
    expect((await app.request('/v1/suppliers', { headers: { 'x-api-key': key, Origin: 'https://www.coorace.example' } })).status).toBe(200);
    expect(engine.queries[0]!.filter).toEqual({ op: 'in', field: 'network', values: ['coorace'] });
  });

  it('lists keys by prefix, scope and state without any secret, and revokes by prefix', async () => {
    await run('create', '--name', 'Bretagne', '--region', '53', '--origin', 'https://marches.bretagne.example');
    const site = printed.at(-1)!;
    await run('create', '--admin', '--name', 'ingestion');
    const admin = printed.at(-1)!;
    expect(admin).toMatch(/^sk_/);
    printed = [];
    await run('list');
    expect(printed.join('\n')).toContain('regions=53');
    expect(printed.join('\n')).not.toContain(site);
    expect(printed.join('\n')).not.toContain(admin);
    await run('revoke', site.slice(0, 14));
    const store = createKeyStore(await loadKeysFile(file));
    expect((await store.siteKey(site, Date.now())).status).toBe('revoked');
    expect((await store.adminKey(admin, Date.now())).status).toBe('valid');
    printed = [];
    await run('list');
    expect(printed.find((line) => line.includes('Bretagne'))).toContain('revoked');
  });

  it('derives a Typesense scoped search key carrying the scope and the expiry', async () => {
    await run('create', '--name', 'Coorace', '--network', 'coorace', '--expires', '2027-01-01T00:00:00Z');
    await run('typesense', 'Coorace', '--parent', 'RN23GFr1s6jQ9kgSNg2O7fYcAUXU7127');
    const decoded = Buffer.from(printed.at(-1)!, 'base64').toString();
    expect(decoded.slice(44)).toBe('RN23{"filter_by":"networks:=[coorace]","expires_at":1798761600}');
  });

  it.each([
    [['create'], /--name/],
    [['create', '--name', 'x', '--network', 'nope'], /networks\.0/],
    [['revoke', 'pk_live_none'], /no key/],
    [['typesense', 'x'], /--parent/],
    [['explode'], /Usage/],
  ])('refuses %j with a message', async (argv, message) => {
    await expect(run(...argv)).rejects.toThrow(message);
  });

  it('refuses a file that opens a key to every origin without saying so', () => {
    const file = { version: 1, adminKeys: [], siteKeys: [{ name: 'x', prefix: 'pk_live_x', hash: `sha256:${'0'.repeat(64)}`, createdAt: '2026-01-01T00:00:00Z', origins: ['*'], scope: {} }] };
    expect(() => parseKeysFile(JSON.stringify(file))).toThrow(/anyOrigin/);
  });
});
