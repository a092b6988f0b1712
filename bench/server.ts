/**
 * The app as `npm start` serves it (createApp over the default engine and the real
 * geography), on a free loopback port, plus the bench's own pages under /bench/.
 * No access log (it would measure the console) and a rate limit no bench reaches.
 */
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Supplier } from '../sdk/src/types.js';
import { createApp } from '../server/src/app.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

const UNLIMITED = { perMinute: 1e9, burst: 1e9 };

/** `files`: path (under /bench/) to [content type, body]. */
export async function startServer(suppliers: readonly Supplier[], files: Map<string, [string, string]> = new Map()): Promise<BenchServer> {
  const app = createApp({
    engine: createDefaultEngine(suppliers),
    geography: getGeography(),
    rateLimit: { anonymous: UNLIMITED, siteKeyDefault: UNLIMITED },
  });
  // The adapter's bindings (the Node request and socket) go on to the app, as with
  // main.ts's `fetch: app.fetch`: without them the rate limit finds no client address.
  const fetch = (request: Request, bindings: unknown): Response | Promise<Response> => {
    const { pathname } = new URL(request.url);
    const file = files.get(pathname);
    if (file) return new Response(file[1], { headers: { 'content-type': file[0], 'cache-control': 'no-store' } });
    return app.fetch(request, bindings);
  };
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The same server in a child process (serve-child.ts) over `count` demo suppliers:
 * what the load generator and the browser measure against.
 */
export async function startServerProcess(count: number, files: Map<string, [string, string]> = new Map()): Promise<BenchServer> {
  const child = fork(fileURLToPath(new URL('./serve-child.ts', import.meta.url)), [String(count)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.send([...files]);
  const origin = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { origin: string }).origin));
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
