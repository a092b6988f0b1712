/** GET /v1/places: communes, departments and regions by name, postcode or code. */
import { Hono } from 'hono';
import type { PlacesResponse } from '../../../../sdk/src/types.js';
import type { PlaceDirectory } from '../../domain/geography.js';
import type { AppEnv } from '../../http/env.js';
import { jsonWithETag } from '../../http/etag.js';
import { cacheFor } from '../../http/headers.js';
import { parseQuery } from '../query.js';
import { placesQuerySchema } from '../schema.js';

const DEFAULT_LIMIT = 10;

export function places({ geography }: { geography: PlaceDirectory }) {
  return new Hono<AppEnv>().use(cacheFor(3600)).get('/', (c) => {
    const { q, limit } = parseQuery(placesQuerySchema, c);
    const body: PlacesResponse = { places: geography.searchPlaces(q, limit ?? DEFAULT_LIMIT) };
    return jsonWithETag(c, body);
  });
}
