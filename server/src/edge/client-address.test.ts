import { afterEach, describe, expect, it, vi } from 'vitest';
import { addressSeen as seenBy } from '../http/rate-limit/client-address.test-support.js';
import { edgeClientAddress } from './client-address.js';

const addressSeen = (headers: Record<string, string>, runtimeArgument?: unknown) => seenBy(edgeClientAddress, headers, runtimeArgument);

afterEach(() => vi.unstubAllGlobals());

describe('edgeClientAddress', () => {
  it('believes CF-Connecting-IP on Cloudflare Workers', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect(await addressSeen({ 'cf-connecting-ip': '203.0.113.7' })).toBe('203.0.113.7');
  });

  it('ignores CF-Connecting-IP elsewhere, where any client can send it', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Deno/2.1' });
    expect(await addressSeen({ 'cf-connecting-ip': '203.0.113.7' })).toBeUndefined();
  });

  it("asks Bun's server, then Deno's connection info", async () => {
    vi.stubGlobal('navigator', { userAgent: 'Bun/1.2' });
    const bun = { requestIP: (request: Request) => (request.url.startsWith('http://localhost/') ? { address: '198.51.100.2' } : null) };
    expect(await addressSeen({ 'cf-connecting-ip': '203.0.113.7' }, bun)).toBe('198.51.100.2');
    expect(await addressSeen({}, { remoteAddr: { hostname: '198.51.100.3' } })).toBe('198.51.100.3');
  });
});
