/**
 * The default order as a federation's page shows it: without text, its best-described
 * members first (issue 16: the first page was "ACI JARDINS DE COCAGNE..." repeated,
 * the alphabet's first), over the real app and engine on demo data.
 */
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { profileCompleteness } from '../../domain/completeness.js';
import { getGeography } from '../../domain/geography.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';

const suppliers = generateDemoSuppliers({ seed: 16, count: 3000 });
const app = createApp({ engine: createDefaultEngine(suppliers), geography: getGeography() });
const search = async (query: string) => (await (await app.request(`/v1/suppliers?${query}`)).json()) as SearchResponse;

describe('the order of a search without text', () => {
  it('puts a federation’s most complete member profiles first, not the alphabet’s first names', async () => {
    const members = suppliers.filter((supplier) => supplier.active !== false && supplier.networks.includes('coorace'));
    const best = Math.max(...members.map(profileCompleteness));
    const page = await search('network=coorace&perPage=20');
    expect(page.found).toBe(members.length);
    const completeness = page.hits.map((hit) => profileCompleteness(hit.supplier));
    expect(completeness).toEqual([...completeness].sort((a, b) => b - a));
    expect(completeness[0]).toBe(best);
    const byName = await search('network=coorace&perPage=20&sort=name');
    expect(page.hits.map((hit) => hit.supplier.id)).not.toEqual(byName.hits.map((hit) => hit.supplier.id));
  });

  it('around a commune served, asked for relevance: most complete first, then the nearest', async () => {
    const page = await search('serves=commune:35238&sort=relevance&perPage=50');
    expect(page.found).toBeGreaterThan(50);
    const keys = page.hits.map((hit) => [profileCompleteness(hit.supplier), hit.distanceKm!] as const);
    for (let i = 1; i < keys.length; i++) {
      const [before, after] = [keys[i - 1]!, keys[i]!];
      expect(before[0] > after[0] || (before[0] === after[0] && before[1] <= after[1]), `${before} then ${after}`).toBe(true);
    }
  });
});
