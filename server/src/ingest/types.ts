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

export interface ReportEntry {
  /** `rejected`: the row was not imported; `warning`: imported without the value named. */
  severity: 'rejected' | 'warning';
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
