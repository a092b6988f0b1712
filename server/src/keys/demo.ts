/**
 * The demo pages' keys, for `npm start` without a keys file. They are public like
 * every site key, and only ever narrow what an open server already shows.
 */
import { hashKey, keyPrefix } from './hash.js';
import type { SiteKey } from './types.js';

/** A federation's site: its members only (Coorace). */
export const DEMO_FEDERATION_KEY = 'pk_demo_federation';
/** A regional procurement portal: suppliers of Bretagne only. */
export const DEMO_PORTAL_KEY = 'pk_demo_portail_bretagne';

export interface DemoKeyOptions {
  /** Where the demo pages are served from; the default port's localhost origins otherwise. */
  origins?: string[];
}

const DEMO_RATE = { perMinute: 600, burst: 60 };

export async function demoKeys({ origins = ['http://localhost:8787', 'http://127.0.0.1:8787'] }: DemoKeyOptions = {}): Promise<SiteKey[]> {
  const createdAt = '2025-01-01T00:00:00Z';
  const key = async (text: string, name: string, scope: SiteKey['scope']): Promise<SiteKey> => ({
    name,
    prefix: keyPrefix(text),
    hash: await hashKey(text),
    createdAt,
    origins: [...origins],
    scope,
    rateLimit: DEMO_RATE,
  });
  return [
    await key(DEMO_FEDERATION_KEY, 'Démo : site de fédération (Coorace)', { networks: ['coorace'] }),
    await key(DEMO_PORTAL_KEY, 'Démo : portail régional (Bretagne)', { regions: ['53'] }),
  ];
}
