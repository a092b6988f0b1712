/**
 * The needs contract as issue 15 lists it, as issue-15b committed it (e39c3a0), until main
 * has it: then this file goes and the widget imports sdk/src/types.ts.
 */
import type { KindCode, PlaceId, PrestaType, SectorSlug } from '../../sdk/src/types.js';

export type NeedKind = 'QUOTE' | 'TENDER' | 'SOURCING';
export type NeedAmount =
  | '0-1K'
  | '1-5K'
  | '5-10K'
  | '10-15K'
  | '15-20K'
  | '20-30K'
  | '30-50K'
  | '50-100K'
  | '100-150K'
  | '150-250K'
  | '250-500K'
  | '500-750K'
  | '750K-1M'
  | '>1M'
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
  locale?: 'fr' | 'en';
  homepage?: string;
}

export interface NeedCreated {
  need: { id: string; status: 'unconfirmed'; recipients: { found: number; withEmail: number } };
}

/** The SDK client's needs methods, as issue-15b adds them to InclusifClient. */
export interface NeedsClient {
  needs: { create(input: NeedInput): Promise<NeedCreated> };
}
