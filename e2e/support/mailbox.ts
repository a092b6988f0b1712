/**
 * The mail the test SMTP server caught (e2e/support/smtp.ts), read from its directory:
 * a test awaits the message it expects, woken by the directory changing, never by a timer.
 */
import { watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { CaughtMail } from './smtp.js';

async function caught(directory: string): Promise<CaughtMail[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(`${directory}/${name}`, 'utf8')) as CaughtMail));
}

/** Every message caught so far. */
export const allMail = () => caught(inject('mailDir'));

/** Resolves with the first message caught that `matches`, as soon as it arrives. */
export function waitForMail(matches: (mail: CaughtMail) => boolean): Promise<CaughtMail> {
  const directory = inject('mailDir');
  return new Promise((resolve, reject) => {
    let done = false;
    const watcher = watch(directory);
    const look = async () => {
      if (done) return;
      const found = (await caught(directory)).find(matches);
      if (!found || done) return;
      done = true;
      watcher.close();
      resolve(found);
    };
    watcher.on('change', () => void look().catch(reject));
    watcher.on('error', reject);
    // Looked at once the watcher is on: a message arrived before it is not missed.
    void look().catch(reject);
  });
}

/** The links of a message's text part to a path, in order. */
export function linksIn(mail: CaughtMail, path: RegExp): URL[] {
  return (mail.text.match(/https?:\/\/[^\s<>")]+/g) ?? []).map((text) => new URL(text)).filter((url) => path.test(url.pathname));
}
