/**
 * The engine-neutral query: the hinge between its two readers (the planner, from
 * /v1/suppliers; the gateway, from Typesense's filter_by) and the engines. Every
 * engine compiles a Filter tree itself.
 */
import type { FacetName, Hit, Point, SortOrder, Suggestion, Supplier } from '../../../sdk/src/types.js';
import type { ServedPlace } from '../domain/geography.types.js';

/** Supplier-level fields a Filter can test with `in`. */
export type SupplierField =
  | 'id'
  | 'siret'
  | 'siren'
  | 'kind'
  | 'network'
  | 'label'
  | 'postcode'
  | 'communeCode'
  | 'department'
  | 'region';

/**
 * Conditions on one activity: every present condition must hold for the same
 * activity (the "same activity" rule). `sectors` and `groupSectors` are both
 * lists of sector slugs: the second comes from sector groups, kept apart so that a
 * facet can drop one and not the other.
 */
export interface ActivityCondition {
  sectors?: string[];
  groupSectors?: string[];
  prestaTypes?: string[];
  serves?: ServedPlace[];
}

/**
 * Numeric supplier fields a Filter can compare: people employed (inclusive,
 * permanent) and updatedAt in whole seconds since the epoch.
 */
export type NumericField = 'employeesInclusive' | 'employeesPermanent' | 'updatedAt';

export type Filter =
  | { op: 'and'; filters: Filter[] }
  | { op: 'or'; filters: Filter[] }
  | { op: 'not'; filter: Filter }
  | { op: 'in'; field: SupplierField; values: string[] }
  | { op: 'activity'; condition: ActivityCondition }
  | { op: 'near'; point: Point; radiusKm: number }
  /** min <= value <= max (bounds optional, inclusive); a supplier without the value never matches. */
  | { op: 'range'; field: NumericField; min?: number; max?: number }
  /** The supplier's point lies inside the polygon (vertices in order, closed implicitly). */
  | { op: 'polygon'; points: Point[] };

/** One facet to count, over the documents matching `filter` (and the text). */
export interface FacetQuery {
  name: FacetName;
  filter: Filter;
  /**
   * For sector, sectorGroup and prestaType: only activities satisfying this
   * condition contribute values (same-activity counting).
   */
  activity?: ActivityCondition;
}

export interface EngineQuery {
  /** Free text, already stripped; undefined for "everything". */
  text?: string;
  /** The request's filter with the key's scope already ANDed in. */
  filter: Filter;
  facets: FacetQuery[];
  sort: SortOrder;
  /** Reference point for distance sorting and distanceKm; a commune served counts as inside (0 km). */
  origin?: { point: Point; communeCode?: string };
  page: number;
  perPage: number;
}

export interface EngineResult {
  found: number;
  hits: Hit[];
  facets: Partial<Record<FacetName, { value: string; count: number }[]>>;
}

/** A supplier suggestion as the API sends it, less its `type`. */
export type SupplierSuggestion = Omit<Extract<Suggestion, { type: 'supplier' }>, 'type'>;

export interface EngineStats {
  suppliers: number;
  active: number;
}

/** What every engine (embedded, Typesense) implements. */
export interface SearchEngine {
  readonly name: string;
  search(query: EngineQuery): Promise<EngineResult>;
  /** By id, SIRET; undefined when absent, inactive or outside `scope`. */
  get(idOrSiret: string, scope?: Filter): Promise<Supplier | undefined>;
  /** Suppliers whose name or trading name starts with / matches the text as typed. */
  suggest(text: string, limit: number, scope?: Filter): Promise<SupplierSuggestion[]>;
  upsert(suppliers: Supplier[]): Promise<void>;
  remove(ids: string[]): Promise<number>;
  stats(): Promise<EngineStats>;
}
