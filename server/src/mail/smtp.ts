import { Worker } from 'node:worker_threads';
import type { Mailer, MailMessage } from './types.js';

export interface SmtpOptions {
  /** smtp://user:password@host:port or smtps://... */
  url: string;
  /** The From header, such as `achat-inclusif <besoins@example.org>`. */
  from: string;
  /** Connections kept open to the server, default 5. */
  maxConnections?: number;
}

interface Reply {
  id: number;
  error?: { message: string; code?: string; responseCode?: number };
}

/**
 * Mail through an SMTP server, over a pool of connections reused from message to message
 * (most of the speed of a dispatch), sent from a worker thread (smtp-thread.mjs) so that
 * composing and sending mail never holds up the server's searches.
 */
export function smtpMailer({ url, from, maxConnections = 5 }: SmtpOptions): Mailer {
  const address = new URL(url);
  address.searchParams.set('pool', 'true');
  address.searchParams.set('maxConnections', String(maxConnections));
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let lastId = 0;
  let broken: Error | undefined;
  let thread: Worker | undefined;

  /** The thread, started with the first message: a server that sends none never pays for it. */
  function started(): Worker {
    if (thread) return thread;
    const worker = new Worker(new URL('./smtp-thread.mjs', import.meta.url), { workerData: { url: address.toString() } });
    worker.on('message', ({ id, error }: Reply) => {
      const call = pending.get(id)!;
      pending.delete(id);
      // The thread keeps the process alive only while a message is on its way.
      if (!pending.size) worker.unref();
      if (error) call.reject(Object.assign(new Error(error.message), { code: error.code, responseCode: error.responseCode }));
      else call.resolve();
    });
    worker.on('error', (error) => {
      broken = error;
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    });
    return (thread = worker);
  }

  /** Sends `message`, or without one closes the pool; resolves on the thread's answer. */
  const ask = (message?: MailMessage & { from: string }) =>
    new Promise<void>((resolve, reject) => {
      if (broken) return reject(broken);
      const worker = started();
      const id = ++lastId;
      if (!pending.size) worker.ref();
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, message });
    });
  return {
    kind: 'smtp',
    send: (message) => ask({ ...message, from }),
    async close() {
      if (!thread) return;
      await ask();
      await thread.terminate();
    },
  };
}
