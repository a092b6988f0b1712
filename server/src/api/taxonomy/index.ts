/** GET /v1/taxonomy: the fixed vocabulary, which changes with releases only. */
import { Hono } from 'hono';
import { taxonomy as currentTaxonomy } from '../../domain/taxonomy.js';
import type { AppEnv } from '../../http/env.js';
import { cacheFor } from '../../http/headers.js';
import { parseQuery } from '../query.js';
import { noQuerySchema } from '../schema.js';

export function taxonomy() {
  return new Hono<AppEnv>().use(cacheFor(86_400)).get('/', (c) => {
    parseQuery(noQuerySchema, c);
    return c.json(currentTaxonomy());
  });
}
