/**
 * GET /v1/insights and GET /v1/insights.csv, for an admin key: what a site key's
 * visitors searched, found, opened and contacted, and what came of its needs, per day.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { InsightsReport } from '../../../../sdk/src/types.js';
import { invalidParameter } from '../../errors.js';
import { readInsights } from '../../insights/store.js';
import type { InsightsRecorder } from '../../insights/recorder.js';
import { requireAdmin } from '../../keys/guard.js';
import type { Queryable } from '../../storage/database.js';
import type { AppEnv } from '../../http/env.js';
import { parseQuery } from '../query.js';
import { insightsCsv } from './csv.js';

export const DEFAULT_WEEKS = 12;
export const MAX_DAYS = 366;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = z
  .array(z.string())
  .refine((values) => values.length <= 1, { error: 'Given more than once.' })
  .transform((values) => values[0]!)
  .pipe(z.string().regex(DATE, { error: 'Expected a date, YYYY-MM-DD.' }).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { error: 'No such date.' }))
  .optional();

export const insightsQuerySchema = z.strictObject({
  // Not `key`: the keys middleware reads a `key` parameter as a key presented.
  keyName: z
    .array(z.string(), { error: 'Required: the site key’s name.' })
    .refine((values) => values.length === 1, { error: 'Given more than once.' })
    .transform((values) => values[0]!.trim())
    .pipe(z.string().min(1, { error: 'Required: the site key’s name.' }).max(100, { error: 'At most 100 characters.' })),
  from: date,
  to: date,
});

export interface InsightsOptions {
  db: Queryable;
  recorder: InsightsRecorder;
  now?: () => number;
}

/** The period asked, or the last DEFAULT_WEEKS weeks to today; a 400 names a period that makes no sense. */
export function period(from: string | undefined, to: string | undefined, now: number): { from: string; to: string } {
  const end = to ?? new Date(now).toISOString().slice(0, 10);
  const start = from ?? new Date(Date.parse(`${end}T00:00:00Z`) - (DEFAULT_WEEKS * 7 - 1) * 86_400_000).toISOString().slice(0, 10);
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
  if (days < 1) throw invalidParameter('from', 'from: Must not be after to.');
  if (days > MAX_DAYS) throw invalidParameter('from', `from: At most ${MAX_DAYS} days from to.`, 'limit_exceeded');
  return { from: start, to: end };
}

export function insights({ db, recorder, now = Date.now }: InsightsOptions) {
  const report = async (c: Context<AppEnv>): Promise<InsightsReport> => {
    const query = parseQuery(insightsQuerySchema, c);
    const { from, to } = period(query.from, query.to, now());
    // Counts still in memory are written first, so the report is up to the minute.
    await recorder.flush();
    return readInsights(db, query.keyName, from, to);
  };
  // Mounted at /v1: the guards go on these two routes only, not on every /v1 route.
  const guards = [requireAdmin(), noStore()] as const;
  return new Hono<AppEnv>()
    .get('/insights', ...guards, async (c) => c.json(await report(c)))
    .get('/insights.csv', ...guards, async (c) => {
      const body = await report(c);
      return c.body(insightsCsv(body), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="insights-${body.from}-${body.to}.csv"`,
      });
    });
}

/** Reports are for the admin who asked: no browser or proxy keeps them. */
function noStore(): MiddlewareHandler<AppEnv> {
  return async function noStore(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  };
}
