/**
 * A real SMTP server for the tests (the `smtp-server` package) on a loopback port:
 * every message it accepts is parsed with mailparser and kept. Stop it and start it
 * again on the same port to play an outage.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Resolves once `count` messages were received in all. */
  waitFor(count: number): Promise<void>;
  stop(): Promise<void>;
  /** Listens again on the same port, keeping what was received. */
  start(): Promise<void>;
}

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const notify = () => {
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  let server: SMTPServer;
  const listen = async (on: number) => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Stopping drops the pooled connections at once, as a crashed server would.
      closeTimeout: 10,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            for (const to of session.envelope.rcptTo) received.push({ to: to.address, parsed });
            notify();
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(on, '127.0.0.1', () => {
        server.off('error', reject);
        // A client that dies mid-message (the crash test) resets its socket: not the server's failure.
        server.on('error', () => {});
        resolve();
      });
    });
    return (server.server.address() as { port: number }).port;
  };
  const bound = await listen(port);
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    received,
    waitFor: (count) => (received.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: async () => {
      await listen(bound);
    },
  };
}
