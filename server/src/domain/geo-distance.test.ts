import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo-distance.js';

const paris = { lat: 48.8566, lng: 2.3522 };
const lyon = { lat: 45.764, lng: 4.8357 };

describe('distanceKm', () => {
  it('measures the great-circle distance between Paris and Lyon (392 km)', () => {
    expect(distanceKm(paris, lyon)).toBeCloseTo(391.5, 0);
  });

  it('is zero from a point to itself and the same both ways', () => {
    expect(distanceKm(paris, paris)).toBe(0);
    expect(distanceKm(lyon, paris)).toBe(distanceKm(paris, lyon));
  });

  it('gives half the Earth circumference for antipodal points', () => {
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it('measures one degree of latitude as about 111.2 km', () => {
    expect(distanceKm({ lat: 45, lng: 3 }, { lat: 46, lng: 3 })).toBeCloseTo(111.19, 1);
  });
});
