/**
 * Delivery against a real SMTP server on loopback (smtp-server, parsed with
 * mailparser) and a real webhook receiver: one mail per recipient with working
 * links, an SMTP outage that delays and loses nothing, a failing webhook retried
 * until delivered with a valid signature.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeOf, siteKey } from '../keys/keys.test-support.js';
import { smtpMailer } from '../mail/smtp.js';
import { startSmtpServer, type TestSmtpServer } from '../mail/smtp-server.test-support.js';
import type { Mailer } from '../mail/types.js';
import { openPglite } from '../storage/pglite.js';
import type { Database } from '../storage/database.js';
import { NEED, needsHarness } from './needs.test-support.js';
import { webhookSignature } from './webhook.js';

let db: Database;
let smtp: TestSmtpServer;
let mailer: Mailer;
let harness: Awaited<ReturnType<typeof needsHarness>>;
let hook: Server;
let hookUrl: string;
const hookCalls: { status: number; body: string; timestamp: string; signature: string }[] = [];
let hookFailures = 2;
const HOOK_SECRET = 'webhook-secret-of-the-portal-site-0123456789';
const ORIGIN = { origin: 'https://www.coorace.example' };

beforeAll(async () => {
  db = await openPglite();
  smtp = await startSmtpServer();
  mailer = smtpMailer({ url: smtp.url, from: 'achat-inclusif <besoins@needs.test>' });
  hook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const status = hookFailures-- > 0 ? 500 : 204;
      hookCalls.push({ status, body, timestamp: String(request.headers['x-inclusif-timestamp']), signature: String(request.headers['x-inclusif-signature']) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hooks/needs`;
  const keys = storeOf([await siteKey('pk_test_portal', { webhooks: [{ url: hookUrl, secret: HOOK_SECRET }] }), await siteKey('pk_test_plain')]);
  harness = await needsHarness({ db, mailer, keys, now: Date.now, worker: { backoff: () => 1 } });
}, 60_000);

afterAll(async () => {
  await mailer.close();
  await smtp.stop();
  await new Promise((resolve) => hook.close(resolve));
  await db.close();
});

const links = (html: string | false | undefined) => [...(html || '').matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')));

/** These tests run on the real clock (the worker waits for real retries): a deadline a month ahead. */
const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

async function postConfirmed(title: string, key = 'pk_test_plain') {
  const created = await harness.post({ ...NEED, title, deadline }, { 'x-api-key': key, ...ORIGIN });
  expect(created.status).toBe(201);
  const { need } = (await created.json()) as { need: { id: string } };
  const before = smtp.received.length;
  await harness.runtime.worker.drain();
  const confirmation = smtp.received.slice(before).find((m) => m.parsed.subject?.includes(title))!;
  const confirm = links(confirmation.parsed.html).find((url) => url.pathname.endsWith('/confirm'))!;
  const page = await harness.app.request(confirm.pathname + confirm.search);
  expect(page.status).toBe(200);
  return { id: need.id, token: confirm.searchParams.get('token')! };
}

describe('delivery through SMTP', () => {
  it('sends each recipient exactly one mail, text and accessible HTML without remote images, whose links work', async () => {
    const { id, token } = await postConfirmed('Fauchage des talus');
    const before = smtp.received.length;
    await harness.submit(`/needs/${id}/confirm`, { token });
    await harness.runtime.worker.drain();
    const toSuppliers = smtp.received.slice(before);
    expect(toSuppliers.map((m) => m.to).sort()).toEqual(['a@suppliers.test', 'b@suppliers.test', 'd@suppliers.test']);
    for (const mail of toSuppliers) {
      expect(mail.parsed.text).toContain('Fauchage des talus');
      expect(mail.parsed.html).toContain('<html lang="fr">');
      expect(mail.parsed.html).toContain('lang="en"');
      expect(mail.parsed.html).not.toMatch(/<img|url\(/i);
      const answer = links(mail.parsed.html).find((url) => url.pathname.endsWith('/answer'))!;
      const page = await harness.app.request(answer.pathname + answer.search);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Fauchage des talus');
    }
    expect(new Set(toSuppliers.map((m) => m.parsed.messageId)).size).toBe(3);
  });

  it('delays mail while the SMTP server is down and delivers everything, once, when it is back', async () => {
    const { id, token } = await postConfirmed('Ramassage des feuilles');
    await smtp.stop();
    const before = smtp.received.length;
    await harness.submit(`/needs/${id}/confirm`, { token });
    expect(await harness.runtime.worker.runOnce()).toBe(3);
    const waiting = await db.query<{ attempts: number; failed: boolean }>(
      `SELECT attempts, last_error IS NOT NULL AS failed FROM outbox WHERE need_id = $1 AND purpose = 'supplier_need' AND sent_at IS NULL`,
      [id],
    );
    expect(waiting).toEqual([
      { attempts: 1, failed: true },
      { attempts: 1, failed: true },
      { attempts: 1, failed: true },
    ]);
    await smtp.start();
    await harness.runtime.worker.drain();
    expect(smtp.received.slice(before).map((m) => m.to).sort()).toEqual(['a@suppliers.test', 'b@suppliers.test', 'd@suppliers.test']);
  });
});

describe('webhooks', () => {
  it('retries a failing receiver until it answers, each call signed over timestamp and body', async () => {
    const { id, token } = await postConfirmed('Plantation de haies', 'pk_test_portal');
    await harness.submit(`/needs/${id}/confirm`, { token });
    await harness.runtime.worker.drain();
    expect(hookCalls.map((call) => call.status)).toEqual([500, 500, 204]);
    for (const call of hookCalls) {
      expect(call.signature).toBe(webhookSignature(HOOK_SECRET, Number(call.timestamp), call.body));
    }
    const delivered = JSON.parse(hookCalls.at(-1)!.body);
    expect(delivered).toMatchObject({ event: 'need.sent', need: { id, title: 'Plantation de haies', organisation: 'Ville de Rennes' } });
    expect(delivered.need.supplierIds.sort()).toEqual(['brest-d', 'rennes-a', 'rennes-b', 'rennes-c']);
    expect(hookCalls.at(-1)!.body).not.toContain(NEED.buyer.email);
  });
});
