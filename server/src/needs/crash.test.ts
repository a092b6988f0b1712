/**
 * A worker killed with SIGKILL in the middle of a dispatch, then another started:
 * every recipient gets the need, and only a message the dead worker had in flight on
 * one of its five connections when it died may come twice, as the very same mail
 * (same Message-ID): each mail is marked sent as soon as the SMTP server accepts it.
 * On a real PostgreSQL server, the worker in a child process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Supplier } from '../../../sdk/src/types.js';
import { activity, makeSupplier } from '../engine/embedded/suppliers.test-support.js';
import { startSmtpServer, type TestSmtpServer } from '../mail/smtp-server.test-support.js';
import { openPostgres } from '../storage/postgres.js';
import { startPostgres, type PostgresServer } from '../storage/postgres-server.test-support.js';
import type { Database } from '../storage/database.js';
import { memoryMailer, NEED, needsHarness, SECTOR } from './needs.test-support.js';

const RECIPIENTS = 300;
const LEASE_MS = 1000;
/** The worker's parallel SMTP connections. */
const CONNECTIONS = 5;
const CHILD = fileURLToPath(new URL('./outbox-child.test-support.ts', import.meta.url));

let server: PostgresServer;
let db: Database;
let smtp: TestSmtpServer;

const suppliers: Supplier[] = Array.from({ length: RECIPIENTS }, (_, i) =>
  makeSupplier(`s${i}`, { name: `SUPPLIER ${i}`, contact: { email: `s${i}@suppliers.test` }, activities: [activity(SECTOR, { type: 'CUSTOM', km: 30 })] }),
);

beforeAll(async () => {
  server = await startPostgres();
  db = await openPostgres(server.url);
  smtp = await startSmtpServer();
}, 60_000);

afterAll(async () => {
  await db?.close();
  await smtp?.stop();
  await server?.stop();
});

function startWorker(): { child: ChildProcess; exited: Promise<number | null> } {
  const child = fork(CHILD, [server.url, smtp.url, String(LEASE_MS), String(CONNECTIONS)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited };
}

describe('a crash mid-dispatch', () => {
  it('loses nothing: after SIGKILL and a restart, every recipient has the need, duplicates only of in-flight mail', async () => {
    // The child workers run on the real clock: so does this need.
    const harness = await needsHarness({ db, mailer: memoryMailer(), suppliers, now: Date.now });
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const created = await harness.post({ ...NEED, deadline });
    const { need } = (await created.json()) as { need: { id: string; recipients: { found: number } } };
    expect(need.recipients.found).toBe(RECIPIENTS);
    await db.query(`UPDATE needs SET confirmed_at = now() WHERE id = $1`, [need.id]);
    expect(await harness.runtime.service.dispatch(need.id)).toBe('sent');
    // The buyer's confirmation mail was sent by the harness' mailer; only supplier mail remains.
    await db.query(`UPDATE outbox SET sent_at = now() WHERE purpose = 'buyer_confirm'`);

    const first = startWorker();
    await smtp.waitFor(RECIPIENTS / 3);

    first.child.kill('SIGKILL');
    await first.exited;
    const beforeRestart = smtp.received.length;
    expect(beforeRestart).toBeLessThan(RECIPIENTS);


    const second = startWorker();
    expect(await second.exited).toBe(0);

    const [state] = await db.query<{ unsent: number; sent: number }>(
      `SELECT count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent, count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent
       FROM outbox WHERE need_id = $1 AND purpose = 'supplier_need'`,
      [need.id],
    );
    expect(state).toEqual({ unsent: 0, sent: RECIPIENTS });
    const byRecipient = new Map<string, Set<string>>();
    for (const mail of smtp.received) {
      const ids = byRecipient.get(mail.to) ?? new Set<string>();
      ids.add(mail.parsed.messageId!);
      byRecipient.set(mail.to, ids);
    }
    expect([...byRecipient.keys()].sort()).toEqual(suppliers.map((s) => s.contact!.email!).sort());
    for (const ids of byRecipient.values()) expect(ids.size).toBe(1);
    // At most one repeat per connection: the mail accepted by the SMTP server in the instant before the kill.
    expect(smtp.received.length - RECIPIENTS).toBeLessThanOrEqual(CONNECTIONS);
  }, 120_000);
});
