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
import { percentile, round } from './measure.js';
import { SECTOR, type DispatchTiming, type NeedsServerRequest } from './needs-server.js';
import { startSmtpSink } from './smtp-sink.js';

export interface NeedsBench {
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

/** The server (bench/needs-server.ts) in its own process, and a way to ask it things over IPC. */
async function startNeedsServer(smtpUrl: string) {
  const child = fork(fileURLToPath(new URL('./needs-server.ts', import.meta.url)), [smtpUrl], { execArgv: ['--import', 'tsx'] });
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

export async function runNeedsBench(): Promise<NeedsBench> {
  const smtp = await startSmtpSink();
  const server = await startNeedsServer(smtp.url);
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
  const searchP50 = async (rounds: number) => {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(await timed(search));
    return percentile(times.sort((a, b) => a - b), 0.5);
  };
  await searchP50(30);
  const idleBefore = await searchP50(200);

  const posted = async (title: string) => ((await (await post(title)).json()) as { need: { id: string } }).need.id;

  // Dispatch alone: 1,000 supplier mails through the pooled SMTP connections, as fast as it goes.
  const measuredId = await posted('Dispatch mesuré');
  const before = await smtp.received();
  const timing = await server.ask<DispatchTiming>({ op: 'dispatch', needId: measuredId });
  const messages = (await smtp.received()) - before;

  // Search while another dispatch runs, paced at the production default rate of 200 a second.
  const pacedId = await posted('Dispatch pendant la recherche');
  await server.ask({ op: 'paced', needId: pacedId });
  const drained = server.next();
  const duringP50Ms = await searchP50(200);
  await drained;
  // Idle again once the dispatch is over: the machine drifts (a shared VM), the mean of both sides is the reference.
  const idleP50Ms = (idleBefore + (await searchP50(200))) / 2;

  await server.close();
  await smtp.close();
  return {
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
