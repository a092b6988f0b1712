/**
 * Strings numbered once for the engine's life, so that a query compares small
 * integers in arrays instead of hashing strings in sets: facet values (a few
 * hundred), and zones and postcodes (a few thousand). The dictionary only grows.
 */
export interface ValueDictionary {
  idOf(value: string): number;
  /** The id of a value already numbered, else -1 (a query never grows the dictionary). */
  find(value: string): number;
  valueOf(id: number): string;
  readonly size: number;
}

export function createValueDictionary(): ValueDictionary {
  const ids = new Map<string, number>();
  const values: string[] = [];
  return {
    idOf(value) {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.push(value) - 1;
        ids.set(value, id);
      }
      return id;
    },
    find: (value) => ids.get(value) ?? -1,
    valueOf: (id) => values[id]!,
    get size() {
      return values.length;
    },
  };
}
