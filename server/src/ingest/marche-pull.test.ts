import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStoredSuppliers, readSyncState } from '../data-dir/index.js';
import { marcheRecord, siretOf, temporaryDirectory } from './ingest.test-support.js';
import { importSuppliers } from './pipeline.js';

const TOKEN = 'jeton-secret';
const PAGE_SIZE = 2;
let server: Server;
let base: string;
let records: Record<string, unknown>[];
let requests: URL[];

/** A DRF-style API: bearer token, pages of PAGE_SIZE with absolute `next` links, updated_at_after. */
beforeEach(async () => {
  records = [1, 2, 3, 4, 5].map((n) => marcheRecord(n, { updated_at: `2025-0${n}-01T00:00:00Z` }));
  requests = [];
  server = createServer((request, response) => {
    const url = new URL(request.url!, base);
    requests.push(url);
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      response.writeHead(401).end('{"detail":"unauthorized"}');
      return;
    }
    const after = url.searchParams.get('updated_at_after');
    const matching = records.filter((r) => !after || Date.parse(String(r.updated_at)) > Date.parse(after));
    const page = Number(url.searchParams.get('page') ?? 1);
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    const body = {
      count: matching.length,
      next: page * PAGE_SIZE < matching.length ? next.toString() : null,
      previous: null,
      results: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    };
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/siae/`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('pulling from a Marché-format API', () => {
  it('follows next links with the token, then syncs incrementally from the last updated_at', async () => {
    const dataDir = await temporaryDirectory();
    const first = await importSuppliers({ source: { type: 'url', url: base, token: TOKEN }, dataDir });
    expect(first.report).toMatchObject({ status: 'ok', format: 'marche', rows: 5, created: 5, stored: 5 });
    expect(requests.map((u) => u.searchParams.get('page'))).toEqual([null, '2', '3']);
    expect(await readSyncState(dataDir)).toEqual({ [base]: { lastUpdatedAt: '2025-05-01T00:00:00.000Z' } });

    // Upstream: one supplier renamed, one added.
    records[1] = { ...records[1], name: 'ASSOC RENOMMEE', updated_at: '2025-07-01T00:00:00Z' };
    records.push(marcheRecord(6, { updated_at: '2025-08-01T00:00:00Z' }));
    requests = [];
    const second = await importSuppliers({ source: { type: 'url', url: base, token: TOKEN }, dataDir });
    expect(requests[0]!.searchParams.get('updated_at_after')).toBe('2025-05-01T00:00:00.000Z');
    expect(second.report).toMatchObject({ status: 'ok', rows: 2, created: 1, updated: 1, stored: 6 });
    const stored = await loadStoredSuppliers(dataDir);
    expect(stored!.find((s) => s.siret === siretOf(2))!.name).toBe('ASSOC RENOMMEE');
    expect(await readSyncState(dataDir)).toEqual({ [base]: { lastUpdatedAt: '2025-08-01T00:00:00.000Z' } });

    requests = [];
    const nothingNew = await importSuppliers({ source: { type: 'url', url: base, token: TOKEN }, dataDir });
    expect(nothingNew.report).toMatchObject({ status: 'ok', rows: 0, stored: 6 });
  });

  it('pulls everything again with full, and fails cleanly without the token', async () => {
    const dataDir = await temporaryDirectory();
    await importSuppliers({ source: { type: 'url', url: base, token: TOKEN }, dataDir });
    requests = [];
    const full = await importSuppliers({ source: { type: 'url', url: base, token: TOKEN, full: true }, dataDir });
    expect(requests[0]!.searchParams.has('updated_at_after')).toBe(false);
    expect(full.report).toMatchObject({ rows: 5, updated: 5 });

    const refused = await importSuppliers({ source: { type: 'url', url: base, token: 'faux' }, dataDir });
    expect(refused.report).toMatchObject({ status: 'failed', error: expect.stringContaining('HTTP 401') });
    expect(await loadStoredSuppliers(dataDir)).toHaveLength(5);
  });

  it('refuses a next link to another origin rather than sending it the token', async () => {
    const dataDir = await temporaryDirectory();
    const fetchPage: typeof fetch = async () =>
      Response.json({ count: 3, next: 'https://elsewhere.example/api/?page=2', previous: null, results: [marcheRecord(1)] });
    const { report } = await importSuppliers({ source: { type: 'url', url: base, token: TOKEN, fetch: fetchPage }, dataDir });
    expect(report).toMatchObject({ status: 'failed', error: expect.stringContaining('autre origine') });
    expect(await loadStoredSuppliers(dataDir)).toBeUndefined();
  });
});
