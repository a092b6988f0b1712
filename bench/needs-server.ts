/**
 * The needs bench's server in a process of its own (as bench/serve-child.ts is for the
 * HTTP bench): the API with its needs runtime on PGlite in a data dir of its own (with
 * the journal of accepted mails, as the server runs it), or on the PostgreSQL server whose
 * URL follows, sending through the SMTP URL given in argv. The bench's client, in the parent, measures over HTTP without sharing
 * this event loop. Over IPC it answers its origin, then runs what the parent asks:
 * `drain` (send what waits), `dispatch` (confirm a need and send it, timed, as fast as
 * it can), `paced` (the same at the production default rate, answering when done).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Supplier } from '../sdk/src/types.js';
import { createApp } from '../server/src/app.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';
import { smtpMailer } from '../server/src/mail/smtp.js';
import { createNeedsRuntime } from '../server/src/needs/index.js';
import { fileJournal } from '../server/src/needs/sent-journal.js';
import { migrate } from '../server/src/storage/migrate.js';
import { openPglite } from '../server/src/storage/pglite.js';
import { openPostgres } from '../server/src/storage/postgres.js';

export const SECTOR = 'creation-et-entretien-des-espaces-verts';
export const RECIPIENTS = 1000;

export type NeedsServerRequest = { op: 'drain' } | { op: 'dispatch' | 'paced'; needId: string };
export interface DispatchTiming {
  seconds: number;
  peakRss: number;
  rssBefore: number;
}

/** 1,000 suppliers in Rennes offering green spaces, each with an e-mail. */
function recipients(): Supplier[] {
  const [template] = generateDemoSuppliers({ count: 1 });
  return Array.from({ length: RECIPIENTS }, (_, i) => ({
    ...template!,
    id: `bench-${i}`,
    siret: String(10_000_000_000_000 + i),
    name: `BENCH ${i}`,
    contact: { email: `bench-${i}@suppliers.test` },
    address: { postcode: '35000', city: 'Rennes', communeCode: '35238', department: '35', region: '53', point: { lat: 48.11, lng: -1.68 } },
    activities: [{ sector: SECTOR, prestaTypes: ['PREST'], range: { type: 'CUSTOM', km: 30 } }],
    active: true,
  })) as Supplier[];
}

async function main(smtpUrl: string, databaseUrl?: string) {
  const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'achat-inclusif-bench-'));
  process.once('SIGTERM', () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
  const db = dataDir ? await openPglite(dataDir) : await openPostgres(databaseUrl!);
  await migrate(db);
  const mailer = smtpMailer({ url: smtpUrl, from: 'achat-inclusif <besoins@bench.test>' });
  const engine = createDefaultEngine([...generateDemoSuppliers({ count: 10_000 }), ...recipients()]);
  const geography = getGeography();
  const runtimeWith = (ratePerSecond: number) =>
    createNeedsRuntime({
      db, engine, places: geography, mailer, secret: 'bench-secret-bench-secret-bench-secret!', publicUrl: 'http://bench.test',
      moderationThreshold: 100_000,
      // A journal per worker: each replays and rewrites its own.
      worker: { ratePerSecond, journal: dataDir ? fileJournal(join(dataDir, `outbox-sent-${ratePerSecond}.journal`)) : undefined },
    });
  const runtime = runtimeWith(100_000);
  // The production default rate, for the dispatch the searches run beside.
  const paced = runtimeWith(200);
  const app = createApp({
    engine,
    geography,
    // The bench is one client asking a lot: the per-client limit would measure itself.
    rateLimit: { anonymous: { perMinute: 1e6, burst: 1e6 } },
    needs: { service: runtime.service, db, tokens: runtime.tokens, postingRate: { perMinute: 1e6, burst: 1e6 } },
  });
  const confirmed = async (needId: string) => {
    await db.query('UPDATE needs SET confirmed_at = now() WHERE id = $1', [needId]);
    await runtime.service.dispatch(needId);
  };
  process.on('message', async (request: NeedsServerRequest) => {
    if (request.op === 'drain') {
      await runtime.worker.drain();
      process.send!({ drained: true });
    } else if (request.op === 'dispatch') {
      await confirmed(request.needId);
      let peakRss = process.memoryUsage().rss;
      const rssBefore = peakRss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
      const started = performance.now();
      await runtime.worker.drain();
      clearInterval(sampler);
      process.send!({ seconds: (performance.now() - started) / 1000, peakRss, rssBefore } satisfies DispatchTiming);
    } else {
      await confirmed(request.needId);
      process.send!({ started: true });
      await paced.worker.drain();
      process.send!({ drained: true });
    }
  });
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send!({ origin: `http://127.0.0.1:${info.port}` }));
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv[2]!, process.argv[3]);
