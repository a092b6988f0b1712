import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, connectionAddress, type ClientAddress } from './client-address.js';

/** What `find` returns for a request, given the adapter's bindings (fetch's second argument). */
async function addressSeen(find: ClientAddress, bindings?: unknown, headers: Record<string, string> = {}): Promise<string | undefined> {
  let seen: string | undefined;
  const app = new Hono().get('/', (c) => {
    seen = find(c);
    return c.body(null, 204);
  });
  await app.fetch(new Request('http://localhost/', { headers }), bindings);
  return seen;
}

const NODE_BINDINGS = { incoming: { socket: { remoteAddress: '192.0.2.10', remotePort: 50000, remoteFamily: 'IPv4' } } };

describe('connectionAddress', () => {
  it("reads the socket's peer from the Node adapter's bindings", async () => {
    expect(await addressSeen(connectionAddress, NODE_BINDINGS)).toBe('192.0.2.10');
  });

  it('finds none without bindings (app.request, other runtimes)', async () => {
    expect(await addressSeen(connectionAddress)).toBeUndefined();
    expect(await addressSeen(connectionAddress, {})).toBeUndefined();
  });
});

describe('clientAddress', () => {
  it('believes X-Forwarded-For only as far as the trusted proxies', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.1, 198.51.100.2' };
    expect(await addressSeen(clientAddress(1), NODE_BINDINGS, headers)).toBe('198.51.100.2');
    expect(await addressSeen(clientAddress(0), NODE_BINDINGS, headers)).toBe('192.0.2.10');
  });
});
