/**
 * The client's IP address, for per-client buckets. Taken from the connection;
 * X-Forwarded-For is believed only as far as the operator says proxies stand in
 * front (`trustProxy`), since any client can write that header.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export type ClientAddress = (c: Context) => string | undefined;

/** The socket's peer on @hono/node-server; undefined elsewhere (app.request in tests, other runtimes). */
export const connectionAddress: ClientAddress = (c) => {
  // Without the adapter's bindings getConnInfo throws, and a throw per request costs more than the rest of this middleware.
  const bindings = c.env as { incoming?: unknown; server?: unknown } | undefined;
  if (!bindings?.incoming && !bindings?.server) return undefined;
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
};

/**
 * With `trustProxy` = n proxies in front, each appends the address it saw to
 * X-Forwarded-For: the client is the n-th entry from the right. Entries further
 * left were written by the client and prove nothing.
 */
export function clientAddress(trustProxy = 0, fromConnection: ClientAddress = connectionAddress): ClientAddress {
  if (trustProxy <= 0) return fromConnection;
  return (c) => {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    return forwarded[forwarded.length - trustProxy] ?? forwarded[0] ?? fromConnection(c);
  };
}
