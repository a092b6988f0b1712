/** Insight counts and reports on both databases (PGlite and a PostgreSQL server). */
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.js';
import { bothDatabases } from '../storage/databases.test-support.js';
import { migrate } from '../storage/migrate.js';
import { seedNeed } from './insights.test-support.js';
import { addCounts, daysBetween, readInsights } from './store.js';

const factories = bothDatabases();

describe.each(factories)('insights store on $kind', (factory) => {
  let db: Database;
  afterEach(async () => {
    await db?.close();
  });

  it('adds batches to the counters, and reports every day of the period with the tops of that key only', async () => {
    db = await factory.open();
    await migrate(db);
    await addCounts(db, [
      { siteKey: 'coorace', day: '2026-11-30', metric: 'searches', value: '', count: 3 },
      { siteKey: 'coorace', day: '2026-11-30', metric: 'queries', value: 'traiteur', count: 2 },
      { siteKey: 'bretagne', day: '2026-11-30', metric: 'searches', value: '', count: 50 },
      { siteKey: 'bretagne', day: '2026-11-30', metric: 'queries', value: 'secret de bretagne', count: 50 },
    ]);
    await addCounts(db, [
      { siteKey: 'coorace', day: '2026-11-30', metric: 'searches', value: '', count: 4 },
      { siteKey: 'coorace', day: '2026-12-02', metric: 'zero_results', value: '', count: 1 },
      { siteKey: 'coorace', day: '2026-12-02', metric: 'zero_queries', value: 'plombier | serves=commune:35238', count: 1 },
      { siteKey: 'coorace', day: '2026-12-02', metric: 'queries', value: 'traiteur', count: 1 },
      { siteKey: 'coorace', day: '2026-12-05', metric: 'searches', value: '', count: 9 },
    ]);
    const report = await readInsights(db, 'coorace', '2026-11-29', '2026-12-03');
    expect(report.days.map((d) => [d.day, d.searches, d.zeroResults])).toEqual([
      ['2026-11-29', 0, 0],
      ['2026-11-30', 7, 0],
      ['2026-12-01', 0, 0],
      ['2026-12-02', 0, 1],
      ['2026-12-03', 0, 0],
    ]);
    expect(report.totals).toMatchObject({ searches: 7, zeroResults: 1 });
    expect(report.topQueries).toEqual([{ value: 'traiteur', count: 3 }]);
    expect(report.topZeroResultQueries).toEqual([{ value: 'plombier | serves=commune:35238', count: 1 }]);
  });

  it('reads what came of the key’s needs from the needs’ own tables, per UTC day', async () => {
    db = await factory.open();
    await migrate(db);
    await seedNeed(db, { id: 'n1', siteKey: 'coorace', postedAt: '2026-12-01T23:30:00Z', confirmedAt: '2026-12-02T08:00:00Z', sentAt: '2026-12-02T08:01:00Z', recipients: 4, interested: 2, contractAt: '2026-12-03T10:00:00Z', amount: 12_000 });
    await seedNeed(db, { id: 'n2', siteKey: 'coorace', postedAt: '2026-12-02T09:00:00Z' });
    await seedNeed(db, { id: 'n3', siteKey: 'bretagne', postedAt: '2026-12-02T09:00:00Z', confirmedAt: '2026-12-02T09:10:00Z', sentAt: '2026-12-02T09:11:00Z', recipients: 7, interested: 7, contractAt: '2026-12-03T10:00:00Z', amount: 99_000 });
    const report = await readInsights(db, 'coorace', '2026-12-01', '2026-12-03');
    const pick = (d: (typeof report.days)[number]) => [d.day, d.needsPosted, d.needsConfirmed, d.suppliersReached, d.interested, d.contracts, d.contractAmountEur];
    expect(report.days.map(pick)).toEqual([
      ['2026-12-01', 1, 0, 0, 0, 0, 0],
      ['2026-12-02', 1, 1, 4, 2, 0, 0],
      ['2026-12-03', 0, 0, 0, 0, 1, 12_000],
    ]);
  });
});

describe('daysBetween', () => {
  it('lists every day, both ends included, across a month end', () => {
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysBetween('2026-12-02', '2026-12-01')).toEqual([]);
  });
});
