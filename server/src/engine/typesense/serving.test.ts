import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../domain/geo-distance.js';
import { getGeography } from '../../domain/geography.js';
import { communesWithin } from './serving.js';

describe('communesWithin', () => {
  const communes = getGeography().communes();
  const within = communesWithin(communes);

  it('finds exactly the communes whose centre lies within the radius, as a full scan does', () => {
    for (const [point, km] of [
      [{ lat: 48.1105, lng: -1.6815 }, 25],
      [{ lat: 43.2545, lng: 5.3722 }, 100],
      [{ lat: 45.7685, lng: 4.8236 }, 10],
    ] as const) {
      const scanned = communes.filter((commune) => distanceKm(point, commune.point) <= km).map((commune) => commune.code);
      expect(within(point, km).sort()).toEqual(scanned.sort());
      expect(scanned.length).toBeGreaterThan(10);
    }
  });
});
