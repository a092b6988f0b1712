/**
 * The client's address on edge runtimes, for the rate limiter's buckets. Each runtime
 * says it its own way; a header is believed only where the platform writes it.
 */
import type { ClientAddress } from '../http/rate-limit/client-address.js';

/** What Bun (the server) and Deno (the connection info) pass as fetch's second argument. */
interface RuntimeArgument {
  requestIP?: (request: Request) => { address: string } | null;
  remoteAddr?: { hostname?: string };
}

/** Cloudflare overwrites CF-Connecting-IP on every request; anywhere else, any client could send it. */
export function onCloudflare(): boolean {
  return globalThis.navigator?.userAgent === 'Cloudflare-Workers';
}

export const edgeClientAddress: ClientAddress = (c) => {
  if (onCloudflare()) return c.req.header('cf-connecting-ip');
  const runtime = c.env as RuntimeArgument | undefined;
  return runtime?.requestIP?.(c.req.raw)?.address ?? runtime?.remoteAddr?.hostname;
};
