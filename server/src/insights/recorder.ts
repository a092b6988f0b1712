/**
 * Counting without slowing a search: `record` adds to a map in memory and returns;
 * the counts are written in batches, every `flushEveryMs` or once `maxPending`
 * different counters wait, one statement per batch. A crash loses the counts not yet
 * written (at most the last interval's): insights are statistics, not accounts.
 */
export type InsightMetric = 'searches' | 'zero_results' | 'queries' | 'zero_queries' | 'sectors' | 'places' | 'sheets' | 'contacts';

/** One counter: how many times `metric` (with `value`, '' for a plain count) happened for a key on a day. */
export interface InsightCount {
  siteKey: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
  metric: InsightMetric;
  value: string;
  count: number;
}

/** Where batches go (store.ts's addCounts over the database, or an array in tests). */
export type InsightSink = (counts: InsightCount[]) => Promise<void>;

export interface RecorderOptions {
  sink: InsightSink;
  flushEveryMs?: number;
  maxPending?: number;
  now?: () => number;
  /** A failed batch is dropped and reported here (the next ones still go). */
  onError?: (error: unknown) => void;
}

export interface InsightsRecorder {
  record(siteKey: string, metric: InsightMetric, value?: string): void;
  /** Writes what is pending now; resolves when the batch is written (or dropped). */
  flush(): Promise<void>;
  /** Stops the timer after a last flush. */
  close(): Promise<void>;
}

const SEPARATOR = '\u0000';

export function createRecorder({ sink, flushEveryMs = 5_000, maxPending = 5_000, now = Date.now, onError }: RecorderOptions): InsightsRecorder {
  let pending = new Map<string, number>();
  let writing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => void flush(), flushEveryMs);
  // The timer alone must not keep a process alive (a CLI, a test).
  timer.unref?.();

  function flush(): Promise<void> {
    if (pending.size === 0) return writing;
    const batch = pending;
    pending = new Map();
    const counts = [...batch].map(([key, count]): InsightCount => {
      const [siteKey, day, metric, value] = key.split(SEPARATOR) as [string, string, InsightMetric, string];
      return { siteKey, day, metric, value, count };
    });
    // One batch at a time, in order: a slow database never sees two writers of ours.
    writing = writing.then(() => sink(counts)).catch((error) => onError?.(error));
    return writing;
  }

  return {
    record(siteKey, metric, value = '') {
      const day = new Date(now()).toISOString().slice(0, 10);
      const key = [siteKey, day, metric, value].join(SEPARATOR);
      pending.set(key, (pending.get(key) ?? 0) + 1);
      if (pending.size >= maxPending) void flush();
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
