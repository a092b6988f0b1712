/**
 * The "serves" rule in terms Typesense can filter on. COUNTRY and ZONES activities
 * store the places they serve as tokens (`FR`, their zone ids): a handful each.
 * A CUSTOM activity stores only its radius (`custom_km`); the supplier's own point
 * is the document's `location`, so "the commune's centre lies within km of the
 * supplier" is a geo radius around the commune's centre, one per distinct radius
 * (filter.ts). A query place becomes the tokens that serve it, plus the address rule.
 */
import type { Activity } from '../../../../sdk/src/types.js';
import type { ServedPlace } from '../../domain/geography.types.js';

export const COUNTRY_TOKEN = 'FR';

/** The tokens one activity serves: CUSTOM has none, its radius says it (customKm). */
export function activityTokens(activity: Activity): string[] {
  const { range } = activity;
  switch (range.type) {
    case 'COUNTRY':
      return [COUNTRY_TOKEN];
    case 'ZONES':
      return [...new Set(range.zones)];
    case 'CUSTOM':
      return [];
  }
}

/** The radius of a CUSTOM activity in km; 0 for the others (no radius is 0 km: ingestion refuses it). */
export function customKm(activity: Activity): number {
  return activity.range.type === 'CUSTOM' ? activity.range.km : 0;
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
