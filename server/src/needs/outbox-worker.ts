/**
 * Sends what the outbox holds: claims due rows in batches, sends them at a configured
 * rate over a few parallel connections, marks each sent, or schedules its retry with
 * exponential backoff. Any number of workers (in as many processes) may run on one
 * PostgreSQL database; the claim keeps them apart.
 */
import type { Mailer, MailMessage } from '../mail/types.js';
import type { Database } from '../storage/database.js';
import { claim, markFailed, markSent, nextDue, type ClaimedMessage } from './outbox.js';
import type { SentJournal } from './sent-journal.js';
import { deliverWebhook, type WebhookCall } from './webhook.js';

export interface OutboxWorkerOptions {
  db: Database;
  mailer: Mailer;
  /** Calls a webhook; `deliverWebhook` over fetch by default. */
  webhook?: (call: WebhookCall) => Promise<void>;
  /** Messages started per second at most, default 50. */
  ratePerSecond?: number;
  /** Messages sent at once, default 5 (the SMTP pool's connections). */
  concurrency?: number;
  /** Rows claimed at a time, default 100. */
  batchSize?: number;
  /**
   * Where accepted mails are noted before their marks go to the database in batches
   * (sent-journal.ts); only for a database this process alone writes. Without it, each
   * mail is marked sent as soon as it is accepted.
   */
  journal?: SentJournal;
  /** With a journal: marks written together, default 50, and at most this long after the first, default 250 ms. */
  journalBatch?: { size?: number; ms?: number };
  /** How long a claim holds before another worker may take the row, default 5 minutes. */
  leaseMs?: number;
  /** Milliseconds before attempt n+1 after n failures; default 30 s x 2^(n-1), at most an hour. */
  backoff?: (attempts: number) => number;
  /** Longest wait between two looks at the outbox when idle, default 2 s. */
  pollMs?: number;
  now?: () => number;
  /** A failed attempt (it will be retried): for the log. */
  onFailure?: (message: ClaimedMessage, error: unknown) => void;
}

export interface OutboxWorker {
  /** Claims and sends one batch; how many rows it claimed. */
  runOnce(): Promise<number>;
  /** Sends until nothing is left to send, waiting for retries as they fall due. */
  drain(): Promise<void>;
  /** Runs in the background until `stop`. */
  start(): void;
  /** Something was enqueued: look now rather than at the next poll. */
  notify(): void;
  stop(): Promise<void>;
}

export const defaultBackoff = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, mailer, ratePerSecond = 50, concurrency = 5, batchSize = 100, leaseMs = 300_000, pollMs = 2_000 } = options;
  const backoff = options.backoff ?? defaultBackoff;
  const now = options.now ?? Date.now;
  const webhook = options.webhook ?? ((call: WebhookCall) => deliverWebhook(call, { now }));
  let nextStart = 0;
  let running: Promise<void> | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;

  /** Waits for this message's turn under the rate. */
  async function slot(): Promise<void> {
    const at = Math.max(now(), nextStart);
    nextStart = at + 1000 / ratePerSecond;
    const wait = at - now();
    if (wait > 0) await pause(wait);
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });
  }

  /**
   * Accepted messages waiting for their mark. Marks are written one UPDATE at a time, each
   * taking every id that came meanwhile (a group commit: the dispatch's bottleneck on
   * PGlite is the number of statements).
   * - Without a journal, a message is marked as soon as the SMTP server has accepted it,
   *   before its lane sends another: a worker killed then sends again only what was in
   *   flight on its connections (the acceptance and the mark cannot be one atomic step),
   *   as the very same mail, with the same Message-ID.
   * - With one, its id is noted there first and the marks go in batches (size, or time
   *   after the first); a worker that starts marks what the journal holds.
   */
  const journal = options.journal;
  const { size: journalSize = 50, ms: journalMs = 250 } = options.journalBatch ?? {};
  let unmarked: number[] = [];
  let marking: Promise<void> = Promise.resolve();
  let markTimer: ReturnType<typeof setTimeout> | undefined;
  let replayed = false;

  /** Marks what waits, after the marks being written; what fails waits for the next. */
  function mark(): Promise<void> {
    clearTimeout(markTimer);
    markTimer = undefined;
    marking = marking
      .catch(() => undefined)
      .then(async () => {
        const ids = unmarked;
        unmarked = [];
        if (!ids.length) return;
        try {
          await markSent(db, ids, new Date(now()));
        } catch (error) {
          unmarked = [...ids, ...unmarked];
          throw error;
        }
        journal?.keep(unmarked);
      });
    return marking;
  }

  async function accepted(id: number): Promise<void> {
    unmarked.push(id);
    if (!journal) return mark();
    journal.record(id);
    if (unmarked.length >= journalSize) await mark();
    else markTimer ??= setTimeout(() => void mark().catch(() => undefined), journalMs);
  }

  /** A worker that starts marks what an earlier one of this process noted and did not mark. */
  async function replay(): Promise<void> {
    if (!journal || replayed) return;
    const ids = journal.recorded();
    if (ids.length) await markSent(db, ids, new Date(now()));
    journal.keep([]);
    replayed = true;
  }

  async function send(message: ClaimedMessage): Promise<void> {
    await slot();
    try {
      if (message.channel === 'mail') await mailer.send(message.payload as MailMessage);
      else await webhook(message.payload as WebhookCall);
    } catch (error) {
      options.onFailure?.(message, error);
      await markFailed(db, message.id, String((error as Error)?.message ?? error), new Date(now() + backoff(message.attempts)));
      return;
    }
    await accepted(message.id);
  }

  async function runOnce(): Promise<number> {
    await replay();
    const batch = await claim(db, batchSize, leaseMs, new Date(now()));
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, batch.length) }, async () => {
      while (next < batch.length && !stopping) await send(batch[next++]!);
    });
    await Promise.all(lanes);
    await mark();
    return batch.length;
  }

  async function drain(): Promise<void> {
    while (!stopping) {
      if (await runOnce()) continue;
      const due = await nextDue(db);
      if (!due) return;
      await pause(Math.max(due.getTime() - now(), 1));
    }
  }

  return {
    runOnce,
    drain,
    start() {
      if (running) return;
      stopping = false;
      running = (async () => {
        while (!stopping) {
          await drain();
          if (!stopping) await pause(pollMs);
        }
      })();
    },
    notify() {
      wake?.();
    },
    async stop() {
      stopping = true;
      wake?.();
      await running;
      running = undefined;
      await mark();
    },
  };
}
