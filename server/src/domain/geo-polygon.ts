/**
 * Point in polygon on the plane of latitude and longitude, as Typesense's polygon
 * filter treats areas the size of a city or a department (no antimeridian).
 */
import type { Point } from '../../../sdk/src/types.js';

/** Even-odd rule: a horizontal ray from the point crosses the edges an odd number of times. */
export function insidePolygon(point: Point, vertices: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = vertices.length - 1; i < vertices.length; j = i++) {
    const a = vertices[i]!;
    const b = vertices[j]!;
    if (a.lat > point.lat !== b.lat > point.lat) {
      const lngAtLat = a.lng + ((point.lat - a.lat) / (b.lat - a.lat)) * (b.lng - a.lng);
      if (point.lng < lngAtLat) inside = !inside;
    }
  }
  return inside;
}
