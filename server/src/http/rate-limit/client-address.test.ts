import { describe, expect, it } from 'vitest';
import { clientAddress, connectionAddress } from './client-address.js';
import { addressSeen } from './client-address.test-support.js';

const NODE_BINDINGS = { incoming: { socket: { remoteAddress: '192.0.2.10', remotePort: 50000, remoteFamily: 'IPv4' } } };

describe('connectionAddress', () => {
  it("reads the socket's peer from the Node adapter's bindings", async () => {
    expect(await addressSeen(connectionAddress, {}, NODE_BINDINGS)).toBe('192.0.2.10');
  });

  it('finds none without bindings (app.request, other runtimes)', async () => {
    expect(await addressSeen(connectionAddress)).toBeUndefined();
    expect(await addressSeen(connectionAddress, {}, {})).toBeUndefined();
  });
});

describe('clientAddress', () => {
  it('believes X-Forwarded-For only as far as the trusted proxies', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.1, 198.51.100.2' };
    expect(await addressSeen(clientAddress(1), headers, NODE_BINDINGS)).toBe('198.51.100.2');
    expect(await addressSeen(clientAddress(0), headers, NODE_BINDINGS)).toBe('192.0.2.10');
  });
});
