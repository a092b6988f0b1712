/** GET /v1/suggest: what a search box proposes as the buyer types. */
import { Hono } from 'hono';
import type { Suggestion, SuggestResponse } from '../../../../sdk/src/types.js';
import { taxonomy } from '../../domain/taxonomy.js';
import type { SearchEngine } from '../../query/types.js';
import type { PlaceDirectory } from '../../domain/geography.js';
import type { AppEnv } from '../../http/env.js';
import { jsonWithETag } from '../../http/etag.js';
import { cacheFor, SHARED_CACHE_SECONDS } from '../../http/headers.js';
import { parseQuery } from '../query.js';
import { suggestQuerySchema } from '../schema.js';
import { matchingSectors } from './sectors.js';

/** Per kind of suggestion: enough to choose from, few enough to read. */
const PER_TYPE = 5;

export interface SuggestOptions {
  engine: SearchEngine;
  geography: PlaceDirectory;
}

export function suggest({ engine, geography }: SuggestOptions) {
  return new Hono<AppEnv>().use(cacheFor(60, SHARED_CACHE_SECONDS)).get('/', async (c) => {
    const { q } = parseQuery(suggestQuerySchema, c);
    const suppliers = await engine.suggest(q, PER_TYPE, c.get('scope'));
    const suggestions: Suggestion[] = [
      ...suppliers.map(({ id, label, kind, city }): Suggestion => ({ type: 'supplier', id, label, kind, city })),
      ...matchingSectors(taxonomy(), q, PER_TYPE),
      ...geography.searchPlaces(q, PER_TYPE).map((place): Suggestion => ({ type: 'place', place })),
    ];
    const body: SuggestResponse = { suggestions };
    return jsonWithETag(c, body);
  });
}
