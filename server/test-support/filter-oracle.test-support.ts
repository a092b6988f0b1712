/**
 * A deliberately plain reference for the engines' filters and facets, written
 * straight from the rule text (README.md, Design notes, The "serves" rule) with no
 * precomputation: a loop over an array. Tests compare every engine with it.
 */
import type { Activity, FacetName, Supplier } from '../../sdk/src/types.js';
import { distanceKm } from '../src/domain/geo-distance.js';
import { insidePolygon } from '../src/domain/geo-polygon.js';
import { inRange, numericValue } from '../src/query/numeric-fields.js';
import type { ServedPlace } from '../src/domain/geography.types.js';
import type { ActivityCondition, EngineResult, FacetQuery, Filter, SupplierField } from '../src/query/types.js';

/** The perimeter rule: can this activity of the supplier serve the place? */
export function oracleServes(supplier: Supplier, activity: Activity, place: ServedPlace): boolean {
  const range = activity.range;
  const zones: string[] = range.type === 'ZONES' ? range.zones : [];
  const address = supplier.address;

  if (range.type === 'COUNTRY') return true;
  if (zones.includes(`${place.type}:${place.code}`)) return true;

  if (place.type === 'commune') {
    if (range.type === 'CUSTOM' && distanceKm(address.point, place.point) <= range.km) return true;
    if (zones.includes(`department:${place.department}`)) return true;
    if (zones.includes(`region:${place.region}`)) return true;
    if (place.postcodes.includes(address.postcode)) return true;
  }
  if (place.type === 'department') {
    if (zones.includes(`region:${place.region}`)) return true;
    if (address.department === place.code) return true;
  }
  if (place.type === 'region') {
    if (address.region === place.code) return true;
  }
  return false;
}

/** Every condition given must hold for this one activity. */
export function oracleActivitySatisfies(supplier: Supplier, activity: Activity, condition: ActivityCondition): boolean {
  if (condition.sectors !== undefined && !condition.sectors.includes(activity.sector)) return false;
  if (condition.groupSectors !== undefined && !condition.groupSectors.includes(activity.sector)) return false;
  if (condition.prestaTypes !== undefined) {
    const offered = activity.prestaTypes.filter((type) => condition.prestaTypes!.includes(type));
    if (offered.length === 0) return false;
  }
  if (condition.serves !== undefined) {
    const served = condition.serves.filter((place) => oracleServes(supplier, activity, place));
    if (served.length === 0) return false;
  }
  return true;
}

function fieldValues(supplier: Supplier, field: SupplierField): string[] {
  switch (field) {
    case 'id':
      return [supplier.id];
    case 'siret':
      return [supplier.siret];
    case 'siren':
      return [supplier.siret.substring(0, 9)];
    case 'kind':
      return [supplier.kind];
    case 'network':
      return supplier.networks;
    case 'label':
      return supplier.labels;
    case 'postcode':
      return [supplier.address.postcode];
    case 'communeCode':
      return [supplier.address.communeCode];
    case 'department':
      return [supplier.address.department];
    case 'region':
      return [supplier.address.region];
  }
}

/** Whether an active supplier matches the filter tree. */
export function oracleMatches(supplier: Supplier, filter: Filter): boolean {
  if (supplier.active === false) return false;
  switch (filter.op) {
    case 'and':
      return filter.filters.every((child) => oracleMatches(supplier, child));
    case 'or':
      return filter.filters.some((child) => oracleMatches(supplier, child));
    case 'not':
      return !oracleMatches(supplier, filter.filter);
    case 'in':
      return fieldValues(supplier, filter.field).some((value) => filter.values.includes(value));
    case 'near':
      return distanceKm(supplier.address.point, filter.point) <= filter.radiusKm;
    case 'range':
      return inRange(numericValue(supplier, filter.field), filter.min, filter.max);
    case 'polygon':
      return insidePolygon(supplier.address.point, filter.points);
    case 'activity':
      return supplier.activities.some((activity) => oracleActivitySatisfies(supplier, activity, filter.condition));
  }
}

/** The values a supplier counts under a facet; with `facet.activity`, only from the activities meeting it. */
export function oracleFacetValues(
  supplier: Supplier,
  facet: Pick<FacetQuery, 'name' | 'activity'>,
  groupOf: (sector: string) => string | undefined,
): string[] {
  const activities = supplier.activities.filter(
    (activity) => facet.activity === undefined || oracleActivitySatisfies(supplier, activity, facet.activity),
  );
  switch (facet.name) {
    case 'kind':
      return [supplier.kind];
    case 'network':
      return supplier.networks;
    case 'label':
      return supplier.labels;
    case 'department':
      return [supplier.address.department];
    case 'region':
      return [supplier.address.region];
    case 'sector':
      return activities.map((activity) => activity.sector);
    case 'sectorGroup':
      return activities.map((activity) => groupOf(activity.sector)).filter((group) => group !== undefined);
    case 'prestaType':
      return activities.flatMap((activity) => activity.prestaTypes);
  }
}

/** Ids of the matching suppliers (in input order) and the facet counts, as every engine must give them. */
export function oracleSearch(
  suppliers: Supplier[],
  query: { filter: Filter; facets: FacetQuery[] },
  groupOf: (sector: string) => string | undefined,
): { ids: string[]; facets: EngineResult['facets'] } {
  const ids = suppliers.filter((supplier) => oracleMatches(supplier, query.filter)).map((supplier) => supplier.id);
  const facets: EngineResult['facets'] = {};
  for (const facet of query.facets) {
    const counts: Record<string, number> = {};
    for (const supplier of suppliers) {
      if (!oracleMatches(supplier, facet.filter)) continue;
      for (const value of new Set(oracleFacetValues(supplier, facet, groupOf))) counts[value] = (counts[value] ?? 0) + 1;
    }
    const name: FacetName = facet.name;
    facets[name] = Object.entries(counts)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  }
  return { ids, facets };
}
