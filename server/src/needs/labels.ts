/** The words a need is shown with, in mails and pages: French, then English. */
import type { Localized, NeedAmount, NeedKind } from '../../../sdk/src/types.js';

export const NEED_KIND_LABELS: Record<NeedKind, Localized> = {
  QUOTE: { fr: 'Demande de devis', en: 'Quote request' },
  TENDER: { fr: "Appel d'offres", en: 'Call for tenders' },
  SOURCING: { fr: 'Sourcing', en: 'Sourcing' },
};

/** The reference system's labels for its ranges. */
export const NEED_AMOUNT_LABELS: Record<NeedAmount, Localized> = {
  '0-1K': { fr: '0-1 000 €', en: '€0-1,000' },
  '1-5K': { fr: '1-5 K€', en: '€1-5K' },
  '5-10K': { fr: '5-10 K€', en: '€5-10K' },
  '10-15K': { fr: '10-15 K€', en: '€10-15K' },
  '15-20K': { fr: '15-20 K€', en: '€15-20K' },
  '20-30K': { fr: '20-30 K€', en: '€20-30K' },
  '30-50K': { fr: '30-50 K€', en: '€30-50K' },
  '50-100K': { fr: '50-100 K€', en: '€50-100K' },
  '100-150K': { fr: '100-150 K€', en: '€100-150K' },
  '150-250K': { fr: '150-250 K€', en: '€150-250K' },
  '250-500K': { fr: '250-500 K€', en: '€250-500K' },
  '500-750K': { fr: '500-750 K€', en: '€500-750K' },
  '750K-1M': { fr: '750-1 000 K€', en: '€750K-1M' },
  '>1M': { fr: '> 1 M€', en: '> €1M' },
  unknown: { fr: 'Montant non connu', en: 'Amount not known yet' },
  undisclosed: { fr: 'Montant non communiqué', en: 'Amount not disclosed' },
};

// Made once: toLocaleDateString builds a formatter on every call (about 0.3 ms each, and a
// dispatch labels the deadline in every supplier's mail).
const DAY = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', DAY);
const ENGLISH_DAY = new Intl.DateTimeFormat('en-GB', DAY);

/** 2030-03-01 as "1 mars 2030" / "1 March 2030". */
export function dateLabel(day: string): Localized {
  const date = new Date(day + 'T12:00:00Z');
  return { fr: FRENCH_DAY.format(date), en: ENGLISH_DAY.format(date) };
}
