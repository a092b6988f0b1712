/**
 * Key material. Keys are 32 random bytes, so a fast hash is enough to store them:
 * slow hashes (scrypt, bcrypt) protect guessable passwords, and would hand anyone
 * sending made-up keys a cheap way to burn CPU. Web Crypto keeps it runnable on
 * Node and edge runtimes alike.
 */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export async function hashKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return `sha256:${Array.from(digest, (byte) => HEX[byte]).join('')}`;
}

export type KeyKind = 'site' | 'admin';

const KEY_START: Record<KeyKind, string> = { site: 'pk_live_', admin: 'sk_' };

/** A new key: its kind's marker, then 32 random bytes in base64url. */
export function generateKey(kind: KeyKind): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const body = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return KEY_START[kind] + body;
}

/** What listings and logs show of a key: its marker and a few characters, never enough to use it. */
export function keyPrefix(key: string): string {
  const marker = /^(?:pk_[a-z]+_|sk_)/.exec(key)?.[0] ?? '';
  return key.slice(0, marker.length + 6);
}

export function isAdminKeyText(key: string): boolean {
  return key.startsWith('sk_');
}
