/**
 * Insights in the database: batches of counts added (insight_counts, migration 0050),
 * and a report for one site key and a period, which also reads the needs' own tables
 * (migration 0001: needs, need_events, need_recipients) for what came of the needs.
 */
import type { FacetValue, InsightsDay, InsightsReport } from '../../../sdk/src/types.js';
import type { Queryable } from '../storage/database.js';
import type { InsightCount, InsightMetric } from './recorder.js';

const TOP = 20;

/** One statement per batch; a counter already there for the key, day, metric and value is added to. */
export async function addCounts(db: Queryable, counts: InsightCount[]): Promise<void> {
  if (!counts.length) return;
  const columns = ['site_key', 'day', 'metric', 'value', 'count'] as const;
  const arrays = [
    counts.map((c) => c.siteKey),
    counts.map((c) => c.day),
    counts.map((c) => c.metric),
    counts.map((c) => c.value),
    counts.map((c) => c.count),
  ];
  await db.query(
    `INSERT INTO insight_counts (${columns.join(', ')})
     SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::bigint[])
     ON CONFLICT (site_key, day, metric, value) DO UPDATE SET count = insight_counts.count + EXCLUDED.count`,
    arrays,
  );
}

const EMPTY_DAY: Omit<InsightsDay, 'day'> = {
  searches: 0,
  zeroResults: 0,
  sheets: 0,
  contacts: 0,
  needsPosted: 0,
  needsConfirmed: 0,
  suppliersReached: 0,
  interested: 0,
  contracts: 0,
  contractAmountEur: 0,
};

const DAY_FIELD_OF: Partial<Record<InsightMetric, keyof typeof EMPTY_DAY>> = {
  searches: 'searches',
  zero_results: 'zeroResults',
  sheets: 'sheets',
  contacts: 'contacts',
};

/** Every day from `from` to `to`, both included (YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export async function readInsights(db: Queryable, siteKey: string, from: string, to: string): Promise<InsightsReport> {
  const byDay = new Map(daysBetween(from, to).map((day) => [day, { day, ...EMPTY_DAY }]));
  const add = (day: string, field: keyof typeof EMPTY_DAY, n: number) => {
    const entry = byDay.get(day);
    if (entry) entry[field] += n;
  };
  const range = [siteKey, from, to];

  const counts = await db.query<{ day: string; metric: InsightMetric; value: string; count: string }>(
    `SELECT day::text AS day, metric, value, count::text AS count FROM insight_counts
     WHERE site_key = $1 AND day BETWEEN $2::date AND $3::date`,
    range,
  );
  const tops = new Map<InsightMetric, Map<string, number>>();
  for (const row of counts) {
    const field = DAY_FIELD_OF[row.metric];
    if (field && row.value === '') add(row.day, field, Number(row.count));
    if (row.value === '') continue;
    const top = tops.get(row.metric) ?? new Map<string, number>();
    top.set(row.value, (top.get(row.value) ?? 0) + Number(row.count));
    tops.set(row.metric, top);
  }

  for (const row of await needsByDay(db, range)) add(row.day, row.field, Number(row.n));

  const days = [...byDay.values()];
  const totals = { ...EMPTY_DAY };
  for (const day of days) for (const field of Object.keys(totals) as (keyof typeof EMPTY_DAY)[]) totals[field] += day[field];
  const top = (metric: InsightMetric): FacetValue[] =>
    [...(tops.get(metric) ?? [])]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
      .slice(0, TOP);
  return {
    key: siteKey,
    from,
    to,
    totals,
    days,
    topQueries: top('queries'),
    topZeroResultQueries: top('zero_queries'),
    topSectors: top('sectors'),
    topPlaces: top('places'),
    contactsByChannel: top('contacts'),
  };
}

/** What came of the key's needs, per day, from the needs' tables: counted there, copied nowhere. */
async function needsByDay(db: Queryable, range: string[]) {
  const utcDay = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const within = (column: string) => `(${column} AT TIME ZONE 'UTC')::date BETWEEN $2::date AND $3::date`;
  return db.query<{ day: string; field: keyof typeof EMPTY_DAY; n: string }>(
    `SELECT ${utcDay('e.at')} AS day,
            CASE e.type WHEN 'posted' THEN 'needsPosted' WHEN 'confirmed' THEN 'needsConfirmed' ELSE 'interested' END AS field,
            count(*)::text AS n
       FROM need_events e JOIN needs n ON n.id = e.need_id
      WHERE n.site_key = $1 AND e.type IN ('posted', 'confirmed', 'interested') AND ${within('e.at')}
      GROUP BY 1, 2
     UNION ALL
     SELECT ${utcDay('n.sent_at')}, 'suppliersReached', count(*)::text
       FROM need_recipients r JOIN needs n ON n.id = r.need_id
      WHERE n.site_key = $1 AND n.sent_at IS NOT NULL AND ${within('n.sent_at')}
      GROUP BY 1
     UNION ALL
     SELECT ${utcDay('outcome_answered_at')}, 'contracts', count(*)::text
       FROM needs n
      WHERE n.site_key = $1 AND contract_signed = 'yes' AND ${within('outcome_answered_at')}
      GROUP BY 1
     UNION ALL
     SELECT ${utcDay('outcome_answered_at')}, 'contractAmountEur', coalesce(sum(contract_amount_eur), 0)::text
       FROM needs n
      WHERE n.site_key = $1 AND contract_signed = 'yes' AND ${within('outcome_answered_at')}
      GROUP BY 1`,
    range,
  );
}
