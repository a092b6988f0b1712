import type { Point } from '../../../sdk/src/types.js';

/** A current French commune, as the product knows it (built by server/scripts/build-geography.ts). */
export interface Commune {
  /** INSEE code, 5 characters (2A/2B for Corsica). */
  code: string;
  name: string;
  postcodes: string[];
  department: string;
  region: string;
  population: number;
  /** SIREN of the EPCI (intercommunality), when it belongs to one. */
  epci?: string;
  point: Point;
}

/** A place resolved against the geography, so that engines need no lookup. */
export type ServedPlace =
  | {
      type: 'commune';
      code: string;
      department: string;
      region: string;
      postcodes: string[];
      point: Point;
    }
  | { type: 'department'; code: string; region: string }
  | { type: 'region'; code: string };
