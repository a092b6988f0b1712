/**
 * An SMTP server that accepts and counts, parsing nothing: the mail server a dispatch
 * talks to, in a process of its own as in production (a remote MTA), so that its work
 * is not counted against the search it runs beside. Started by startSmtpSink; answers
 * its URL over IPC, then the count of messages received each time it is asked.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  received(): Promise<number>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'] });
  const next = <T>() => new Promise<T>((resolve) => child.once('message', (message) => resolve(message as T)));
  const { url } = await next<{ url: string }>();
  return {
    url,
    async received() {
      const answer = next<{ received: number }>();
      child.send('count');
      return (await answer).received;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

async function serveSink() {
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
  process.on('message', () => process.send!({ received }));
  process.send!({ url: `smtp://127.0.0.1:${port}` });
}

if (import.meta.url === `file://${process.argv[1]}`) await serveSink();
