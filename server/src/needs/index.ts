/**
 * Everything the needs flow runs on, put together from configuration: the signed
 * links, the flow, the outbox worker and the clock-driven jobs. The entry point
 * (main.ts) builds it; tests build it with their own database, mailer and clock.
 */
import type { SearchEngine } from '../query/types.js';
import type { Mailer } from '../mail/types.js';
import type { PlaceResolver } from '../query/context.js';
import type { Database } from '../storage/database.js';
import { createOutboxWorker, type OutboxWorkerOptions } from './outbox-worker.js';
import { createNeedsSchedule } from './schedule.js';
import { createNeedsService, type NeedsConfig } from './service.js';
import { createTokens } from './tokens.js';

export interface NeedsRuntimeOptions extends Omit<NeedsConfig, 'tokens' | 'onEnqueued'> {
  db: Database;
  engine: SearchEngine;
  places: PlaceResolver;
  mailer: Mailer;
  /** Signs the links; at least 32 characters. */
  secret: string;
  worker?: Omit<OutboxWorkerOptions, 'db' | 'mailer' | 'now'>;
  outcomeDelayDays?: number;
  retentionDays?: number;
  /** How often the scheduled jobs run, default hourly. */
  scheduleEveryMs?: number;
}

export type NeedsRuntime = ReturnType<typeof createNeedsRuntime>;

export function createNeedsRuntime(options: NeedsRuntimeOptions) {
  const tokens = createTokens(options.secret, options.now);
  const worker = createOutboxWorker({ ...options.worker, db: options.db, mailer: options.mailer, now: options.now });
  const service = createNeedsService({ ...options, tokens, onEnqueued: () => worker.notify() });
  const schedule = createNeedsSchedule({
    db: options.db,
    service,
    outcomeDelayDays: options.outcomeDelayDays,
    retentionDays: options.retentionDays,
    now: options.now,
  });
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    tokens,
    service,
    worker,
    schedule,
    /** Starts the worker and the hourly jobs. `onError` hears a failed job run (it runs again at the next tick). */
    start(onError: (error: unknown) => void = () => {}) {
      worker.start();
      const tick = () => schedule.run().then(() => worker.notify(), onError);
      tick();
      timer = setInterval(tick, options.scheduleEveryMs ?? 3_600_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await worker.stop();
    },
  };
}
