import { Hono } from 'hono';
import type { ClientAddress } from './client-address.js';

/**
 * What `find` returns for a request with these headers, given fetch's second
 * argument (the Node adapter's bindings, or another runtime's).
 */
export async function addressSeen(find: ClientAddress, headers: Record<string, string> = {}, runtimeArgument?: unknown): Promise<string | undefined> {
  let seen: string | undefined;
  const app = new Hono().get('/', (c) => {
    seen = find(c);
    return c.body(null, 204);
  });
  await app.fetch(new Request('http://localhost/', { headers }), runtimeArgument);
  return seen;
}
