import type { Point } from '../../../sdk/src/types.js';

/** Mean Earth radius (IUGG), the one the whole project measures with. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  return haversineKm(a.lat, a.lng, b.lat, b.lng);
}

/** distanceKm on bare coordinates, for callers reading columns of numbers. */
export function haversineKm(latA: number, lngA: number, latB: number, lngB: number): number {
  const dLat = (latB - latA) * RADIANS;
  const dLng = (lngB - lngA) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(latA * RADIANS) * Math.cos(latB * RADIANS) * Math.sin(dLng / 2) ** 2;
  // min() keeps rounding from pushing antipodal points past asin's domain.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
