/** GET /v1/potential: how many suppliers can serve a place in a sector, within the key's scope. */
import { Hono } from 'hono';
import type { SearchEngine } from '../../query/types.js';
import type { PlaceDirectory } from '../../domain/geography.js';
import type { AppEnv } from '../../http/env.js';
import { jsonWithETag } from '../../http/etag.js';
import { cacheFor, SHARED_CACHE_SECONDS } from '../../http/headers.js';
import { parseQuery } from '../query.js';
import { countPotential } from './count.js';
import { potentialQuerySchema } from './schema.js';

export interface PotentialOptions {
  engine: SearchEngine;
  geography: PlaceDirectory;
}

export function potential({ engine, geography }: PotentialOptions) {
  return new Hono<AppEnv>().use(cacheFor(60, SHARED_CACHE_SECONDS)).get('/', async (c) => {
    const request = parseQuery(potentialQuerySchema, c);
    return jsonWithETag(c, await countPotential(request, { engine, geography, scope: c.get('scope') }));
  });
}
