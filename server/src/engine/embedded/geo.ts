import type { Point } from '../../../../sdk/src/types.js';
import { distanceKm } from '../../domain/geo-distance.js';

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * Whether the latitude difference alone puts two points more than `km` apart: a
 * great circle is never shorter than it, so most far-away points are ruled out
 * without trigonometry. The small margin keeps rounding from ruling out a point
 * exactly on the limit: the answer is always the one distanceKm gives.
 */
export function tooFarByLatitude(latA: number, latB: number, km: number): boolean {
  return Math.abs(latB - latA) * RADIANS * EARTH_RADIUS_KM > km + 1e-6;
}

/** distanceKm(a, b) <= km. */
export function withinKm(a: Point, b: Point, km: number): boolean {
  return !tooFarByLatitude(a.lat, b.lat, km) && distanceKm(a, b) <= km;
}
