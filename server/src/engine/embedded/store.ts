/**
 * The embedded engine's suppliers: every stored record by id and SIRET, and what a
 * query scans (active suppliers only, in name order, with their columns), rebuilt
 * by the first query after a write.
 */
import type { Supplier } from '../../../../sdk/src/types.js';
import { buildColumns, createScanMemo, type ScanData } from './columns.js';
import { compareByName, toSupplierRecord, type GroupOf, type RecordContext, type SupplierRecord } from './record.js';
import { createValueDictionary } from './values.js';

export interface Scan extends ScanData {
  suppliers: readonly SupplierRecord[];
  positionOf: ReadonlyMap<string, number>;
  /** 0..n-1: the candidates of a query without text. */
  everyPosition: Int32Array;
}

export interface SupplierStore {
  /** Active or not, by id, else by SIRET (spaces ignored). */
  find(idOrSiret: string): SupplierRecord | undefined;
  scan(): Scan;
  /** Stores the suppliers, which have distinct ids; returns the records they replaced. */
  put(suppliers: readonly Supplier[]): SupplierRecord[];
  /** Removes by id; returns the records removed. */
  delete(ids: readonly string[]): SupplierRecord[];
  all(): IterableIterator<SupplierRecord>;
  readonly size: number;
}

export function isActive(supplier: Supplier): boolean {
  return supplier.active !== false;
}

export function createSupplierStore(groupOf: GroupOf): SupplierStore {
  const context: RecordContext = { groupOf, values: createValueDictionary(), places: createValueDictionary() };
  const byId = new Map<string, SupplierRecord>();
  const idBySiret = new Map<string, string>();
  let current: Scan | undefined;

  const forget = (record: SupplierRecord): void => {
    byId.delete(record.id);
    if (idBySiret.get(record.siret) === record.id) idBySiret.delete(record.siret);
  };

  const rebuild = (): Scan => {
    const suppliers = [...byId.values()].filter((record) => isActive(record.supplier)).sort(compareByName);
    const positionOf = new Map<string, number>();
    const everyPosition = new Int32Array(suppliers.length);
    suppliers.forEach((record, position) => {
      positionOf.set(record.id, position);
      everyPosition[position] = position;
    });
    return {
      suppliers,
      positionOf,
      everyPosition,
      columns: buildColumns(suppliers, context.places),
      values: context.values,
      places: context.places,
      memo: createScanMemo(),
    };
  };

  return {
    find(idOrSiret) {
      const record = byId.get(idOrSiret);
      if (record) return record;
      const id = idBySiret.get(idOrSiret.replace(/\s+/g, ''));
      return id === undefined ? undefined : byId.get(id);
    },
    scan() {
      current ??= rebuild();
      return current;
    },
    put(suppliers) {
      const replaced: SupplierRecord[] = [];
      for (const supplier of suppliers) {
        const previous = byId.get(supplier.id);
        if (previous) {
          forget(previous);
          replaced.push(previous);
        }
        byId.set(supplier.id, toSupplierRecord(supplier, context));
        idBySiret.set(supplier.siret, supplier.id);
      }
      current = undefined;
      return replaced;
    },
    delete(ids) {
      const removed: SupplierRecord[] = [];
      for (const id of new Set(ids)) {
        const record = byId.get(id);
        if (!record) continue;
        forget(record);
        removed.push(record);
      }
      if (removed.length > 0) current = undefined;
      return removed;
    },
    all() {
      return byId.values();
    },
    get size() {
      return byId.size;
    },
  };
}
