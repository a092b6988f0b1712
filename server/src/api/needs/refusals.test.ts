/**
 * What the needs API and pages refuse, and how: each bad field named in a 400, a key
 * posting outside its scope, the honeypot, the posting rate, and links that are
 * tampered, expired, for another need or for another purpose (a clear page or JSON
 * error, never a 500). Nothing refused leaves anything stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeOf, siteKey } from '../../keys/keys.test-support.js';
import { linkIn, memoryMailer, NEED, needsHarness, NOW, SECRET, SECTOR } from '../../needs/needs.test-support.js';
import { createTokens } from '../../needs/tokens.js';
import { openPglite } from '../../storage/pglite.js';
import type { Database } from '../../storage/database.js';

let db: Database;
let harness: Awaited<ReturnType<typeof needsHarness>>;
const mailer = memoryMailer();
const ORIGIN = { origin: 'https://www.coorace.example' };

beforeAll(async () => {
  db = await openPglite();
  const keys = storeOf(
    [
      await siteKey('pk_test_open'),
      await siteKey('pk_test_bretagne', { scope: { regions: ['53'], kinds: ['EI', 'ESAT', 'EA'] } }),
      await siteKey('pk_test_limited', { scope: {} }),
    ],
    [],
    false,
  );
  harness = await needsHarness({ db, mailer, keys, postingRate: { perMinute: 1, burst: 1000 } });
}, 60_000);
afterAll(() => db.close());

const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM needs'))[0]!.n;
const post = (body: unknown, key = 'pk_test_open') => harness.post(body, { 'x-api-key': key, ...ORIGIN });

const long = (n: number) => 'x'.repeat(n);
const BAD: [string, Record<string, unknown>, string, string][] = [
  ['kind unknown', { kind: 'ORDER' }, 'kind', 'invalid_body'],
  ['title too short', { title: 'abc' }, 'title', 'invalid_body'],
  ['title too long', { title: long(201) }, 'title', 'limit_exceeded'],
  ['title not text', { title: 42 }, 'title', 'invalid_body'],
  ['description too long', { description: long(5001) }, 'description', 'limit_exceeded'],
  ['sector unknown', { sectors: ['jardinage-lunaire'] }, 'sectors', 'invalid_body'],
  ['no sector', { sectors: [] }, 'sectors', 'invalid_body'],
  ['too many sectors', { sectors: Array.from({ length: 21 }, () => SECTOR) }, 'sectors', 'limit_exceeded'],
  ['place malformed', { places: ['Rennes'] }, 'places', 'invalid_body'],
  ['place unknown', { places: ['commune:99999'] }, 'places', 'invalid_body'],
  ['no place', { places: [] }, 'places', 'invalid_body'],
  ['places and nationwide', { nationwide: true }, 'nationwide', 'invalid_body'],
  ['kind of supplier unknown', { kinds: ['SARL'] }, 'kinds', 'invalid_body'],
  ['supplier id malformed', { supplierIds: ['../etc'] }, 'supplierIds', 'invalid_body'],
  ['supplier unknown', { supplierIds: ['no-such-supplier'] }, 'supplierIds', 'invalid_body'],
  ['deadline malformed', { deadline: '01/02/2030' }, 'deadline', 'invalid_body'],
  ['deadline not a day', { deadline: '2030-02-30' }, 'deadline', 'invalid_body'],
  ['deadline past', { deadline: '2030-01-09' }, 'deadline', 'invalid_body'],
  ['deadline too far', { deadline: '2035-01-01' }, 'deadline', 'invalid_body'],
  ['amount unknown', { amount: '12K' }, 'amount', 'invalid_body'],
  ['link not http', { externalLink: 'javascript:alert(1)' }, 'externalLink', 'invalid_body'],
  ['buyer missing', { buyer: undefined }, 'buyer', 'invalid_body'],
  ['buyer e-mail invalid', { buyer: { ...NEED.buyer, email: 'camille@' } }, 'buyer.email', 'invalid_body'],
  ['buyer phone invalid', { buyer: { ...NEED.buyer, phone: 'call me' } }, 'buyer.phone', 'invalid_body'],
  ['buyer field unknown', { buyer: { ...NEED.buyer, password: 'x' } }, 'buyer.password', 'unknown_parameter'],
  ['field unknown', { priority: 'high' }, 'priority', 'unknown_parameter'],
  ['reservedLot not boolean', { reservedLot: 'yes' }, 'reservedLot', 'invalid_body'],
];

describe('bad input', () => {
  it.each(BAD)('%s: 400 naming the field, nothing stored', async (_, change, parameter, code) => {
    const before = await count();
    const response = await post({ ...NEED, ...change });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: { parameter: string } }; requestId: string };
    expect(body.error.code).toBe(code);
    expect(body.error.details.parameter).toBe(parameter);
    expect(body.requestId).toBeTruthy();
    expect(await count()).toBe(before);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await harness.app.request('/v1/needs', { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'pk_test_open', ...ORIGIN }, body: '{"kind":' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_body');
  });
});

describe('scope', () => {
  it.each([
    ['a place outside its regions', { places: ['commune:44109'] }, 'places'],
    ['nationwide', { places: undefined, nationwide: true }, 'nationwide'],
    ['kinds outside its kinds', { kinds: ['ACI'] }, 'kinds'],
    ['a named supplier outside its regions', { supplierIds: ['nantes-e'] }, 'supplierIds'],
  ])('refuses a key posting %s (403), nothing stored', async (_, change, parameter) => {
    const before = await count();
    const response = await post({ ...NEED, ...change }, 'pk_test_bretagne');
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { details: { parameter: string } } }).error.details.parameter).toBe(parameter);
    expect(await count()).toBe(before);
  });

  it('counts only the suppliers inside the key scope', async () => {
    const response = await post({ ...NEED, kinds: ['ESAT'] }, 'pk_test_bretagne');
    expect(response.status).toBe(201);
    expect(((await response.json()) as { need: { recipients: unknown } }).need.recipients).toEqual({ found: 1, withEmail: 1 });
  });
});

describe('abuse', () => {
  it('answers a filled honeypot like a success and stores nothing', async () => {
    const before = await count();
    const response = await post({ ...NEED, homepage: 'http://spam.example' });
    expect(response.status).toBe(201);
    expect(await count()).toBe(before);
  });

  it('limits posting per key and client address: 429 with Retry-After, the other key unaffected', async () => {
    const limited = await needsHarness({ db, mailer, keys: storeOf([await siteKey('pk_test_a'), await siteKey('pk_test_b')]), postingRate: { perMinute: 1, burst: 2 } });
    const send = (key: string) => limited.post(NEED, { 'x-api-key': key, ...ORIGIN });
    expect((await send('pk_test_a')).status).toBe(201);
    expect((await send('pk_test_a')).status).toBe(201);
    const refused = await send('pk_test_a');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send('pk_test_b')).status).toBe(201);
  });
});

describe('links', () => {
  let id: string;
  let follow: string;
  let confirm: string;
  beforeAll(async () => {
    id = ((await (await post(NEED)).json()) as { need: { id: string } }).need.id;
    await harness.runtime.worker.drain();
    const mail = mailer.sent.findLast((m) => m.to === NEED.buyer.email)!;
    follow = linkIn(mail, /\/follow$/).token;
    confirm = linkIn(mail, /\/confirm$/).token;
  });

  const tampered = (token: string) => token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
  const expiredToken = () => createTokens(SECRET, () => NOW - 400 * 86_400_000).sign({ purpose: 'follow', need: id, subject: 'buyer' }, 60);
  const otherNeed = () => createTokens(SECRET, () => NOW).sign({ purpose: 'follow', need: 'another-need', subject: 'buyer' }, 3600);

  it.each([
    ['a tampered token', () => tampered(follow), 403, 'signature'],
    ['an expired token', expiredToken, 410, 'expired'],
    ["another need's token", otherNeed, 403, 'need'],
    ["another purpose's token (confirm)", () => confirm, 403, 'purpose'],
    ['a missing token', () => '', 403, 'malformed'],
    ['a garbage token', () => 'a.b.c', 403, 'malformed'],
  ])('%s gets a clear page (and a JSON error), never a 500', async (_, token, status, reason) => {
    const value = encodeURIComponent(token());
    const page = await harness.app.request(`/needs/${id}/follow?token=${value}`);
    expect(page.status).toBe(status);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Lien refusé');
    const json = await harness.app.request(`/v1/needs/${id}?token=${value}`, { headers: { 'x-api-key': 'pk_test_open', ...ORIGIN } });
    expect(json.status).toBe(403);
    expect(((await json.json()) as { error: { details: unknown } }).error.details).toEqual({ parameter: 'token', reason });
  });

  it('refuses a confirmation with a follow token: the need stays unconfirmed', async () => {
    const response = await harness.submit(`/needs/${id}/confirm`, { token: follow });
    expect(response.status).toBe(403);
    const [row] = await db.query('SELECT status, confirmed_at FROM needs WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'unconfirmed', confirmed_at: null });
  });

  it("refuses a supplier's answer link on another need's page", async () => {
    const answer = createTokens(SECRET, () => NOW).sign({ purpose: 'answer', need: 'another-need', subject: 'rennes-a' }, 3600);
    const response = await harness.submit(`/needs/${id}/answer`, { token: answer, answer: 'interested' });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('un autre besoin');
  });
});
