/**
 * The Typesense engine against a two-node cluster of Typesense protocol stand-ins
 * (NOT a real Typesense: see server/test-support/typesense-standin/) on loopback
 * ports: the engine contract, then reindexing, a failed reindex, and failover when
 * nodes stop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { distanceKm } from '../../domain/geo-distance.js';
import { getGeography } from '../../domain/geography.js';
import { ApiException } from '../../errors.js';
import { plan } from '../../planner/plan.js';
import type { EngineQuery } from '../../query/types.js';
import { engineContract } from './contract.test-support.js';
import { createTypesenseEngine, type TypesenseEngine } from './engine.js';
import { ImportFailedError } from './reindex.js';
import { startCluster, type StandinNode } from '../../../test-support/typesense-standin/nodes.test-support.js';
import type { StandinState } from '../../../test-support/typesense-standin/collections.test-support.js';

const API_KEY = 'standin-key';

/** A clock that moves one second per call, so that versioned names never collide. */
function steppingClock(): () => Date {
  let seconds = Date.UTC(2025, 0, 1) / 1000;
  return () => new Date(seconds++ * 1000);
}

let state: StandinState;
let nodes: StandinNode[];
let engine: TypesenseEngine;
const stopped = new Set<StandinNode>();

beforeAll(async () => {
  ({ state, nodes } = await startCluster(2, API_KEY));
  engine = createTypesenseEngine({
    nodes: nodes.map((node) => node.node),
    apiKey: API_KEY,
    connectionTimeoutSeconds: 2,
    retryIntervalSeconds: 0.001,
    now: steppingClock(),
  });
});

afterAll(async () => {
  await Promise.all(nodes.filter((node) => !stopped.has(node)).map((node) => node.stop()));
});

describe('the Typesense engine against two stand-in nodes', () => {
  engineContract(async () => ({ engine, sameTextRanking: true }));
});

describe('reindexing through an alias', () => {
  const suppliers = generateDemoSuppliers({ count: 60, seed: 7 });

  it('builds a new collection, switches the alias, then drops the old collection', async () => {
    const before = state.aliases.get('suppliers')!;
    const report = await engine.reindex(suppliers);
    expect(report).toEqual({ collection: expect.stringMatching(/^suppliers_\d{8}T\d{9}Z$/), imported: 60, dropped: before });
    expect(state.aliases.get('suppliers')).toBe(report.collection);
    expect([...state.collections.keys()]).toEqual([report.collection]);
    expect((await engine.stats()).suppliers).toBe(60);
  });

  it('leaves the live alias untouched and drops the half-built collection when an import line is refused', async () => {
    const live = state.aliases.get('suppliers')!;
    const broken = { ...suppliers[0]!, id: 'broken', address: { ...suppliers[0]!.address, point: { lat: Number.NaN, lng: 2 } } };
    const failure = await engine.reindex([...suppliers.slice(1), broken]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportFailedError);
    expect((failure as ImportFailedError).failures).toEqual([{ line: 60, error: 'Field `location` must be a 2 element array: [lat, lng].' }]);
    expect(state.aliases.get('suppliers')).toBe(live);
    expect([...state.collections.keys()]).toEqual([live]);
    expect((await engine.stats()).suppliers).toBe(60);
  });
});

describe('a CUSTOM radius written by another process', () => {
  it('serves its communes once the engine reads the radii again, and at once in the engine that wrote it', async () => {
    const reader = createTypesenseEngine({ nodes: nodes.map((node) => node.node), apiKey: API_KEY, radiiRefreshSeconds: 0 });
    const [base] = generateDemoSuppliers({ count: 1, seed: 11 });
    const activity = { ...base!.activities[0]!, range: { type: 'CUSTOM' as const, km: 137 } };
    const supplier = { ...base!, id: 'radius-137', active: true, activities: [activity] };
    const commune = getGeography()
      .communes()
      .find((place) => {
        const km = distanceKm(supplier.address.point, place.point);
        return place.department !== supplier.address.department && km > 120 && km < 130;
      })!;
    const served = plan({ serves: [`commune:${commune.code}`], sectors: [activity.sector] }, { places: getGeography() });
    const ids = async (target: TypesenseEngine) => (await target.search(served)).hits.map((hit) => hit.supplier.id);

    expect(await ids(reader)).not.toContain(supplier.id);
    await engine.upsert([supplier]);
    expect(await ids(engine)).toContain(supplier.id);
    expect(await ids(reader)).toContain(supplier.id);
  });
});

describe('failover', () => {
  const everything: EngineQuery = { filter: { op: 'and', filters: [] }, facets: [], sort: 'name', page: 1, perPage: 5 };

  it('keeps answering from the other node when one node is stopped', async () => {
    const before = await engine.search(everything);
    await nodes[0]!.stop();
    stopped.add(nodes[0]!);
    for (let i = 0; i < 4; i++) expect(await engine.search(everything)).toEqual(before);
    expect(await engine.health()).toBe(true);
  });

  it('answers 503 unavailable with Retry-After when no node answers', async () => {
    await nodes[1]!.stop();
    stopped.add(nodes[1]!);
    const failure = await engine.search(everything).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiException);
    expect(failure).toMatchObject({ status: 503, code: 'unavailable', retryAfterSeconds: 5 });
    expect(await engine.health()).toBe(false);

    const app = createApp({ engine, geography: getGeography() });
    const response = await app.request('/v1/suppliers?q=atelier');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unavailable');
  });
});
