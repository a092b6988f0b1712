/**
 * JSON records to drafts: the contract's Supplier (our canonical NDJSON) and Le
 * Marché de l'inclusion's API records (snake_case, sectors as {name, slug}...).
 */
import type { FieldNames, SupplierDraft } from './types.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** A Marché record names these; the contract names none of them. */
const MARCHE_KEYS = ['post_code', 'presta_types', 'kind_parent', 'is_active', 'contact_website', 'client_references'];

export function isMarcheRecord(record: Json): boolean {
  return MARCHE_KEYS.some((key) => key in record);
}

export const CANONICAL_FIELD_NAMES: FieldNames = {
  street: 'address.street',
  postcode: 'address.postcode',
  city: 'address.city',
  communeCode: 'address.communeCode',
  lat: 'address.point.lat',
  lng: 'address.point.lng',
  email: 'contact.email',
  phone: 'contact.phone',
  employeesInclusive: 'employees.inclusive',
  employeesPermanent: 'employees.permanent',
};

export function canonicalDraft(record: Json): SupplierDraft {
  const address = objectAt(record.address);
  const point = objectAt(address.point);
  const contact = objectAt(record.contact);
  const employees = objectAt(record.employees);
  return {
    id: record.id,
    siret: record.siret,
    name: record.name,
    brand: record.brand,
    kind: record.kind,
    naf: record.naf,
    description: record.description,
    website: record.website,
    email: contact.email,
    phone: contact.phone,
    street: address.street,
    postcode: address.postcode,
    city: address.city,
    communeCode: address.communeCode,
    lat: point.lat,
    lng: point.lng,
    activities: record.activities,
    networks: record.networks,
    labels: record.labels,
    offers: record.offers,
    clientReferences: record.clientReferences,
    employeesInclusive: employees.inclusive,
    employeesPermanent: employees.permanent,
    active: record.active,
    headOffice: record.headOffice,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export const MARCHE_FIELD_NAMES: FieldNames = {
  website: 'contact_website',
  email: 'contact_email',
  phone: 'contact_phone',
  street: 'address',
  postcode: 'post_code',
  lat: 'latitude',
  lng: 'longitude',
  prestaTypes: 'presta_types',
  range: 'geo_range',
  clientReferences: 'client_references',
  employeesInclusive: 'employees_insertion_count',
  employeesPermanent: 'employees_permanent_count',
  active: 'is_active',
  headOffice: 'nature',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

/** `{name, slug}` objects (sectors, networks) as the text that names them best. */
function namesOf(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item) => (isObject(item) ? (item.slug ?? item.name) : item));
}

/** "SRID=4326;POINT (2.35 48.85)", the way GeoDjango writes a point. */
function pointOfWkt(value: unknown): { lat?: number; lng?: number } {
  const match = typeof value === 'string' ? /POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)/.exec(value) : null;
  return match ? { lng: Number(match[1]), lat: Number(match[2]) } : {};
}

/**
 * The Marché's range is per supplier: geo_range COUNTRY, REGION, DEPARTMENT or
 * CUSTOM with geo_range_custom_distance (km); REGION and DEPARTMENT mean the
 * supplier's own (perimeter-rule.md).
 */
function marcheRange(record: Json): unknown {
  const range = record.geo_range;
  if (range === 'CUSTOM' && record.geo_range_custom_distance != null) return `${String(record.geo_range_custom_distance)} km`;
  return range ?? undefined;
}

export function marcheDraft(record: Json): SupplierDraft {
  const wkt = pointOfWkt(record.coords);
  return {
    siret: record.siret,
    name: record.name,
    brand: record.brand || undefined,
    kind: record.kind,
    naf: record.naf,
    description: record.description,
    website: record.contact_website || record.contact_social_website || undefined,
    email: record.contact_email,
    phone: record.contact_phone,
    street: record.address,
    postcode: record.post_code,
    city: record.city,
    lat: record.latitude ?? wkt.lat,
    lng: record.longitude ?? wkt.lng,
    sectors: namesOf(record.sectors),
    prestaTypes: record.presta_types,
    range: marcheRange(record),
    networks: namesOf(record.networks),
    labels: namesOf(record.labels),
    offers: record.offers,
    clientReferences: record.client_references,
    employeesInclusive: record.employees_insertion_count,
    employeesPermanent: record.employees_permanent_count,
    active: record.is_active,
    headOffice: record.nature === 'HEAD_OFFICE' ? true : record.nature === 'ANTENNA' ? false : undefined,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
  };
}

/** The draft of a parsed JSON record, canonical or Marché (`forceMarche` with --format marche). */
export function draftOf(record: unknown, forceMarche: boolean): { draft: SupplierDraft; fieldNames: FieldNames } | undefined {
  if (!isObject(record)) return undefined;
  return forceMarche || isMarcheRecord(record)
    ? { draft: marcheDraft(record), fieldNames: MARCHE_FIELD_NAMES }
    : { draft: canonicalDraft(record), fieldNames: CANONICAL_FIELD_NAMES };
}
