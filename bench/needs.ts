/**
 * Needs (issue 15): dispatch of one need to 1,000 suppliers through an SMTP server on
 * loopback (messages per second, goal >= 200/s, and peak memory), POST /v1/needs
 * latency over loopback HTTP on PGlite (goal p99 <= 20 ms), and search p50 while a
 * dispatch runs as a ratio to idle (goal >= 0.8). `npx tsx bench/needs.ts` alone, or
 * as part of `npm run bench`.
 */
import { serve, type ServerType } from '@hono/node-server';
import { SMTPServer } from 'smtp-server';
import type { NeedInput, Supplier } from '../sdk/src/types.js';
import { createApp } from '../server/src/app.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';
import { smtpMailer } from '../server/src/mail/smtp.js';
import { createNeedsRuntime } from '../server/src/needs/index.js';
import { migrate } from '../server/src/storage/migrate.js';
import { openPglite } from '../server/src/storage/pglite.js';
import { percentile, round } from './measure.js';

export interface NeedsBench {
  dispatch: { messages: number; seconds: number; perSecond: number; peakRssMB: number; rssGrowthMB: number };
  post: { requests: number; p50Ms: number; p99Ms: number };
  searchDuringDispatch: { idleP50Ms: number; duringP50Ms: number; ratio: number };
}

const SECTOR = 'creation-et-entretien-des-espaces-verts';
const RECIPIENTS = 1000;

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

/** An SMTP server that accepts and counts, parsing nothing. */
async function smtpSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 10,
    onData(stream, _session, callback) {
      stream.on('end', () => (received++, callback()));
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function timed(request: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return performance.now() - started;
}

export async function runNeedsBench(): Promise<NeedsBench> {
  const db = await openPglite();
  await migrate(db);
  const smtp = await smtpSink();
  const mailer = smtpMailer({ url: smtp.url, from: 'achat-inclusif <besoins@bench.test>' });
  const engine = createDefaultEngine([...generateDemoSuppliers({ count: 10_000 }), ...recipients()]);
  const geography = getGeography();
  const runtime = createNeedsRuntime({
    db, engine, places: geography, mailer, secret: 'bench-secret-bench-secret-bench-secret!', publicUrl: 'http://bench.test',
    moderationThreshold: 100_000, worker: { ratePerSecond: 100_000 },
  });
  const app = createApp({
    engine,
    geography,
    // The bench is one client asking a lot: the per-client limit would measure itself.
    rateLimit: { anonymous: { perMinute: 1e6, burst: 1e6 } },
    needs: { service: runtime.service, db, tokens: runtime.tokens, postingRate: { perMinute: 1e6, burst: 1e6 } },
  });
  const server: ServerType = await new Promise((resolve) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(listening));
  });
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const need = (title: string): NeedInput => ({
    kind: 'QUOTE', title, description: 'Tonte et taille des haies de trois parcs.', sectors: [SECTOR as NeedInput['sectors'][number]],
    places: ['commune:35238'], deadline, amount: '10-15K', buyer: { name: 'Camille', organisation: 'Ville de Rennes', email: 'camille@buyer.test' },
  });
  const post = (title: string) =>
    fetch(`${base}/v1/needs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(need(title)) });

  // POST /v1/needs: 20 to warm up, then 300 measured, one at a time.
  for (let i = 0; i < 20; i++) await timed(() => post(`Échauffement ${i}`));
  const posts: number[] = [];
  for (let i = 0; i < 300; i++) posts.push(await timed(() => post(`Besoin ${i}`)));
  posts.sort((a, b) => a - b);
  await runtime.worker.drain();

  const search = () => fetch(`${base}/v1/suppliers?q=espaces+verts&serves=commune:35238`);
  const searchP50 = async (rounds: number) => {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(await timed(search));
    return percentile(times.sort((a, b) => a - b), 0.5);
  };
  await searchP50(30);
  const idleP50Ms = await searchP50(200);

  const dispatchOne = async (title: string) => {
    const { need: created } = (await (await post(title)).json()) as { need: { id: string } };
    await db.query('UPDATE needs SET confirmed_at = now() WHERE id = $1', [created.id]);
    await runtime.service.dispatch(created.id);
  };

  // Dispatch alone: 1,000 supplier mails through the pooled SMTP connections.
  await dispatchOne('Dispatch mesuré');
  let peakRss = process.memoryUsage().rss;
  const rssBefore = peakRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const before = smtp.received();
  const started = performance.now();
  await runtime.worker.drain();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const messages = smtp.received() - before;

  // Search while another dispatch runs, paced at the production default rate of 200 a second.
  const paced = createNeedsRuntime({
    db, engine, places: geography, mailer, secret: 'bench-secret-bench-secret-bench-secret!', publicUrl: 'http://bench.test',
    worker: { ratePerSecond: 200 },
  });
  await dispatchOne('Dispatch pendant la recherche');
  const running = paced.worker.drain();
  const duringP50Ms = await searchP50(200);
  await running;

  await mailer.close();
  await smtp.close();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
  return {
    dispatch: { messages, seconds: round(seconds), perSecond: round(messages / seconds, 0), peakRssMB: round(peakRss / 2 ** 20, 0), rssGrowthMB: round((peakRss - rssBefore) / 2 ** 20, 0) },
    post: { requests: posts.length, p50Ms: round(percentile(posts, 0.5)), p99Ms: round(percentile(posts, 0.99)) },
    searchDuringDispatch: { idleP50Ms: round(idleP50Ms), duringP50Ms: round(duringP50Ms), ratio: round(idleP50Ms / duringP50Ms) },
  };
}

export function formatNeedsBench(result: NeedsBench): string {
  const { dispatch, post, searchDuringDispatch: search } = result;
  return `
## Besoins / Needs (PGlite, SMTP on loopback)

| Measure | Value | Goal |
| --- | --- | --- |
| Dispatch of one need to ${dispatch.messages} suppliers | ${dispatch.perSecond} messages/s (${dispatch.seconds} s) | >= 200/s |
| Peak RSS during the dispatch | ${dispatch.peakRssMB} MB (+${dispatch.rssGrowthMB} MB) | |
| POST /v1/needs over loopback HTTP, ${post.requests} requests | p50 ${post.p50Ms} ms, p99 ${post.p99Ms} ms | p99 <= 20 ms |
| Search p50 idle / during a dispatch at 200 msg/s | ${search.idleP50Ms} ms / ${search.duringP50Ms} ms, ratio ${search.ratio} | >= 0.8 |
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatNeedsBench(await runNeedsBench()));
}
