/**
 * Vitest global setup of the end-to-end suite: builds the demo as `npm start` does, then
 * starts the real server (server/src/main.ts) on a free loopback port and hands its URL
 * to the tests (inject('baseUrl')). The server keeps its data (needs included) in a
 * temporary directory and sends its mail to a test SMTP server on loopback, whose catch
 * the tests read (inject('mailDir')). Stops both and removes the directories at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startSmtpCatcher } from './smtp.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the test SMTP server writes each message it receives, as JSON. */
    mailDir: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;

export default async function startDemoServer(project: TestProject) {
  const build = spawnSync(bin('rollup'), ['-c', '--environment', 'DEMO', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`the demo build failed (exit ${build.status})`);

  const dataDir = mkdtempSync(`${tmpdir()}/achat-inclusif-e2e-data-`);
  const mailDir = mkdtempSync(`${tmpdir()}/achat-inclusif-e2e-mail-`);
  const smtp = await startSmtpCatcher(mailDir);
  project.provide('mailDir', mailDir);

  // The demo keys accept the server's own localhost origins, so the port is chosen here.
  const port = await freePort();
  const server = spawn(bin('tsx'), ['server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      PUBLIC_URL: `http://localhost:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const baseUrl = await listening(server).catch(async (error: unknown) => {
    await smtp.close();
    throw error;
  });
  project.provide('baseUrl', baseUrl);

  return async function stopDemoServer() {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      // tsx runs the server in a child process: end the group this setup started.
      process.kill(-server.pid!, 'SIGTERM');
      await exited;
    }
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(mailDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves with the URL the server prints once it listens; rejects if it exits first. */
function listening(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let stderr = '';
    let ready = false;
    server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The access log goes on printing after the start: it is read (so the pipe never fills) and dropped.
    server.stdout!.on('data', (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString();
      const url = /(http:\/\/localhost:\d+)\//.exec(output)?.[1];
      if (url) {
        ready = true;
        resolve(url);
      }
    });
    server.once('exit', (code) => reject(new Error(`the demo server exited (${code}) before listening:\n${stderr}`)));
  });
}
