import { describe, expect, it } from 'vitest';
import { createRecorder, type InsightCount } from './recorder.js';

function setup(options: { maxPending?: number; fail?: boolean } = {}) {
  const batches: InsightCount[][] = [];
  const errors: unknown[] = [];
  let now = Date.parse('2026-12-03T23:59:59Z');
  const recorder = createRecorder({
    sink: async (counts) => {
      if (options.fail) throw new Error('database down');
      batches.push(counts);
    },
    maxPending: options.maxPending,
    flushEveryMs: 3_600_000,
    now: () => now,
    onError: (error) => errors.push(error),
  });
  return { recorder, batches, errors, later: (ms: number) => (now += ms) };
}

describe('the insights recorder', () => {
  it('adds up in memory and writes one batch per flush, per key, UTC day, metric and value', async () => {
    const { recorder, batches, later } = setup();
    recorder.record('coorace', 'searches');
    recorder.record('coorace', 'searches');
    recorder.record('coorace', 'queries', 'traiteur');
    recorder.record('bretagne', 'searches');
    later(1_000);
    recorder.record('coorace', 'searches');
    expect(batches).toEqual([]);
    await recorder.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual([
      { siteKey: 'coorace', day: '2026-12-03', metric: 'searches', value: '', count: 2 },
      { siteKey: 'coorace', day: '2026-12-03', metric: 'queries', value: 'traiteur', count: 1 },
      { siteKey: 'bretagne', day: '2026-12-03', metric: 'searches', value: '', count: 1 },
      { siteKey: 'coorace', day: '2026-12-04', metric: 'searches', value: '', count: 1 },
    ]);
    await recorder.flush();
    expect(batches).toHaveLength(1);
    await recorder.close();
  });

  it('writes early once maxPending counters wait', async () => {
    const { recorder, batches } = setup({ maxPending: 3 });
    recorder.record('k', 'queries', 'a');
    recorder.record('k', 'queries', 'b');
    recorder.record('k', 'queries', 'c');
    await recorder.flush();
    expect(batches.map((batch) => batch.length)).toEqual([3]);
    await recorder.close();
  });

  it('drops a batch the database refuses, says so, and goes on', async () => {
    const { recorder, batches, errors } = setup({ fail: true });
    recorder.record('k', 'searches');
    await recorder.flush();
    expect(batches).toEqual([]);
    expect(errors.map(String)).toEqual(['Error: database down']);
    await recorder.close();
  });
});
