/**
 * A worker in a process of its own, for the crash test: sends what the outbox holds, then
 * exits once nothing is left. argv: the database (a PostgreSQL URL, or a PGlite directory,
 * where it keeps its journal of accepted mails as the server does), the SMTP URL, the lease
 * and the connections. The test kills it with SIGKILL mid-dispatch and starts another.
 */
import { join } from 'node:path';
import { smtpMailer } from '../mail/smtp.js';
import { openPglite } from '../storage/pglite.js';
import { openPostgres } from '../storage/postgres.js';
import { createOutboxWorker } from './outbox-worker.js';
import { fileJournal } from './sent-journal.js';

const [database, smtpUrl, leaseMs, connections] = process.argv.slice(2);
const postgres = database!.startsWith('postgres://');
const db = postgres ? await openPostgres(database!, { max: 4 }) : await openPglite(database!);
const mailer = smtpMailer({ url: smtpUrl!, from: 'achat-inclusif <besoins@needs.test>' });
const worker = createOutboxWorker({
  db,
  mailer,
  ratePerSecond: 400,
  leaseMs: Number(leaseMs),
  concurrency: Number(connections),
  backoff: () => 10,
  journal: postgres ? undefined : fileJournal(join(database!, 'outbox-sent.journal')),
});
await worker.drain();
await mailer.close();
await db.close();
process.exit(0);
