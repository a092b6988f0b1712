import { fold } from './text-normalize.js';

/**
 * The id rule for suppliers, shared by the demo data and the import: the slug of the
 * trading (or legal) name plus the first five digits of the SIREN,
 * "esat-les-ateliers-du-val-41235": URL-safe ([a-z0-9-]), readable, and unique (the
 * full SIRET replaces the five digits when another supplier already has the id).
 */

/** URL-safe words: "ESAT LES ATELIERS DU VAL" gives "esat-les-ateliers-du-val". */
export function slugify(text: string, maxLength = 48): string {
  const slug = fold(text).replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug.slice(0, maxLength).replace(/-$/, '');
}

/** The id of a supplier named `label` with this SIRET; `isTaken` tells ids other suppliers hold. */
export function supplierId(label: string, siret: string, isTaken: (id: string) => boolean): string {
  const slug = slugify(label) || 'fournisseur';
  const id = `${slug}-${siret.slice(0, 5)}`;
  return isTaken(id) ? `${slug}-${siret}` : id;
}
