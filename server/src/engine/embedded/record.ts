/**
 * A supplier as the embedded engine stores it: its fields parsed and numbered once
 * at indexing time, from which each scan builds its columns (columns.ts).
 */
import type { FacetName, Point, Supplier } from '../../../../sdk/src/types.js';
import { profileCompleteness } from '../../domain/completeness.js';
import { fold } from '../../domain/text-normalize.js';
import type { ValueDictionary } from './values.js';

/** The sector group of a sector slug (undefined for an unknown sector). */
export type GroupOf = (sector: string) => string | undefined;

export interface RecordContext {
  groupOf: GroupOf;
  /** Numbers the facet values. */
  values: ValueDictionary;
  /** Numbers the zones (place ids) and postcodes. */
  places: ValueDictionary;
}

/** The facets an activity gives values to. */
export type ActivityFacet = 'sector' | 'sectorGroup' | 'prestaType';

/** Every facet, in the order of a record's facetIds. */
export const FACETS = ['kind', 'network', 'label', 'department', 'region', 'sector', 'sectorGroup', 'prestaType'] as const satisfies readonly FacetName[];

/** Where a facet's values sit in facetIds. */
export function facetSlot(name: FacetName): number {
  return FACETS.indexOf(name);
}

/**
 * Distinct facet values as ids of the engine's `values` dictionary, slot after slot
 * (facetSlot): the slot's count, then its ids. One flat array per record, where a
 * list per facet was nine objects to allocate, then to read scattered at every rebuild.
 */
export type FacetIds = readonly number[];

/** The ids of one facet slot of a record's FacetIds. */
export function idsIn(facetIds: FacetIds, slot: number): number[] {
  let at = 0;
  for (let skipped = 0; skipped < slot; skipped++) at += facetIds[at]! + 1;
  return facetIds.slice(at + 1, at + 1 + facetIds[at]!);
}

export interface ActivityRecord {
  range: 'COUNTRY' | 'ZONES' | 'CUSTOM';
  /** The zones (place ids) of a ZONES range as `places` ids; empty otherwise. */
  zoneIds: Int32Array;
  /** Radius of a CUSTOM range; 0 otherwise. */
  km: number;
  /** Empty for the facets of the supplier itself. */
  facetIds: FacetIds;
}

export interface SupplierRecord {
  supplier: Supplier;
  id: string;
  siret: string;
  siren: string;
  postcode: string;
  /** The postcode as a `places` id. */
  postcodeId: number;
  communeCode: string;
  department: string;
  region: string;
  point: Point;
  activities: readonly ActivityRecord[];
  /** The supplier's own values, and those of all its activities. */
  facetIds: FacetIds;
  /** Trading name, else legal name, folded: the key of the 'name' order. */
  sortName: string;
  updatedMs: number;
  /** profileCompleteness: the first key of a search without text. */
  completeness: number;
}

const NO_ZONES = new Int32Array(0);

/**
 * The list without repeats, first occurrences kept: the list itself when it has none, as
 * nearly always. A supplier's lists are a few items long, and a Set per list was a tenth
 * of what indexing allocated.
 */
export function distinct<T>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if (list.lastIndexOf(list[i]!, i - 1) !== -1) return list.filter((item, at) => list.indexOf(item) === at);
  }
  return list;
}

function toFacetIds(ids: Partial<Record<FacetName, readonly number[]>>): FacetIds {
  const flat: number[] = [];
  for (const name of FACETS) {
    const list = ids[name] ?? [];
    flat.push(list.length);
    for (const id of list) flat.push(id);
  }
  return flat;
}

function toActivityRecord(activity: Supplier['activities'][number], context: RecordContext): ActivityRecord {
  const { range } = activity;
  const { values } = context;
  const group = context.groupOf(activity.sector);
  const prestaTypes = distinct(activity.prestaTypes);
  return {
    range: range.type,
    zoneIds: range.type === 'ZONES' ? Int32Array.from(distinct(range.zones), context.places.idOf) : NO_ZONES,
    km: range.type === 'CUSTOM' ? range.km : 0,
    facetIds: toFacetIds({
      sector: [values.idOf(activity.sector)],
      sectorGroup: group === undefined ? [] : [values.idOf(group)],
      prestaType: prestaTypes.map(values.idOf),
    }),
  };
}

export function toSupplierRecord(supplier: Supplier, context: RecordContext): SupplierRecord {
  const { address } = supplier;
  const { values } = context;
  const networks = distinct(supplier.networks);
  const labels = distinct(supplier.labels);
  const activities = supplier.activities.map((activity) => toActivityRecord(activity, context));
  const ofActivities = (facet: ActivityFacet) => distinct(activities.flatMap((activity) => idsIn(activity.facetIds, facetSlot(facet))));
  return {
    supplier,
    id: supplier.id,
    siret: supplier.siret,
    siren: supplier.siret.slice(0, 9),
    postcode: address.postcode,
    postcodeId: context.places.idOf(address.postcode),
    communeCode: address.communeCode,
    department: address.department,
    region: address.region,
    point: address.point,
    activities,
    facetIds: toFacetIds({
      kind: [values.idOf(supplier.kind)],
      network: networks.map(values.idOf),
      label: labels.map(values.idOf),
      department: [values.idOf(address.department)],
      region: [values.idOf(address.region)],
      sector: ofActivities('sector'),
      sectorGroup: ofActivities('sectorGroup'),
      prestaType: ofActivities('prestaType'),
    }),
    sortName: fold(supplier.brand ?? supplier.name).trim(),
    updatedMs: Date.parse(supplier.updatedAt) || 0,
    completeness: profileCompleteness(supplier),
  };
}

/** Scan order of the engine: by sort name, then id, so that a scan is already name-sorted. */
export function compareByName(a: SupplierRecord, b: SupplierRecord): number {
  if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
  return compareIds(a.id, b.id);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
