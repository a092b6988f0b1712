/**
 * The `suppliers` collection as the gateway exposes it to Typesense clients: one
 * flat document per supplier (also the base of what the Typesense engine writes,
 * engine/typesense/document.ts), and what each field can do (search, filter, facet,
 * sort). A supplier's activities are flattened into sectors / sector_groups /
 * presta_types; `activities.{...}` in filter_by keeps the same-activity rule.
 */
import type { FacetName, Supplier } from '../../../sdk/src/types.js';
import { familyOf, isSector, isSocialClauseKind, sectorGroupOf } from '../domain/taxonomy.js';
import { numericValue } from '../query/numeric-fields.js';
import type { NumericField, SupplierField } from '../query/types.js';

export const COLLECTION = 'suppliers';

export interface SupplierDocument {
  id: string;
  siret: string;
  siren: string;
  /** Legal name. */
  name: string;
  brand?: string;
  /** Trading name, else legal name: what `display_name:asc` sorts by. */
  display_name: string;
  kind: string;
  kind_family: string;
  social_clause: boolean;
  naf?: string;
  description?: string;
  /** Offer names, comma-separated (one text, highlighted as one). */
  offers?: string;
  networks: string[];
  labels: string[];
  sectors: string[];
  sector_groups: string[];
  presta_types: string[];
  city: string;
  postcode: string;
  commune_code: string;
  department: string;
  region: string;
  /** [lat, lng], Typesense's geopoint. */
  location: [number, number];
  employees_inclusive?: number;
  employees_permanent?: number;
  /** Seconds since the epoch. */
  updated_at: number;
  website?: string;
}

export type DocumentField = keyof SupplierDocument;

/** Our filter fields as named in the documents (the gateway's and the Typesense engine's alike). */
export const IN_FIELDS: Record<SupplierField, DocumentField> = {
  id: 'id',
  siret: 'siret',
  siren: 'siren',
  kind: 'kind',
  network: 'networks',
  label: 'labels',
  postcode: 'postcode',
  communeCode: 'commune_code',
  department: 'department',
  region: 'region',
};

export const NUMERIC_FIELDS: Record<NumericField, DocumentField> = {
  employeesInclusive: 'employees_inclusive',
  employeesPermanent: 'employees_permanent',
  updatedAt: 'updated_at',
};

/** How filter_by reads a field. */
export type FilterRole =
  | { kind: 'in'; field: SupplierField }
  | { kind: 'numeric'; field: NumericField }
  | { kind: 'activity'; part: 'sectors' | 'groupSectors' | 'prestaTypes' | 'serves' }
  | { kind: 'family' }
  | { kind: 'socialClause' }
  | { kind: 'geo' };

/** Fields filter_by accepts; `serves` is no stored field but the perimeter rule (place ids). */
export const FILTER_FIELDS: Record<string, FilterRole> = {
  ...Object.fromEntries(Object.entries(IN_FIELDS).map(([field, name]) => [name, { kind: 'in', field: field as SupplierField }])),
  kind_family: { kind: 'family' },
  social_clause: { kind: 'socialClause' },
  sectors: { kind: 'activity', part: 'sectors' },
  sector_groups: { kind: 'activity', part: 'groupSectors' },
  presta_types: { kind: 'activity', part: 'prestaTypes' },
  serves: { kind: 'activity', part: 'serves' },
  ...Object.fromEntries(Object.entries(NUMERIC_FIELDS).map(([field, name]) => [name, { kind: 'numeric', field: field as NumericField }])),
  location: { kind: 'geo' },
};

/** Inside `activities.{...}`: the singular names of a Typesense nested object, or the flat ones. */
export const ACTIVITY_FIELDS: Record<string, 'sectors' | 'groupSectors' | 'prestaTypes' | 'serves'> = {
  sector: 'sectors',
  sectors: 'sectors',
  sector_group: 'groupSectors',
  sector_groups: 'groupSectors',
  presta_types: 'prestaTypes',
  serves: 'serves',
};

/** facet_by fields and the facets they are. */
export const FACET_FIELDS: Record<string, FacetName> = {
  kind: 'kind',
  presta_types: 'prestaType',
  sector_groups: 'sectorGroup',
  sectors: 'sector',
  networks: 'network',
  labels: 'label',
  department: 'department',
  region: 'region',
};

/** query_by fields: the engine searches all of them whichever are named. */
export const TEXT_FIELDS = ['name', 'brand', 'display_name', 'description', 'offers', 'city'] as const;

export const DOCUMENT_FIELDS: readonly DocumentField[] = [
  'id', 'siret', 'siren', 'name', 'brand', 'display_name', 'kind', 'kind_family', 'social_clause', 'naf',
  'description', 'offers', 'networks', 'labels', 'sectors', 'sector_groups', 'presta_types', 'city',
  'postcode', 'commune_code', 'department', 'region', 'location', 'employees_inclusive',
  'employees_permanent', 'updated_at', 'website',
];

export function isDocumentField(name: string): name is DocumentField {
  return (DOCUMENT_FIELDS as readonly string[]).includes(name);
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

export function toDocument(supplier: Supplier): SupplierDocument {
  const { address } = supplier;
  const sectors = unique(supplier.activities.map((activity) => activity.sector));
  const document: SupplierDocument = {
    id: supplier.id,
    siret: supplier.siret,
    siren: supplier.siret.slice(0, 9),
    name: supplier.name,
    display_name: supplier.brand ?? supplier.name,
    kind: supplier.kind,
    kind_family: familyOf(supplier.kind),
    social_clause: isSocialClauseKind(supplier.kind),
    networks: unique(supplier.networks),
    labels: unique(supplier.labels),
    sectors,
    sector_groups: unique(sectors.filter(isSector).map(sectorGroupOf)),
    presta_types: unique(supplier.activities.flatMap((activity) => activity.prestaTypes)),
    city: address.city,
    postcode: address.postcode,
    commune_code: address.communeCode,
    department: address.department,
    region: address.region,
    location: [address.point.lat, address.point.lng],
    updated_at: numericValue(supplier, 'updatedAt') ?? 0,
  };
  if (supplier.brand) document.brand = supplier.brand;
  if (supplier.naf) document.naf = supplier.naf;
  if (supplier.description) document.description = supplier.description;
  if (supplier.offers.length) document.offers = supplier.offers.map((offer) => offer.name).join(', ');
  if (supplier.employees?.inclusive !== undefined) document.employees_inclusive = supplier.employees.inclusive;
  if (supplier.employees?.permanent !== undefined) document.employees_permanent = supplier.employees.permanent;
  if (supplier.website) document.website = supplier.website;
  return document;
}
