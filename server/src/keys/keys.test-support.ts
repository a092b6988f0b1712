/** Key stores for tests, from plain-text keys. */
import { hashKey, keyPrefix } from './hash.js';
import { createKeyStore, type KeyStore } from './store.js';
import type { AdminKey, SiteKey } from './types.js';

export const SITE_ORIGIN = 'https://www.coorace.example';

export async function siteKey(text: string, fields: Partial<SiteKey> = {}): Promise<SiteKey> {
  return {
    name: text,
    prefix: keyPrefix(text),
    hash: await hashKey(text),
    createdAt: '2025-01-01T00:00:00Z',
    origins: [SITE_ORIGIN],
    scope: {},
    ...fields,
  };
}

export async function adminKey(text: string, fields: Partial<AdminKey> = {}): Promise<AdminKey> {
  return { name: text, prefix: keyPrefix(text), hash: await hashKey(text), createdAt: '2025-01-01T00:00:00Z', ...fields };
}

export function storeOf(siteKeys: SiteKey[], adminKeys: AdminKey[] = [], open = false): KeyStore {
  return createKeyStore({ version: 1, siteKeys, adminKeys }, { open });
}
