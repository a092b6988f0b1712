/**
 * A worker killed with SIGKILL in the middle of a dispatch, then another started:
 * every recipient gets the need, and only a message the dead worker had in flight on
 * one of its five connections when it died may come twice, as the very same mail
 * (same Message-ID). On a real PostgreSQL server, each mail marked sent as soon as it is
 * accepted; on PGlite in a data dir, noted in the worker's journal and marked in batches
 * (sent-journal.ts). The workers run in child processes.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Supplier } from '../../../sdk/src/types.js';
import { activity, makeSupplier } from '../engine/embedded/suppliers.test-support.js';
import { startSmtpServer, type TestSmtpServer } from '../mail/smtp-server.test-support.js';
import { migrate } from '../storage/migrate.js';
import { openPglite } from '../storage/pglite.js';
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
let pgliteDir: string;

const suppliers: Supplier[] = Array.from({ length: RECIPIENTS }, (_, i) =>
  makeSupplier(`s${i}`, { name: `SUPPLIER ${i}`, contact: { email: `s${i}@suppliers.test` }, activities: [activity(SECTOR, { type: 'CUSTOM', km: 30 })] }),
);

beforeAll(async () => {
  server = await startPostgres();
  pgliteDir = await mkdtemp(join(tmpdir(), 'achat-inclusif-crash-'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await rm(pgliteDir, { recursive: true, force: true });
});

/** A worker in a child process, on `database` (a PostgreSQL URL or a PGlite directory). */
function startWorker(database: string, smtp: TestSmtpServer) {
  const child = fork(CHILD, [database, smtp.url, String(LEASE_MS), String(CONNECTIONS)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited };
}

/**
 * Posts and sends a need to the 300 suppliers, then lets a worker send it, kills it with
 * SIGKILL after 100 mails, and starts another. PGlite has one owner at a time: the test
 * opens it only while no worker runs. Returns the outbox's state and the mails received.
 */
async function crashAndRestart(database: string, open: () => Promise<Database>) {
  let db = await open();
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
  await db.close();

  const smtp = await startSmtpServer();
  try {
    const first = startWorker(database, smtp);
    await smtp.waitFor(RECIPIENTS / 3);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(smtp.received.length).toBeLessThan(RECIPIENTS);
    const second = startWorker(database, smtp);
    expect(await second.exited).toBe(0);
  } finally {
    await smtp.stop();
  }

  db = await open();
  try {
    const [state] = await db.query<{ unsent: number; sent: number }>(
      `SELECT count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent, count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent
       FROM outbox WHERE need_id = $1 AND purpose = 'supplier_need'`,
      [need.id],
    );
    return { state, received: smtp.received };
  } finally {
    await db.close();
  }
}

describe('a crash mid-dispatch', () => {
  for (const [name, database, open] of [
    ['PostgreSQL, each mail marked at once', () => server.url, () => openPostgres(server.url)],
    ['PGlite in the data dir, mails noted in a journal and marked in batches', () => pgliteDir, async () => {
      const db = await openPglite(pgliteDir);
      await migrate(db);
      return db;
    }],
  ] as const) {
    it(`loses nothing on ${name}: after SIGKILL and a restart, every recipient has the need, duplicates only of in-flight mail`, async () => {
      const { state, received } = await crashAndRestart(database(), open);
      expect(state).toEqual({ unsent: 0, sent: RECIPIENTS });
      const byRecipient = new Map<string, Set<string>>();
      for (const mail of received) {
        const ids = byRecipient.get(mail.to) ?? new Set<string>();
        ids.add(mail.parsed.messageId!);
        byRecipient.set(mail.to, ids);
      }
      expect([...byRecipient.keys()].sort()).toEqual(suppliers.map((s) => s.contact!.email!).sort());
      for (const ids of byRecipient.values()) expect(ids.size).toBe(1);
      // At most one repeat per connection: the mail accepted by the SMTP server in the instant before the kill.
      expect(received.length - RECIPIENTS).toBeLessThanOrEqual(CONNECTIONS);
    }, 120_000);
  }
});
