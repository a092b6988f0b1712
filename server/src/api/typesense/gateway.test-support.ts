/** The real app over the embedded engine and a few hundred demo suppliers, with two site keys, for the gateway's tests. */
import type { Supplier } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { getGeography } from '../../domain/geography.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';
import { hashKey, keyPrefix } from '../../keys/hash.js';
import { openKeyStore } from '../../keys/store.js';
import type { SiteKey } from '../../keys/types.js';

/** Sees every supplier. */
export const OPEN_KEY = 'pk_test_gateway_all';
/** Sees the suppliers of Bretagne (region 53) only. */
export const BRETAGNE_KEY = 'pk_test_gateway_bretagne';

export const QUERY_BY = 'name,brand,description,offers,city';

async function siteKey(text: string, scope: SiteKey['scope']): Promise<SiteKey> {
  return {
    name: text,
    prefix: keyPrefix(text),
    hash: await hashKey(text),
    createdAt: '2025-01-01T00:00:00Z',
    origins: [],
    anyOrigin: true,
    scope,
    rateLimit: { perMinute: 100_000, burst: 10_000 },
  };
}

export async function gatewayApp(): Promise<{ app: ReturnType<typeof createApp>; suppliers: Supplier[] }> {
  const suppliers = generateDemoSuppliers({ seed: 11, count: 400 });
  const keys = openKeyStore([await siteKey(OPEN_KEY, {}), await siteKey(BRETAGNE_KEY, { regions: ['53'] })]);
  const app = createApp({ engine: createDefaultEngine(suppliers), geography: getGeography(), keys });
  return { app, suppliers };
}
