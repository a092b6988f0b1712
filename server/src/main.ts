/**
 * The Node entry point: the only place that reads the environment. Serves the API,
 * the demo pages and the built widget on http://localhost:8787 by default.
 *
 * Environment:
 * - PORT (8787), HOST (127.0.0.1; 0.0.0.0 to listen on every interface);
 * - DATA_DIR: where imported suppliers are kept (./.data); served when present, else
 *   the synthetic demo data;
 * - TYPESENSE_NODES (or TYPESENSE_URL), TYPESENSE_API_KEY...: serve from Typesense
 *   instead of the embedded engine (see server/src/engine/typesense/README.md);
 * - KEYS_FILE: the site and admin keys (npm run keys); without it the API runs open,
 *   with the demo keys of the demo pages;
 * - TRUST_PROXY: how many reverse proxies sit in front (for X-Forwarded-For), 0 by default;
 * - LOG_REQUESTS=0 to silence the one-JSON-line-per-request log;
 * - needs (README, "Besoins / Needs"): DATABASE_URL (postgres://...; else PGlite in
 *   DATA_DIR/pglite), SMTP_URL (smtp://...; else .eml files in DATA_DIR/mail, listed
 *   on /dev/mail), MAIL_FROM, PUBLIC_URL (where links in mails point), NEEDS_SECRET
 *   (signs the links; else generated in DATA_DIR), NEEDS_MODERATION_THRESHOLD (500),
 *   NEEDS_RETENTION_DAYS (365), NEEDS_OUTCOME_DELAY_DAYS (7), MAIL_RATE_PER_SECOND (50),
 *   NEEDS=0 to run without needs.
 * - insights (README, "Statistiques / Insights"): recorded in the same database; INSIGHTS=0
 *   to record none.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { admin } from './api/admin/index.js';
import { createApp } from './app.js';
import { generateDemoSuppliers } from './demo-data/generate.js';
import { getGeography } from './domain/geography.js';
import { createDefaultEngine } from './engine/embedded/default.js';
import { createTypesenseEngine, typesenseConfigFromEnv } from './engine/typesense/index.js';
import { createSwappableEngine, embeddedReindex, type Reindex } from './ingest/reindex.js';
import { consoleLogger } from './http/access-log.js';
import { demoKeys } from './keys/demo.js';
import { loadKeysFile } from './keys/file.js';
import { createKeyStore, openKeyStore } from './keys/store.js';
import { filesMailer } from './mail/files.js';
import { clientAddress } from './http/rate-limit/client-address.js';
import { smtpMailer } from './mail/smtp.js';
import { createNeedsRuntime } from './needs/index.js';
import { devSecret } from './needs/secret.js';
import { fileJournal } from './needs/sent-journal.js';
import { withDemoSite } from './site.js';
import { openDatabase } from './storage/index.js';
import { DEFAULT_DATA_DIR, loadStoredSuppliers } from './data-dir/index.js';
import { createRecorder } from './insights/recorder.js';
import { addCounts } from './insights/store.js';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const keysFile = process.env.KEYS_FILE;
const dataDir = process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
const typesense = typesenseConfigFromEnv(process.env);

const started = performance.now();
const stored = await loadStoredSuppliers(dataDir);
const suppliers = stored ?? generateDemoSuppliers();
const dataLabel = stored ? 'fournisseurs importés' : 'fournisseurs de démonstration (données synthétiques)';

let engine;
let reindex: Reindex;
if (typesense) {
  const typesenseEngine = createTypesenseEngine(typesense);
  reindex = async (next) => (await typesenseEngine.reindex(next), typesenseEngine.stats());
  engine = typesenseEngine;
  // Typesense keeps its own data: load it only when the collection is empty.
  if ((await typesenseEngine.stats()).suppliers === 0) await reindex(suppliers);
} else {
  const swappable = createSwappableEngine(createDefaultEngine(suppliers));
  reindex = embeddedReindex(swappable);
  engine = swappable;
}
const origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
const numberFrom = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
const mailFrom = process.env.MAIL_FROM ?? `achat-inclusif <besoins@${new URL(publicUrl).hostname}>`;
const smtpUrl = process.env.SMTP_URL;
const mailFiles = smtpUrl ? undefined : filesMailer({ directory: join(dataDir, 'mail'), from: mailFrom });
// One database for needs and insights: PGlite allows one owner of its directory.
const database =
  process.env.NEEDS === '0' && process.env.INSIGHTS === '0' ? undefined : await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
const needsRuntime =
  process.env.NEEDS === '0' || !database
    ? undefined
    : await (async () => {
        const db = database;
        const runtime = createNeedsRuntime({
          db,
          engine,
          places: getGeography(),
          mailer: smtpUrl ? smtpMailer({ url: smtpUrl, from: mailFrom }) : mailFiles!,
          secret: process.env.NEEDS_SECRET ?? (await devSecret(dataDir)),
          publicUrl,
          moderationThreshold: numberFrom('NEEDS_MODERATION_THRESHOLD', 500),
          retentionDays: numberFrom('NEEDS_RETENTION_DAYS', 365),
          outcomeDelayDays: numberFrom('NEEDS_OUTCOME_DELAY_DAYS', 7),
          worker: {
            ratePerSecond: numberFrom('MAIL_RATE_PER_SECOND', 50),
            // PGlite has one owner, this process: accepted mails are noted in a journal and marked in batches.
            journal: db.kind === 'pglite' ? fileJournal(join(dataDir, 'outbox-sent.journal')) : undefined,
            onFailure: (message, error) =>
              console.error(JSON.stringify({ level: 'warn', outbox: message.id, purpose: message.purpose, attempts: message.attempts, error: String(error) })),
          },
        });
        runtime.start((error) => console.error(JSON.stringify({ level: 'error', job: 'needs-schedule', error: String(error) })));
        return { db, runtime };
      })();

const keys = keysFile ? createKeyStore(await loadKeysFile(keysFile)) : openKeyStore(await demoKeys({ origins }));

// Insights are counted in memory and written every few seconds; the last counts are
// written on a clean stop (SIGINT, SIGTERM) and lost on a crash, which statistics can bear.
const insights =
  process.env.INSIGHTS !== '0' && database
    ? {
        db: database,
        recorder: createRecorder({
          sink: (counts) => addCounts(database, counts),
          onError: (error) => console.error(JSON.stringify({ level: 'error', insights: 'batch dropped', error: String(error) })),
        }),
      }
    : undefined;

const app = withDemoSite(
  createApp({
    engine,
    geography: getGeography(),
    keys,
    admin: admin({ engine, dataDir, reindex, demoData: !stored }),
    insights,
    needs: needsRuntime && {
      service: needsRuntime.runtime.service,
      db: needsRuntime.db,
      tokens: needsRuntime.runtime.tokens,
      filesMailer: mailFiles,
      clientAddress: clientAddress(Number(process.env.TRUST_PROXY ?? 0)),
    },
    rateLimit: { trustProxy: Number(process.env.TRUST_PROXY ?? 0) },
    logger: process.env.LOG_REQUESTS === '0' ? undefined : consoleLogger,
    onInternalError: (error, c) =>
      console.error(JSON.stringify({ level: 'error', requestId: c.get('requestId'), path: c.req.path, error: String(error) })),
  }),
  fileURLToPath(new URL('../..', import.meta.url)),
);

serve({ fetch: app.fetch, port, hostname }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`achat-inclusif: ${suppliers.length} ${dataLabel}, moteur ${engine.name}, prêt en ${seconds} s`);
  if (!keysFile) {
    console.log(
      'achat-inclusif: mode ouvert, aucune clé requise (KEYS_FILE non défini) ; clés de démo pk_demo_federation, pk_demo_portail_bretagne / open mode: no key required',
    );
  }
  console.log(`achat-inclusif: http://localhost:${info.port}/  (API: /v1/suppliers, docs: /docs)`);
  if (needsRuntime) {
    const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${join(dataDir, 'pglite')})`;
    console.log(`achat-inclusif: besoins / needs: base ${database}, liens / links ${publicUrl}`);
    if (mailFiles) {
      console.log(
        `achat-inclusif: SMTP_URL non défini : les courriels sont écrits dans ${mailFiles.directory}, liste sur http://localhost:${info.port}/dev/mail / SMTP_URL not set: mail is written as .eml files, listed on /dev/mail`,
      );
    }
  }
});

// The insights' last counts are written, the worker finishes the message in hand and PGlite
// flushes to disk before the process ends.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await insights?.recorder.close();
    if (needsRuntime) await needsRuntime.runtime.stop();
    await database?.close();
    process.exit(0);
  });
}
