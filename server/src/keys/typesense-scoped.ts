/**
 * Typesense scoped search keys, for a site that queries a Typesense cluster
 * directly: the site key's scope travels inside the key as an embedded `filter_by`
 * that Typesense ANDs into every search and that the holder cannot remove.
 */
import { createHmac } from 'node:crypto';
import { toFilterBy } from '../typesense/filter-by/serialize.js';
import { scopeFilter } from './scope.js';
import type { KeyScope } from './types.js';

/** What Typesense lets a scoped key embed that this project uses. */
export interface ScopedSearchParameters {
  filter_by?: string;
  /** Unix seconds after which Typesense refuses the key. */
  expires_at?: number;
  [parameter: string]: unknown;
}

/**
 * Typesense's format (typesense-js Keys.generateScopedSearchKey):
 * base64(base64(HMAC-SHA256(parentKey, paramsJSON)) + parentKey[0..4] + paramsJSON).
 * The parent must be a key whose only action is documents:search.
 */
export function scopedSearchKey(parentKey: string, parameters: ScopedSearchParameters): string {
  const json = JSON.stringify(parameters);
  const digest = createHmac('sha256', parentKey).update(json).digest('base64');
  return Buffer.from(`${digest}${parentKey.slice(0, 4)}${json}`).toString('base64');
}

/**
 * A scope as Typesense `filter_by` in the gateway's collection schema
 * (networks:=[coorace] && region:=[53]); undefined for an empty scope.
 */
export function scopeFilterBy(scope: KeyScope): string | undefined {
  const filter = scopeFilter(scope);
  return filter && toFilterBy(filter);
}
