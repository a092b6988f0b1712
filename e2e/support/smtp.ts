/**
 * A real SMTP server on a loopback port for the end-to-end suite: the server under test
 * sends its mail to it (SMTP_URL), and every message received is parsed (mailparser) and
 * written as one JSON file in a directory the tests read (e2e/support/mailbox.ts): the
 * tests run in other processes than the global setup that owns this server.
 */
import { rename, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the tests read it. */
export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export async function startSmtpCatcher(directory: string): Promise<{ url: string; close(): Promise<void> }> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const mail: CaughtMail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          };
          // Written whole under a temporary name, then renamed: a reader never sees half a file.
          const name = `${String(++count).padStart(5, '0')}.json`;
          await writeFile(`${directory}/.${name}`, JSON.stringify(mail));
          await rename(`${directory}/.${name}`, `${directory}/${name}`);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
