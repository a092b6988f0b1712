/**
 * Keys as the keys file stores them: site keys (public, `pk_...`, meant to sit in a
 * page) and admin keys (secret, `sk_...`, for ingestion and management). Only a
 * hash of each key is kept; `prefix` is what listings and logs show.
 */
import type { KindCode, NetworkSlug } from '../../../sdk/src/types.js';
import type { RateRule } from '../http/rate-limit/store.js';

/**
 * Which suppliers a site key may ever see: every present list must match (AND);
 * values inside one list are alternatives (OR). An empty scope is the whole directory.
 */
export interface KeyScope {
  networks?: NetworkSlug[];
  /** INSEE region codes ("53"). */
  regions?: string[];
  /** Department codes ("35", "2A", "974"). */
  departments?: string[];
  kinds?: KindCode[];
  /** Only suppliers whose kind counts towards social clauses. */
  socialClause?: boolean;
}

interface StoredKey {
  name: string;
  /** The first characters of the key: enough to recognise it, useless to use it. */
  prefix: string;
  /** "sha256:" + hex digest of the whole key. */
  hash: string;
  createdAt: string;
  /** ISO date-time after which the key is refused. */
  expiresAt?: string;
  revoked?: boolean;
}

export interface SiteKey extends StoredKey {
  /** Exact origins ("https://www.coorace.org"); "*" only with `anyOrigin`. */
  origins: string[];
  /** Deliberately usable from any site; never combined with credentials (none are ever allowed). */
  anyOrigin?: boolean;
  scope: KeyScope;
  rateLimit?: RateRule;
  /** Needs posted with this key wait for an admin's approval before they are sent. */
  moderate?: boolean;
  /** Called (signed POST) when a need posted with this key is sent. The secret signs; it never leaves the server. */
  webhooks?: { url: string; secret: string }[];
}

export type AdminKey = StoredKey;

export interface KeysFile {
  version: 1;
  siteKeys: SiteKey[];
  adminKeys: AdminKey[];
}

/** Who is calling, as the keys middleware established it; logs show `prefix` only. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'site'; key: SiteKey }
  | { kind: 'admin'; key: AdminKey };
