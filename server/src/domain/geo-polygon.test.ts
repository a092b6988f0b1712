import { describe, expect, it } from 'vitest';
import { insidePolygon } from './geo-polygon.js';

// A rough square around Paris, and a concave "L" shape.
const SQUARE = [
  { lat: 48.9, lng: 2.2 },
  { lat: 48.9, lng: 2.5 },
  { lat: 48.8, lng: 2.5 },
  { lat: 48.8, lng: 2.2 },
];
const L_SHAPE = [
  { lat: 0, lng: 0 },
  { lat: 2, lng: 0 },
  { lat: 2, lng: 1 },
  { lat: 1, lng: 1 },
  { lat: 1, lng: 2 },
  { lat: 0, lng: 2 },
];

describe('insidePolygon', () => {
  it('finds a point inside a square and not one outside', () => {
    expect(insidePolygon({ lat: 48.85, lng: 2.35 }, SQUARE)).toBe(true);
    expect(insidePolygon({ lat: 48.85, lng: 2.6 }, SQUARE)).toBe(false);
    expect(insidePolygon({ lat: 49, lng: 2.35 }, SQUARE)).toBe(false);
  });

  it('does not count the notch of a concave polygon', () => {
    expect(insidePolygon({ lat: 0.5, lng: 1.5 }, L_SHAPE)).toBe(true);
    expect(insidePolygon({ lat: 1.5, lng: 0.5 }, L_SHAPE)).toBe(true);
    expect(insidePolygon({ lat: 1.5, lng: 1.5 }, L_SHAPE)).toBe(false);
  });

  it('gives the same answer whichever way the vertices turn', () => {
    const reversed = [...L_SHAPE].reverse();
    for (const point of [{ lat: 0.5, lng: 1.5 }, { lat: 1.5, lng: 1.5 }, { lat: 3, lng: 0 }]) {
      expect(insidePolygon(point, reversed)).toBe(insidePolygon(point, L_SHAPE));
    }
  });
});
