/**
 * The "serves" rule as tokens Typesense can filter on. Each activity stores the
 * places it serves by its range: `FR` for COUNTRY, its zone ids for ZONES, and for
 * CUSTOM the id of every commune whose centre lies within its km of the supplier
 * (computed at import, with the same geography and distance as the embedded engine).
 * A query place becomes the tokens that would serve it, plus the address rule.
 */
import type { Activity, Point, Supplier } from '../../../../sdk/src/types.js';
import { distanceKm } from '../../domain/geo-distance.js';
import type { Commune } from '../../domain/geography.types.js';
import type { ServedPlace } from '../types.js';

export const COUNTRY_TOKEN = 'FR';

/** Codes of the communes whose centre lies within `km` of `point`. */
export type CommunesWithin = (point: Point, km: number) => string[];

/** Kilometres per degree of latitude, rounded down so that the band never misses a commune. */
const KM_PER_DEGREE = 110;

/** Communes sorted by latitude: a radius only looks at the band of latitudes it can reach. */
export function communesWithin(communes: readonly Commune[]): CommunesWithin {
  const sorted = [...communes].sort((a, b) => a.point.lat - b.point.lat);
  const lats = Float64Array.from(sorted, (commune) => commune.point.lat);
  const firstAtLeast = (lat: number): number => {
    let low = 0;
    let high = lats.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lats[middle]! < lat) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (point, km) => {
    const band = km / KM_PER_DEGREE;
    const codes: string[] = [];
    for (let i = firstAtLeast(point.lat - band); i < sorted.length && lats[i]! <= point.lat + band; i++) {
      const commune = sorted[i]!;
      if (distanceKm(point, commune.point) <= km) codes.push(commune.code);
    }
    return codes;
  };
}

/** The tokens one activity of the supplier serves. */
export function activityTokens(activity: Activity, supplier: Supplier, within: CommunesWithin): string[] {
  const { range } = activity;
  switch (range.type) {
    case 'COUNTRY':
      return [COUNTRY_TOKEN];
    case 'ZONES':
      return [...new Set(range.zones)];
    case 'CUSTOM':
      return within(supplier.address.point, range.km).map((code) => `commune:${code}`);
  }
}

/**
 * The tokens that serve `place`: a commune is served by itself, its department,
 * its region and the country; a department by itself, its region and the country;
 * a region only by itself and the country (a ZONES department does not serve its region).
 */
export function placeTokens(place: ServedPlace): string[] {
  switch (place.type) {
    case 'commune':
      return [COUNTRY_TOKEN, `commune:${place.code}`, `department:${place.department}`, `region:${place.region}`];
    case 'department':
      return [COUNTRY_TOKEN, `department:${place.code}`, `region:${place.region}`];
    case 'region':
      return [COUNTRY_TOKEN, `region:${place.code}`];
  }
}

/** The address rule, whatever the activity's range: own postcode, department or region. */
export function addressField(place: ServedPlace): { field: 'postcode' | 'department' | 'region'; values: string[] } {
  switch (place.type) {
    case 'commune':
      return { field: 'postcode', values: place.postcodes };
    case 'department':
      return { field: 'department', values: [place.code] };
    case 'region':
      return { field: 'region', values: [place.code] };
  }
}
