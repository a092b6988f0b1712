/**
 * A supplier's activities: read from the contract's `activities`, or built as one
 * activity per sector with the source's service types and range. Defaults (README):
 * service type DISP for staffing kinds (AI, ETTI, EATT, GEIQ), PREST otherwise;
 * range ZONES = the supplier's own department.
 */
import type { Activity, Address, GeoRange, KindCode, PlaceId, PrestaType, SectorSlug } from '../../../../sdk/src/types.js';
import { parsePlaceId, type Geography } from '../../domain/geography.js';
import { isPrestaType, isSector, matchSector } from '../../domain/taxonomy.js';
import { PRESTA_TYPES } from '../../domain/taxonomy-data.js';
import { fold } from '../../domain/text-normalize.js';
import { listOf, numberOf, shown } from './values.js';

export interface Warning {
  field: 'sectors' | 'prestaTypes' | 'range' | 'activities';
  reason: string;
  value?: string;
}

const STAFFING_KINDS = new Set<KindCode>(['AI', 'ETTI', 'EATT', 'GEIQ']);

export function defaultPrestaTypes(kind: KindCode): PrestaType[] {
  return [STAFFING_KINDS.has(kind) ? 'DISP' : 'PREST'];
}

export function defaultRange(address: Address): GeoRange {
  return { type: 'ZONES', zones: [`department:${address.department}`] };
}

const PRESTA_BY_LABEL = new Map<string, PrestaType>(
  (Object.keys(PRESTA_TYPES) as PrestaType[]).flatMap((code) => [
    [fold(PRESTA_TYPES[code].fr), code] as const,
    [fold(PRESTA_TYPES[code].en), code] as const,
  ]),
);

function prestaTypeOf(value: unknown): PrestaType | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return isPrestaType(code) ? code : PRESTA_BY_LABEL.get(fold(value.trim()));
}

function sectorOf(value: unknown): SectorSlug | undefined {
  if (typeof value !== 'string') return undefined;
  return isSector(value) ? value : matchSector(value);
}

const COUNTRY_WORDS = new Set(['country', 'france', 'france entiere', 'national', 'nationale']);
const REGION_WORDS = new Set(['region', 'regional', 'regionale']);
const DEPARTMENT_WORDS = new Set(['department', 'departement', 'departemental', 'departementale']);

function zoneOf(token: string, geography: Geography): PlaceId | undefined {
  const id =
    parsePlaceId(token) ??
    (/^(\d{2}|2[AB]|9[78]\d)$/i.test(token) ? parsePlaceId(`department:${token.toUpperCase()}`) : undefined) ??
    (/^(\d{5}|2[AB]\d{3})$/i.test(token) ? parsePlaceId(`commune:${token.toUpperCase()}`) : undefined);
  return id && geography.place(id) ? id : undefined;
}

/**
 * A range from a GeoRange object or from words: "France" (COUNTRY), "région" or
 * "département" (the supplier's own), "30 km" (CUSTOM), or a list of zones
 * (place ids, department codes, commune codes). Undefined when unreadable.
 */
export function rangeOf(value: unknown, address: Address, geography: Geography, warnings: Warning[]): GeoRange | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const bad = (): undefined => {
    warnings.push({ field: 'range', reason: 'périmètre illisible, département utilisé / unreadable range, own department used', value: shown(value) });
    return undefined;
  };
  if (typeof value === 'object' && !Array.isArray(value)) {
    const range = value as { type?: unknown; zones?: unknown; km?: unknown };
    if (range.type === 'COUNTRY') return { type: 'COUNTRY' };
    if (range.type === 'CUSTOM') return rangeOf(`${String(range.km)} km`, address, geography, warnings);
    if (range.type === 'ZONES' && Array.isArray(range.zones)) return rangeOf(range.zones, address, geography, warnings);
    return bad();
  }
  if (typeof value !== 'string' && !Array.isArray(value)) return bad();
  const text = typeof value === 'string' ? fold(value.trim()) : '';
  if (COUNTRY_WORDS.has(text)) return { type: 'COUNTRY' };
  if (REGION_WORDS.has(text)) return { type: 'ZONES', zones: [`region:${address.region}`] };
  if (DEPARTMENT_WORDS.has(text)) return defaultRange(address);
  const km = /^(\d+(?:[.,]\d+)?)\s*(?:km)?$/.exec(text);
  if (km) {
    const distance = numberOf(km[1]);
    return distance && distance > 0 && distance <= 1000 ? { type: 'CUSTOM', km: distance } : bad();
  }
  const tokens = typeof value === 'string' ? value.split(/[|;,]/).map((t) => t.trim()).filter(Boolean) : value;
  const zones: PlaceId[] = [];
  for (const token of tokens) {
    const zone = typeof token === 'string' ? zoneOf(token.trim(), geography) : undefined;
    if (zone) {
      if (!zones.includes(zone)) zones.push(zone);
    } else warnings.push({ field: 'range', reason: 'zone inconnue, ignorée / unknown zone, ignored', value: shown(token) });
  }
  return zones.length > 0 ? { type: 'ZONES', zones } : bad();
}

function prestaTypesOf(value: unknown, kind: KindCode, warnings: Warning[]): PrestaType[] {
  const types: PrestaType[] = [];
  for (const item of listOf(value)) {
    const type = prestaTypeOf(item);
    if (!type) warnings.push({ field: 'prestaTypes', reason: 'type de prestation inconnu, ignoré / unknown service type, ignored', value: shown(item) });
    else if (!types.includes(type)) types.push(type);
  }
  return types.length > 0 ? types : defaultPrestaTypes(kind);
}

export interface ActivityInput {
  activities?: unknown;
  sectors?: unknown;
  prestaTypes?: unknown;
  range?: unknown;
}

export function activitiesOf(input: ActivityInput, kind: KindCode, address: Address, geography: Geography, warnings: Warning[]): Activity[] {
  const bySector = new Map<SectorSlug, Activity>();
  const add = (sectorValue: unknown, field: Warning['field'], prestaTypes: PrestaType[], range: GeoRange): void => {
    const sector = sectorOf(sectorValue);
    if (!sector) {
      warnings.push({ field, reason: 'secteur inconnu, ignoré / unknown sector, ignored', value: shown(sectorValue) });
      return;
    }
    const same = bySector.get(sector);
    if (same) same.prestaTypes = [...new Set([...same.prestaTypes, ...prestaTypes])];
    else bySector.set(sector, { sector, prestaTypes, range });
  };
  if (input.activities !== undefined && input.activities !== null) {
    for (const item of listOf(input.activities)) {
      const activity = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const range = rangeOf(activity.range, address, geography, warnings) ?? defaultRange(address);
      add(activity.sector, 'activities', prestaTypesOf(activity.prestaTypes, kind, warnings), range);
    }
    return [...bySector.values()];
  }
  const prestaTypes = prestaTypesOf(input.prestaTypes, kind, warnings);
  const range = rangeOf(input.range, address, geography, warnings) ?? defaultRange(address);
  for (const sector of listOf(input.sectors)) add(sector, 'sectors', prestaTypes, range);
  return [...bySector.values()];
}
