/**
 * What flows through an import: sources turn rows into drafts (loose, as found),
 * the normaliser turns drafts into Suppliers or rejections, the report says which.
 */
/** Container formats; `marche` is a JSON array or DRF page of Le Marché de l'inclusion records. */
export type ImportFormat = 'ndjson' | 'json' | 'marche' | 'csv';

/** Where a row was: its line (NDJSON, CSV; 1-based) or its index in a JSON array (0-based). */
export type RowRef = { line: number } | { index: number };

/**
 * A supplier as a source gives it: values not yet checked (hence `unknown`), in the
 * project's field names. Lists may be arrays or `|`/`;`-separated strings.
 */
export interface SupplierDraft {
  id?: unknown;
  siret?: unknown;
  name?: unknown;
  brand?: unknown;
  kind?: unknown;
  naf?: unknown;
  description?: unknown;
  website?: unknown;
  email?: unknown;
  phone?: unknown;
  street?: unknown;
  postcode?: unknown;
  city?: unknown;
  communeCode?: unknown;
  lat?: unknown;
  lng?: unknown;
  /** Sector slugs or labels; combined with prestaTypes and range when `activities` is absent. */
  sectors?: unknown;
  prestaTypes?: unknown;
  /**
   * Where every activity is offered when the source gives one range for the whole
   * supplier: a GeoRange, or words (see normalize/range.ts).
   */
  range?: unknown;
  /** Canonical activities, as in the contract. */
  activities?: unknown;
  networks?: unknown;
  labels?: unknown;
  offers?: unknown;
  clientReferences?: unknown;
  employeesInclusive?: unknown;
  employeesPermanent?: unknown;
  active?: unknown;
  /** True for the head office (siège); Marché's `nature`: HEAD_OFFICE or ANTENNA. */
  headOffice?: unknown;
  createdAt?: unknown;
  updatedAt?: unknown;
}

export type DraftField = keyof SupplierDraft;

/** The source's own name for a draft field (a CSV column, a JSON key), for the report. */
export type FieldNames = Partial<Record<DraftField, string>>;

/** A row as read: a draft, or why it could not even be read. */
export type SourceRow =
  | { ref: RowRef; draft: SupplierDraft; fieldNames?: FieldNames }
  | { ref: RowRef; problem: { field: string; reason: string } };

/**
 * The class of a report entry, counted in the report. Warnings (the row is kept):
 * - `cedex_postcode`: a postcode no commune lists, the commune found by the city name;
 * - `department_centre`: postcode and city found nowhere, placed at the centre of the postcode's department;
 * - `city_postcode_mismatch`: the city lies elsewhere than the postcode says; the postcode is trusted;
 * - `ambiguous_commune`: a postcode of several communes, the city naming none;
 * - `unknown_commune_code`, `invalid_point`: the postcode, the commune's centre used instead;
 * - `siret_unverified`: a valid SIREN whose NIC fails the check digit, kept with `siretVerified: false`;
 * - `recomputed_id`, `unknown_column`;
 * - `ignored:<field>`: a value that could not be read or is unknown, dropped.
 * Rejections (the row is not imported): `no_identity` (no SIRET, or not a valid SIREN),
 * `no_name`, `no_kind`, `no_place`, `unreadable_row`, `rejected:<field>` (a required value of the wrong type).
 */
export type FindingCode =
  | 'cedex_postcode'
  | 'department_centre'
  | 'city_postcode_mismatch'
  | 'ambiguous_commune'
  | 'unknown_commune_code'
  | 'invalid_point'
  | 'siret_unverified'
  | 'recomputed_id'
  | 'unknown_column'
  | `ignored:${string}`
  | 'no_identity'
  | 'no_name'
  | 'no_kind'
  | 'no_place'
  | 'unreadable_row'
  | `rejected:${string}`;

export interface ReportEntry {
  /** `rejected`: the row was not imported; `warning`: imported without the value named. */
  severity: 'rejected' | 'warning';
  /** What kind of problem (a FindingCode), counted in `warningsByClass` / `rejectedByClass`. */
  code: string;
  line?: number;
  index?: number;
  field: string;
  reason: string;
  /** The offending value, shortened. */
  value?: string;
  siret?: string;
}

export interface ImportReport {
  /** ok: every row imported; partial: some rejected; failed: nothing changed. */
  status: 'ok' | 'partial' | 'failed';
  source: string;
  format?: ImportFormat;
  startedAt: string;
  finishedAt: string;
  rows: number;
  accepted: number;
  rejected: number;
  warnings: number;
  /** Rows folded into another row with the same SIRET. */
  duplicatesMerged: number;
  /** How many warnings and rejections of each class (see FindingCode). */
  warningsByClass: Record<string, number>;
  rejectedByClass: Record<string, number>;
  created: number;
  updated: number;
  /** Rows older than the stored supplier with the same SIRET (most recent wins). */
  unchanged: number;
  /** Suppliers stored after the import, and how many of them are active (searchable). */
  stored: number;
  active: number;
  /** Why the import failed, when it did. */
  error?: string;
  entries: ReportEntry[];
}

/** What a long import tells a progress bar. */
export interface ImportProgress {
  phase: 'read' | 'write';
  rows: number;
  /** Bytes read so far, and in all (when known), for the read phase. */
  bytes?: number;
  totalBytes?: number;
  /** Rows to write, for the write phase. */
  totalRows?: number;
}
