import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../sdk/src/types.js';
import { generateDemoSuppliers } from '../../demo-data/generate.js';
import { toEngineDocument } from './document.js';
import { activityTokens, customKm } from './perimeter.js';

const activity = (range: Activity['range']): Activity => ({ sector: 'creation-et-entretien-des-espaces-verts', prestaTypes: ['PREST'], range });

describe('what an activity stores about the places it serves', () => {
  it('stores tokens for COUNTRY and ZONES, and only a radius for CUSTOM', () => {
    expect(activityTokens(activity({ type: 'COUNTRY' }))).toEqual(['FR']);
    expect(activityTokens(activity({ type: 'ZONES', zones: ['department:35', 'commune:35238', 'department:35'] }))).toEqual(['department:35', 'commune:35238']);
    expect(activityTokens(activity({ type: 'CUSTOM', km: 30 }))).toEqual([]);
    expect(customKm(activity({ type: 'CUSTOM', km: 12.5 }))).toBe(12.5);
    expect(customKm(activity({ type: 'COUNTRY' }))).toBe(0);
  });

  it('keeps every document small: each activity its radius, the supplier its distinct radii as written', () => {
    const suppliers = generateDemoSuppliers({ count: 300 });
    const custom = suppliers.find((supplier) => supplier.activities.filter((item) => item.range.type === 'CUSTOM').length > 1)!;
    const document = toEngineDocument(custom);
    const radii = custom.activities.flatMap((item) => (item.range.type === 'CUSTOM' ? [String(item.range.km)] : []));
    expect(document.custom_radii).toEqual([...new Set(radii)]);
    expect(document.activities.map((item) => item.custom_km)).toEqual(custom.activities.map(customKm));
    expect(document.location).toEqual([custom.address.point.lat, custom.address.point.lng]);
    const largest = Math.max(...suppliers.map((supplier) => JSON.stringify(toEngineDocument(supplier)).length));
    expect(largest).toBeLessThan(20_000);
  });
});
