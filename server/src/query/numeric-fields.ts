/** The values a `range` Filter compares, read the same way by every engine and the oracle. */
import type { Supplier } from '../../../sdk/src/types.js';
import type { NumericField } from './types.js';

/** The supplier's value for a numeric field; undefined when it has none (then no range matches it). */
export function numericValue(supplier: Supplier, field: NumericField): number | undefined {
  switch (field) {
    case 'employeesInclusive':
      return supplier.employees?.inclusive;
    case 'employeesPermanent':
      return supplier.employees?.permanent;
    case 'updatedAt': {
      // Whole seconds, as Typesense stores timestamps: a range on seconds holds for any millisecond inside.
      const ms = Date.parse(supplier.updatedAt);
      return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
    }
  }
}

export function inRange(value: number | undefined, min: number | undefined, max: number | undefined): boolean {
  if (value === undefined) return false;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}
