/**
 * How complete a supplier's profile is: the order of a search without text. A buyer
 * browsing a federation's members or a place's suppliers first wants the ones they
 * can judge and reach, as Le Marché de l'inclusion boosts profiles with offers, a
 * description and a registered contact. One point per part a buyer can use:
 */
import type { Supplier } from '../../../sdk/src/types.js';

const PARTS: readonly ((supplier: Supplier) => boolean)[] = [
  /** What it sells, in its own words. */
  (supplier) => supplier.offers.length > 0,
  (supplier) => Boolean(supplier.description?.trim()),
  /** Buyers it has worked for. */
  (supplier) => supplier.clientReferences.length > 0,
  /** Three ways to reach it, each a point: a buyer picks the one they use. */
  (supplier) => Boolean(supplier.contact?.email),
  (supplier) => Boolean(supplier.contact?.phone),
  (supplier) => Boolean(supplier.website),
  /** Sectors say what it does when no offer does. */
  (supplier) => supplier.activities.length > 0,
];

/** The highest completeness a profile can have. */
export const FULL_COMPLETENESS = PARTS.length;

/** 0 (a bare registry entry) to FULL_COMPLETENESS. */
export function profileCompleteness(supplier: Supplier): number {
  let points = 0;
  for (const part of PARTS) if (part(supplier)) points++;
  return points;
}
