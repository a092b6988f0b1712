/**
 * Needs (issue 15): dispatch of one need to 1,000 suppliers through an SMTP server on
 * loopback (messages per second, goal >= 200/s, and peak memory), POST /v1/needs
 * latency over loopback HTTP on PGlite (goal p99 <= 20 ms), and search p50 while a
 * dispatch runs as a ratio to idle (goal >= 0.8). The server runs in a process of its
 * own (bench/needs-server.ts) and so does the SMTP server (bench/smtp-sink.ts), as in
 * production: what is measured is the server's work, not the bench client's.
 * `npx tsx bench/needs.ts` alone, or as part of `npm run bench`.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { NeedInput } from '../sdk/src/types.js';
import { existsSync } from 'node:fs';
import { startPostgres, type PostgresServer } from '../server/src/storage/postgres-server.test-support.js';
import { percentile, round } from './measure.js';
import { SECTOR, type DispatchTiming, type NeedsServerRequest } from './needs-server.js';
import { startSmtpSink } from './smtp-sink.js';

export interface NeedsBench {
  database: 'PGlite' | 'PostgreSQL';
  dispatch: { messages: number; seconds: number; perSecond: number; peakRssMB: number; rssGrowthMB: number };
  post: { requests: number; p50Ms: number; p99Ms: number };
  searchDuringDispatch: { idleP50Ms: number; duringP50Ms: number; ratio: number };
}

async function timed(request: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return performance.now() - started;
}

const SEARCH_ROUNDS = 4;
const SEARCHES_PER_ROUND = 100;

/** The server (bench/needs-server.ts) in its own process, and a way to ask it things over IPC. */
async function startNeedsServer(smtpUrl: string, databaseUrl?: string) {
  const args = databaseUrl ? [smtpUrl, databaseUrl] : [smtpUrl];
  const child = fork(fileURLToPath(new URL('./needs-server.ts', import.meta.url)), args, { execArgv: ['--import', 'tsx'] });
  const next = <T>() => new Promise<T>((resolve) => child.once('message', (message) => resolve(message as T)));
  const { origin } = await next<{ origin: string }>();
  return {
    origin,
    next,
    ask<T>(request: NeedsServerRequest): Promise<T> {
      const answer = next<T>();
      child.send(request);
      return answer;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

/**
 * On PGlite (the default, nothing to install), then on a PostgreSQL server started for the
 * bench as the tests start theirs (Debian's package; left out when it is not installed).
 */
export async function runNeedsBench(): Promise<NeedsBench[]> {
  const runs = [await runOn()];
  if (!existsSync(POSTGRES_BIN)) return runs;
  let postgres: PostgresServer | undefined;
  try {
    postgres = await startPostgres();
    runs.push(await runOn(postgres.url));
  } finally {
    await postgres?.stop();
  }
  return runs;
}

const POSTGRES_BIN = `${process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin'}/pg_ctl`;

async function runOn(databaseUrl?: string): Promise<NeedsBench> {
  const smtp = await startSmtpSink();
  const server = await startNeedsServer(smtp.url, databaseUrl);
  const base = server.origin;
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
  await server.ask({ op: 'drain' });

  const search = () => fetch(`${base}/v1/suppliers?q=espaces+verts&serves=commune:35238`);
  const searches = async (rounds: number, into: number[]) => {
    for (let i = 0; i < rounds; i++) into.push(await timed(search));
  };
  await searches(30, []);

  const posted = async (title: string) => ((await (await post(title)).json()) as { need: { id: string } }).need.id;

  // Dispatch alone: 1,000 supplier mails through the pooled SMTP connections, as fast as it goes.
  const measuredId = await posted('Dispatch mesuré');
  const before = await smtp.received();
  const timing = await server.ask<DispatchTiming>({ op: 'dispatch', needId: measuredId });
  const messages = (await smtp.received()) - before;

  // Searches while a dispatch runs, paced at the production default rate of 200 a second
  // (each dispatch lasts ~6 s, the searches of a round well under that), and with none,
  // in turns: the machine drifts (a shared VM), so each side is measured all along the run.
  const idle: number[] = [];
  const during: number[] = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    await searches(SEARCHES_PER_ROUND, idle);
    const pacedId = await posted(`Dispatch pendant la recherche ${round}`);
    await server.ask({ op: 'paced', needId: pacedId });
    const drained = server.next();
    await searches(SEARCHES_PER_ROUND, during);
    await drained;
  }
  const idleP50Ms = percentile(idle.sort((a, b) => a - b), 0.5);
  const duringP50Ms = percentile(during.sort((a, b) => a - b), 0.5);

  await server.close();
  await smtp.close();
  return {
    database: databaseUrl ? 'PostgreSQL' : 'PGlite',
    dispatch: {
      messages,
      seconds: round(timing.seconds),
      perSecond: round(messages / timing.seconds, 0),
      peakRssMB: round(timing.peakRss / 2 ** 20, 0),
      rssGrowthMB: round((timing.peakRss - timing.rssBefore) / 2 ** 20, 0),
    },
    post: { requests: posts.length, p50Ms: round(percentile(posts, 0.5)), p99Ms: round(percentile(posts, 0.99)) },
    searchDuringDispatch: { idleP50Ms: round(idleP50Ms), duringP50Ms: round(duringP50Ms), ratio: round(idleP50Ms / duringP50Ms) },
  };
}

export function formatNeedsBench(results: NeedsBench[]): string {
  const row = (label: (run: NeedsBench) => string, value: (run: NeedsBench) => string, goal: string) =>
    `| ${label(results[0]!)} | ${results.map(value).join(' | ')} | ${goal} |`;
  return `
## Besoins / Needs (SMTP on loopback; the server, the SMTP server and the client in three processes)

| Measure | ${results.map((run) => run.database).join(' | ')} | Goal |
| --- | ${results.map(() => '---').join(' | ')} | --- |
${row((run) => `Dispatch of one need to ${run.dispatch.messages} suppliers`, (run) => `${run.dispatch.perSecond} messages/s (${run.dispatch.seconds} s)`, '>= 200/s')}
${row(() => 'Peak RSS of the server during the dispatch', (run) => `${run.dispatch.peakRssMB} MB (+${run.dispatch.rssGrowthMB} MB)`, '')}
${row((run) => `POST /v1/needs over loopback HTTP, ${run.post.requests} requests`, (run) => `p50 ${run.post.p50Ms} ms, p99 ${run.post.p99Ms} ms`, 'p99 <= 20 ms on PGlite')}
${row(() => 'Search p50 idle / during a dispatch at 200 msg/s', (run) => `${run.searchDuringDispatch.idleP50Ms} ms / ${run.searchDuringDispatch.duringP50Ms} ms, ratio ${run.searchDuringDispatch.ratio}`, '>= 0.8')}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatNeedsBench(await runNeedsBench()));
}
