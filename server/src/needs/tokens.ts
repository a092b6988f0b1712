/**
 * Signed links: a token names one purpose, one need and one subject (a supplier or
 * the buyer) and an expiry, signed with HMAC-SHA256. Nothing is stored: a token is
 * valid when its signature is, and a changed byte breaks the signature.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a link lets its holder do; a token for one purpose never serves another. */
export type TokenPurpose = 'confirm' | 'follow' | 'answer' | 'outcome';

export interface TokenClaims {
  purpose: TokenPurpose;
  need: string;
  /** A supplier id, or "buyer". */
  subject: string;
  /** Seconds since the epoch. */
  expires: number;
}

/** Why a token is refused, for the page or the JSON error. */
export type TokenRefusal = 'malformed' | 'signature' | 'expired' | 'purpose' | 'need' | 'subject';

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: TokenRefusal };

export interface Tokens {
  sign(claims: Omit<TokenClaims, 'expires'>, ttlSeconds: number): string;
  /** The claims when `token` is signed, unexpired and for this purpose and need (and subject, when given). */
  verify(token: string | undefined, expected: { purpose: TokenPurpose; need: string; subject?: string }): TokenCheck;
}

const MAX_TOKEN_LENGTH = 512;

export function createTokens(secret: string, now: () => number = Date.now): Tokens {
  if (secret.length < 32) throw new Error('Le secret des liens fait au moins 32 caractères / The link secret is at least 32 characters.');
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest();
  return {
    sign(claims, ttlSeconds) {
      const expires = Math.floor(now() / 1000) + ttlSeconds;
      const payload = Buffer.from(JSON.stringify([claims.purpose, claims.need, claims.subject, expires])).toString('base64url');
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    verify(token, expected) {
      if (!token || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
      const [payload, signature, extra] = token.split('.');
      if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
      const given = Buffer.from(signature, 'base64url');
      const wanted = mac(payload);
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return { ok: false, reason: 'signature' };
      const claims = readClaims(payload);
      if (!claims) return { ok: false, reason: 'malformed' };
      if (claims.expires * 1000 <= now()) return { ok: false, reason: 'expired' };
      if (claims.purpose !== expected.purpose) return { ok: false, reason: 'purpose' };
      if (claims.need !== expected.need) return { ok: false, reason: 'need' };
      if (expected.subject !== undefined && claims.subject !== expected.subject) return { ok: false, reason: 'subject' };
      return { ok: true, claims };
    },
  };
}

function readClaims(payload: string): TokenClaims | undefined {
  try {
    const [purpose, need, subject, expires] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
    if (typeof purpose !== 'string' || typeof need !== 'string' || typeof subject !== 'string' || typeof expires !== 'number') return;
    return { purpose: purpose as TokenPurpose, need, subject, expires };
  } catch {
    // A signed payload we cannot read was signed by another release: treated as malformed.
    return undefined;
  }
}
