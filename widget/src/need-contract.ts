/**
 * The needs contract as issue 15 lists it, until sdk/src/types.ts has it (branch
 * issue-15b): then this file goes and the widget imports the SDK's types.
 */
import type { KindCode, PlaceId, PrestaType, SectorSlug } from '../../sdk/src/types.js';

export type NeedKind = 'QUOTE' | 'TENDER' | 'SOURCING';
export type NeedAmount =
  | '0-1K'
  | '1K-5K'
  | '5K-10K'
  | '10K-25K'
  | '25K-50K'
  | '50K-100K'
  | '100K-250K'
  | '250K-500K'
  | '500K-1M'
  | '1M+'
  | 'unknown'
  | 'undisclosed';

export interface NeedInput {
  kind: NeedKind;
  title: string;
  description: string;
  sectors: SectorSlug[];
  places?: PlaceId[];
  nationwide?: boolean;
  prestaTypes?: PrestaType[];
  kinds?: KindCode[];
  socialClause?: boolean;
  supplierIds?: string[];
  deadline: string;
  startDate?: string;
  amount: NeedAmount;
  reservedLot?: boolean;
  acceptsCoContracting?: boolean;
  externalLink?: string;
  buyer: { name: string; organisation: string; email: string; phone?: string };
  honeypot?: string;
}

export interface NeedCreated {
  need: { id: string; status: 'unconfirmed'; recipients: { found: number; withEmail: number } };
}
