/**
 * Without SMTP_URL (a fresh `npm start`), mail is written as .eml files under the
 * data dir, one per message, for a developer to open; a local page lists them.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Mailer } from './types.js';

export interface FilesMailer extends Mailer {
  readonly directory: string;
  /** The files written, newest first. */
  list(): Promise<string[]>;
  read(name: string): Promise<Buffer | undefined>;
}

const EML = /^[0-9]{13}-[a-z0-9-]+\.eml$/;

export function filesMailer({ directory, from, now = Date.now }: { directory: string; from: string; now?: () => number }): FilesMailer {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let sequence = 0;
  return {
    kind: 'files',
    directory,
    async send(message) {
      await mkdir(directory, { recursive: true });
      const built = (await builder.sendMail({ ...message, from })) as { message: Buffer };
      const slug = message.messageId.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);
      await writeFile(join(directory, `${now()}-${slug}-${++sequence}.eml`), built.message);
    },
    async close() {},
    async list() {
      const names = await readdir(directory).catch(() => [] as string[]);
      return names.filter((name) => EML.test(name)).sort().reverse();
    },
    async read(name) {
      // Only names this mailer writes: never a path out of the directory.
      if (!EML.test(name)) return undefined;
      return readFile(join(directory, name)).catch(() => undefined);
    },
  };
}
