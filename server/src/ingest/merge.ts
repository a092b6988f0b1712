/**
 * Duplicates and the stored data. The rule (README): rows with the same SIRET are
 * one supplier; the most recent `updatedAt` wins field by field (the later row on a
 * tie), and lists are unioned: activities by sector, networks, labels, offers and
 * client references by name. Against what is stored, an imported supplier replaces
 * the stored one with its SIRET unless the stored one is more recent, and keeps its
 * id, so that links to it keep working.
 */
import type { Supplier } from '../../../sdk/src/types.js';
import { supplierId } from '../domain/supplier-id.js';

function unionBy<T>(older: readonly T[], newer: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of [...older, ...newer]) byKey.set(key(item), item);
  return [...byKey.values()];
}

export function mergeDuplicate(earlier: Supplier, later: Supplier): Supplier {
  const [older, newer] = later.updatedAt >= earlier.updatedAt ? [earlier, later] : [later, earlier];
  const activities = new Map(older.activities.map((activity) => [activity.sector, activity]));
  for (const activity of newer.activities) {
    const same = activities.get(activity.sector);
    activities.set(activity.sector, same ? { ...activity, prestaTypes: [...new Set([...same.prestaTypes, ...activity.prestaTypes])] } : activity);
  }
  return {
    ...older,
    ...newer,
    id: earlier.id || later.id,
    activities: [...activities.values()],
    networks: [...new Set([...older.networks, ...newer.networks])],
    labels: [...new Set([...older.labels, ...newer.labels])],
    offers: unionBy(older.offers, newer.offers, (offer) => offer.name),
    clientReferences: unionBy(older.clientReferences, newer.clientReferences, (reference) => reference.name),
    createdAt: older.createdAt < newer.createdAt ? older.createdAt : newer.createdAt,
  };
}

export interface Applied {
  suppliers: Supplier[];
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * The stored suppliers after an import: `merge` updates and adds to them, `replace`
 * keeps only the imported ones (a federation's full member list).
 */
export function applyImport(stored: readonly Supplier[], incoming: Iterable<Supplier>, mode: 'merge' | 'replace'): Applied {
  const storedBySiret = new Map(stored.map((supplier) => [supplier.siret, supplier]));
  const result = new Map<string, Supplier>(mode === 'merge' ? storedBySiret : []);
  const sirets = new Map<string, string>([...result.values()].map((supplier) => [supplier.id, supplier.siret]));
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const supplier of incoming) {
    const previous = storedBySiret.get(supplier.siret);
    if (previous && mode === 'merge' && previous.updatedAt > supplier.updatedAt) {
      unchanged++;
      continue;
    }
    let id = previous?.id ?? supplier.id;
    const holder = id ? sirets.get(id) : undefined;
    if (!id || (holder !== undefined && holder !== supplier.siret)) {
      id = supplierId(supplier.brand ?? supplier.name, supplier.siret, (candidate) => {
        const siret = sirets.get(candidate);
        return siret !== undefined && siret !== supplier.siret;
      });
    }
    sirets.set(id, supplier.siret);
    result.set(supplier.siret, { ...supplier, id });
    if (previous) updated++;
    else created++;
  }
  return { suppliers: [...result.values()], created, updated, unchanged };
}
