/**
 * The scan's activities as columns (typed arrays in scan order), built once per
 * write: the perimeter rule then reads memory in order. Read through objects, the
 * same check costs a cache miss per activity, ten times slower at 10,000 suppliers.
 */
import { FACETS, facetSlot, type ActivityRecord, type FacetIds, type SupplierRecord } from './record.js';
import type { ValueDictionary } from './values.js';

export const COUNTRY = 0;
export const ZONES = 1;
export const CUSTOM = 2;
const RANGE_CODES = { COUNTRY, ZONES, CUSTOM } as const;

/** Lists of ids packed end to end: item i holds ids[starts[i]] to ids[starts[i + 1] - 1]. */
export interface Packed {
  starts: Int32Array;
  ids: Int32Array;
}

// Plain loops below: TypedArray.from and set are builtin calls, and a rebuild
// makes hundreds of thousands of them.
export function pack<T>(items: readonly T[], listOf: (item: T) => ArrayLike<number>): Packed {
  const starts = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) starts[i + 1] = starts[i]! + listOf(items[i]!).length;
  const ids = new Int32Array(starts[items.length]!);
  for (let i = 0; i < items.length; i++) {
    const list = listOf(items[i]!);
    for (let k = 0, at = starts[i]!; k < list.length; k++) ids[at + k] = list[k]!;
  }
  return { starts, ids };
}

/**
 * The facet values of every item, one Packed per facet slot, in one pass over the
 * items: reading their arrays is what costs (one per item, each elsewhere in the heap).
 */
function packFacets(items: readonly { facetIds: FacetIds }[]): Packed[] {
  const n = items.length;
  const starts = FACETS.map(() => new Int32Array(n + 1));
  const ids = FACETS.map((): number[] => []);
  for (let i = 0; i < n; i++) {
    const facetIds = items[i]!.facetIds;
    for (let slot = 0, at = 0; slot < FACETS.length; slot++) {
      const slotIds = ids[slot]!;
      const end = at + 1 + facetIds[at]!;
      for (let k = at + 1; k < end; k++) slotIds.push(facetIds[k]!);
      starts[slot]![i + 1] = slotIds.length;
      at = end;
    }
  }
  return starts.map((slotStarts, slot) => ({ starts: slotStarts, ids: Int32Array.from(ids[slot]!) }));
}

function column<T, A extends Int32Array | Uint8Array | Float64Array>(items: readonly T[], array: A, valueOf: (item: T) => number): A {
  for (let i = 0; i < items.length; i++) array[i] = valueOf(items[i]!);
  return array;
}

/** Marks the ids of `codes` in a table over the dictionary, for a one-read membership test. */
export function tableOf(codes: readonly string[], dictionary: ValueDictionary): Uint8Array {
  const table = new Uint8Array(dictionary.size);
  for (const code of codes) {
    const id = dictionary.find(code);
    if (id !== -1) table[id] = 1;
  }
  return table;
}

export interface Columns {
  /** Activities of the supplier at position p: first[p] to first[p + 1] - 1. */
  first: Int32Array;
  range: Uint8Array;
  km: Float64Array;
  /** `values` ids. */
  sector: Int32Array;
  prestaTypes: Packed;
  /** `places` ids. */
  zones: Packed;
  /** Per activity, by facetSlot (empty for the supplier's own facets). */
  activityFacets: Packed[];
  /** Per supplier, by facetSlot. */
  supplierFacets: Packed[];
  /** Per supplier: a `places` id, then `values` ids. */
  postcode: Int32Array;
  /** Per supplier, `values` ids of its one kind, department and region. */
  kind: Int32Array;
  department: Int32Array;
  region: Int32Array;
  lat: Float64Array;
  lng: Float64Array;
  /** The commune of the supplier's address, as a `places` id of "commune:<code>". */
  commune: Int32Array;
  /** Sort keys of the orders by update and by completeness (hits.ts), read for every match. */
  updatedMs: Float64Array;
  completeness: Uint8Array;
}

/**
 * What queries work out from one scan alone (a served place's answers, an index of
 * SIRETs), kept by key until a write rebuilds the scan. Bounded: the oldest goes first.
 */
export interface ScanMemo {
  get<T>(key: string, make: () => T): T;
}

const MEMO_LIMIT = 64;

export function createScanMemo(): ScanMemo {
  const kept = new Map<string, unknown>();
  return {
    get<T>(key: string, make: () => T): T {
      if (kept.has(key)) return kept.get(key) as T;
      if (kept.size >= MEMO_LIMIT) kept.delete(kept.keys().next().value!);
      const value = make();
      kept.set(key, value);
      return value;
    },
  };
}

/** What a compiled query reads: the columns and the dictionaries that name their ids. */
export interface ScanData {
  columns: Columns;
  values: ValueDictionary;
  places: ValueDictionary;
  memo: ScanMemo;
}

export function buildColumns(suppliers: readonly SupplierRecord[], places: ValueDictionary): Columns {
  // A loop, not flatMap: its generic path was a tenth of a rebuild.
  const activities: ActivityRecord[] = [];
  const n = suppliers.length;
  const first = new Int32Array(n + 1);
  for (let position = 0; position < n; position++) {
    for (const activity of suppliers[position]!.activities) activities.push(activity);
    first[position + 1] = activities.length;
  }
  const a = activities.length;
  const activityFacets = packFacets(activities);
  const supplierFacets = packFacets(suppliers);
  return {
    first,
    range: column(activities, new Uint8Array(a), (activity) => RANGE_CODES[activity.range]),
    km: column(activities, new Float64Array(a), (activity) => activity.km),
    // An activity has exactly one sector: its packed list is one id per activity.
    sector: activityFacets[facetSlot('sector')]!.ids,
    prestaTypes: activityFacets[facetSlot('prestaType')]!,
    zones: pack(activities, (activity) => activity.zoneIds),
    activityFacets,
    supplierFacets,
    postcode: column(suppliers, new Int32Array(n), (supplier) => supplier.postcodeId),
    // One kind, department and region per supplier: their packed lists are one id each.
    kind: supplierFacets[facetSlot('kind')]!.ids,
    department: supplierFacets[facetSlot('department')]!.ids,
    region: supplierFacets[facetSlot('region')]!.ids,
    lat: column(suppliers, new Float64Array(n), (supplier) => supplier.point.lat),
    lng: column(suppliers, new Float64Array(n), (supplier) => supplier.point.lng),
    commune: column(suppliers, new Int32Array(n), (supplier) => places.idOf(`commune:${supplier.communeCode}`)),
    updatedMs: column(suppliers, new Float64Array(n), (supplier) => supplier.updatedMs),
    completeness: column(suppliers, new Uint8Array(n), (supplier) => supplier.completeness),
  };
}
