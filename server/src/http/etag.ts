/**
 * JSON answers that carry their own ETag, hashed from the text as serialised. Left
 * to itself, hono's etag middleware clones the response and SHA-1s its stream: on a
 * 40 KB search answer that cost more than the search (issue 9). The app's etag
 * middleware still answers If-None-Match with 304 from the tag set here.
 */
import type { Context } from 'hono';

/**
 * A weak ETag for a text: a 53-bit hash (cyrb53's mixing) and the length, in hex. Not a
 * cryptographic promise, which a validator does not need: any change to the text
 * changes it but for a chance of about 2^-53.
 */
export function weakETag(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // Two UTF-16 units per step, losslessly packed into 32 bits: half the multiplications.
  const even = text.length & ~1;
  for (let i = 0; i < even; i += 2) {
    const pair = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ pair, 2654435761);
    h2 = Math.imul(h2 ^ pair, 1597334677);
  }
  if (even < text.length) {
    const last = text.charCodeAt(even);
    h1 = Math.imul(h1 ^ last, 2654435761);
    h2 = Math.imul(h2 ^ last, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `W/"${hash.toString(16).padStart(14, '0')}${text.length.toString(16)}"`;
}

/** `c.json(value)`, serialised once, with its ETag. */
export function jsonWithETag(c: Context, value: unknown): Response {
  const text = JSON.stringify(value);
  c.header('ETag', weakETag(text));
  return c.body(text, 200, { 'Content-Type': 'application/json' });
}
