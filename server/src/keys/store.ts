/**
 * Looking keys up by the hash of what a request presents. The store holds the file's
 * records in memory; the server reads the file once at start.
 */
import { hashKey, isAdminKeyText } from './hash.js';
import type { AdminKey, KeysFile, SiteKey } from './types.js';

export type KeyLookup<K> = { status: 'valid'; key: K } | { status: 'unknown' | 'revoked' | 'expired' };

export interface KeyStore {
  /**
   * Open mode: requests without a key are served, unscoped. A request that does
   * present a key is still held to it (an unknown key is refused, a demo key scoped).
   */
  readonly open: boolean;
  siteKey(presented: string, now: number): Promise<KeyLookup<SiteKey>>;
  adminKey(presented: string, now: number): Promise<KeyLookup<AdminKey>>;
}

export interface KeyStoreOptions {
  open?: boolean;
}

/** Longer than any key this project makes; anything longer is not worth hashing. */
const MAX_KEY_LENGTH = 128;

export function createKeyStore(file: KeysFile, options: KeyStoreOptions = {}): KeyStore {
  const siteKeys = new Map(file.siteKeys.map((key) => [key.hash, key]));
  const adminKeys = new Map(file.adminKeys.map((key) => [key.hash, key]));

  async function find<K extends SiteKey | AdminKey>(keys: Map<string, K>, presented: string, now: number): Promise<KeyLookup<K>> {
    if (presented.length > MAX_KEY_LENGTH) return { status: 'unknown' };
    const key = keys.get(await hashKey(presented));
    if (!key) return { status: 'unknown' };
    if (key.revoked) return { status: 'revoked' };
    if (key.expiresAt !== undefined && Date.parse(key.expiresAt) <= now) return { status: 'expired' };
    return { status: 'valid', key };
  }

  return {
    open: options.open ?? false,
    // A secret key is never a site key, even if someone registered its hash as one.
    siteKey: async (presented, now) => (isAdminKeyText(presented) ? { status: 'unknown' } : find(siteKeys, presented, now)),
    adminKey: async (presented, now) => (isAdminKeyText(presented) ? find(adminKeys, presented, now) : { status: 'unknown' }),
  };
}

/** No configuration at all: open, and any key presented is unknown. */
export function openKeyStore(siteKeys: SiteKey[] = []): KeyStore {
  return createKeyStore({ version: 1, siteKeys, adminKeys: [] }, { open: true });
}
