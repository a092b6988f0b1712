/**
 * A worker in a process of its own, for the crash test: sends what the outbox holds
 * (database URL, SMTP URL, lease and connections from argv), then exits once nothing is left. The test kills
 * it with SIGKILL mid-dispatch and starts another.
 */
import { smtpMailer } from '../mail/smtp.js';
import { openPostgres } from '../storage/postgres.js';
import { createOutboxWorker } from './outbox-worker.js';

const [databaseUrl, smtpUrl, leaseMs, connections] = process.argv.slice(2);
const db = await openPostgres(databaseUrl!, { max: 4 });
const mailer = smtpMailer({ url: smtpUrl!, from: 'achat-inclusif <besoins@needs.test>' });
const worker = createOutboxWorker({ db, mailer, ratePerSecond: 400, leaseMs: Number(leaseMs), concurrency: Number(connections), backoff: () => 10 });
await worker.drain();
await mailer.close();
await db.close();
process.exit(0);
