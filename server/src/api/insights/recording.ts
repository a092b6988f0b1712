/**
 * Counts what a site key's visitors do, for the insights: searches (first pages),
 * those that found nothing, their texts, sectors and places; supplier sheets opened.
 * Runs after the route has answered and only adds to the recorder's map in memory:
 * nothing waits on the database. Anonymous and admin callers are not counted: insights
 * are per site key.
 */
import type { MiddlewareHandler } from 'hono';
import type { SearchRequest } from '../../../../sdk/src/types.js';
import { describeSearch, normalizeQueryText } from '../../insights/normalize.js';
import type { InsightsRecorder } from '../../insights/recorder.js';
import type { AppEnv } from '../../http/env.js';

const SHEET = /^\/v1\/suppliers\/[^/]+$/;

export function recordInsights({ recorder }: { recorder: InsightsRecorder }): MiddlewareHandler<AppEnv> {
  return async function recordInsights(c, next) {
    await next();
    const caller = c.get('caller');
    if (caller?.kind !== 'site' || c.res.status !== 200) return;
    const key = caller.key.name;
    const searched = c.get('searched');
    if (searched) recordSearch(recorder, key, searched.request, searched.found);
    else if (c.req.method === 'GET' && SHEET.test(c.req.path)) recorder.record(key, 'sheets');
  };
}

function recordSearch(recorder: InsightsRecorder, key: string, request: SearchRequest, found: number): void {
  // Paging through the results is not searching again.
  if ((request.page ?? 1) !== 1) return;
  recorder.record(key, 'searches');
  const text = request.q ? normalizeQueryText(request.q) : '';
  if (text) recorder.record(key, 'queries', text);
  for (const sector of [...(request.sectors ?? []), ...(request.sectorGroups ?? [])]) recorder.record(key, 'sectors', sector);
  for (const place of [...(request.serves ?? []), ...(request.location ?? [])]) recorder.record(key, 'places', place);
  if (found === 0) {
    recorder.record(key, 'zero_results');
    recorder.record(key, 'zero_queries', describeSearch(request));
  }
}
