import type { Filter } from './types.js';

/** A conjunction without undefined members; one member stands alone, none matches everything. */
export function and(nodes: (Filter | undefined)[]): Filter {
  const present = nodes.filter((node) => node !== undefined);
  return present.length === 1 ? present[0]! : { op: 'and', filters: present };
}
