/** GET /healthz: for load balancers; never cached. */
import { Hono } from 'hono';
import type { SearchEngine } from '../../query/types.js';
import { ApiException } from '../../errors.js';
import type { AppEnv } from '../../http/env.js';

export function health({ engine }: { engine: SearchEngine }) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const stats = await engine.stats().catch(() => {
      throw new ApiException(503, 'unavailable', 'The search engine does not answer.');
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' as const, engine: engine.name, suppliers: stats.active });
  });
}
