/**
 * The Typesense collection the engine writes: one document per supplier, the
 * gateway's flat document (typesense/schema.ts) less what only Typesense clients
 * read, plus the canonical Supplier JSON in a field Typesense stores but does not
 * index, so that hits map back to exactly what the embedded engine returns. Facet
 * fields are supplier-level arrays (counted once per supplier), nested `activities`
 * keep the same-activity rule, and sort keys are built the way the embedded engine
 * orders (folded display name, then id).
 */
import type { Supplier } from '../../../../sdk/src/types.js';
import { profileCompleteness } from '../../domain/completeness.js';
import { fold } from '../../domain/text-normalize.js';
import { isSector, sectorGroupOf, sectorLabel } from '../../domain/taxonomy.js';
import { toDocument, type SupplierDocument } from '../../typesense/schema.js';
import { activityTokens, customKm } from './perimeter.js';

export interface ActivityDocument {
  sector: string;
  sector_group: string;
  presta_types: string[];
  /** Places a COUNTRY or ZONES activity serves, as tokens (perimeter.ts); none for CUSTOM. */
  serves: string[];
  /** A CUSTOM activity's radius around the supplier's `location`; 0 for the others. */
  custom_km: number;
}

/** Fields of the gateway's document that only Typesense clients read. */
type ClientOnlyField = 'display_name' | 'kind_family' | 'social_clause' | 'naf' | 'website';

export interface EngineDocument extends Omit<SupplierDocument, ClientOnlyField> {
  supplier_json: string;
  sector_labels: string[];
  sort_name: string;
  sort_id: string;
  /** The distinct radii of the CUSTOM activities, as written: faceted to learn the collection's radii (radii.ts). */
  custom_radii: string[];
  updated_ms: number;
  /** profileCompleteness: the first key of a search without text. */
  completeness: number;
  active: boolean;
  activity_count: number;
  activities: ActivityDocument[];
}

/** Fields the engine highlights, in the order the embedded engine lists them. */
export const HIGHLIGHT_FIELDS = ['name', 'brand', 'description', 'offers', 'city'] as const;
/** What free text searches: the highlighted fields and the sector labels, as the embedded index does. */
export const QUERY_BY = [...HIGHLIGHT_FIELDS, 'sector_labels'].join(',');
/** What suggestions search: the names as typed. */
export const SUGGEST_BY = 'name,brand';

type FieldSchema = { name: string; type: string; facet?: boolean; optional?: boolean; index?: boolean; sort?: boolean; locale?: string };

const text = (name: string, optional = false): FieldSchema => ({ name, type: 'string', locale: 'fr', ...(optional && { optional }) });
const code = (name: string, facet = false): FieldSchema => ({ name, type: 'string', ...(facet && { facet }) });
const codes = (name: string, facet = false): FieldSchema => ({ name, type: 'string[]', ...(facet && { facet }) });

export function collectionSchema(name: string) {
  const fields: FieldSchema[] = [
    { name: 'supplier_json', type: 'string', index: false, optional: true },
    text('name'),
    text('brand', true),
    text('description', true),
    text('offers', true),
    text('city'),
    { name: 'sector_labels', type: 'string[]', locale: 'fr' },
    { name: 'sort_name', type: 'string', sort: true },
    { name: 'sort_id', type: 'string', sort: true },
    code('siret'),
    code('siren'),
    code('kind', true),
    codes('networks', true),
    codes('labels', true),
    codes('sectors', true),
    codes('sector_groups', true),
    codes('presta_types', true),
    code('postcode'),
    code('commune_code'),
    code('department', true),
    code('region', true),
    { name: 'location', type: 'geopoint' },
    codes('custom_radii', true),
    { name: 'employees_inclusive', type: 'int32', optional: true },
    { name: 'employees_permanent', type: 'int32', optional: true },
    { name: 'updated_at', type: 'int64' },
    { name: 'updated_ms', type: 'int64', sort: true },
    { name: 'completeness', type: 'int32', sort: true },
    { name: 'active', type: 'bool' },
    { name: 'activity_count', type: 'int32' },
    { name: 'activities', type: 'object[]', optional: true },
    codes('activities.sector'),
    codes('activities.sector_group'),
    codes('activities.presta_types'),
    codes('activities.serves'),
    { name: 'activities.custom_km', type: 'float[]' },
  ];
  return { name, fields, enable_nested_fields: true };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

export function toEngineDocument(supplier: Supplier): EngineDocument {
  const { display_name, kind_family, social_clause, naf, website, ...shared } = toDocument(supplier);
  const groupOf = (sector: string) => (isSector(sector) ? sectorGroupOf(sector) : '');
  return {
    ...shared,
    supplier_json: JSON.stringify(supplier),
    sector_labels: shared.sectors.filter(isSector).map(sectorLabel),
    sort_name: fold(supplier.brand ?? supplier.name).trim(),
    sort_id: supplier.id,
    custom_radii: unique(supplier.activities.map(customKm).filter((km) => km > 0).map(String)),
    updated_ms: Date.parse(supplier.updatedAt) || 0,
    completeness: profileCompleteness(supplier),
    active: supplier.active !== false,
    activity_count: supplier.activities.length,
    activities: supplier.activities.map((activity) => ({
      sector: activity.sector,
      sector_group: groupOf(activity.sector),
      presta_types: unique(activity.prestaTypes),
      serves: activityTokens(activity),
      custom_km: customKm(activity),
    })),
  };
}

/** The Supplier a hit carries, exactly as it was imported. */
export function supplierOf(document: Record<string, unknown>): Supplier {
  const json = document.supplier_json;
  if (typeof json !== 'string') throw new Error('A Typesense document has no supplier_json: was it written by another program?');
  return JSON.parse(json) as Supplier;
}
