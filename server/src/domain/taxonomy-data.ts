import type {
  KindCode,
  LabelSlug,
  Localized,
  NetworkSlug,
  PrestaType,
  TaxonomyKind,
} from '../../../sdk/src/types.js';

/**
 * Kinds, service types, networks and labels. Records keyed by code, so the compiler
 * holds them exhaustive against the contract's unions; key order is display order.
 */

/** socialClause: eligible to the social clause of public contracts (GEIQ, EITI and SEP are not). */
export const KINDS: Record<KindCode, Omit<TaxonomyKind, 'code'>> = {
  EI: { family: 'insertion', socialClause: true, label: { fr: "Entreprise d'insertion", en: 'Work integration enterprise' } },
  AI: { family: 'insertion', socialClause: true, label: { fr: 'Association intermédiaire', en: 'Intermediary association' } },
  ACI: { family: 'insertion', socialClause: true, label: { fr: "Atelier chantier d'insertion", en: 'Work integration workshop and site' } },
  ETTI: { family: 'insertion', socialClause: true, label: { fr: "Entreprise de travail temporaire d'insertion", en: 'Work integration temporary employment agency' } },
  EITI: { family: 'insertion', socialClause: false, label: { fr: "Entreprise d'insertion par le travail indépendant", en: 'Work integration enterprise for the self-employed' } },
  GEIQ: { family: 'insertion', socialClause: false, label: { fr: "Groupement d'employeurs pour l'insertion et la qualification", en: 'Employers’ group for integration and qualification' } },
  SEP: { family: 'insertion', socialClause: false, label: { fr: 'Produits et services réalisés en prison', en: 'Products and services made in prison' } },
  EA: { family: 'handicap', socialClause: true, label: { fr: 'Entreprise adaptée', en: 'Disability-inclusive enterprise' } },
  EATT: { family: 'handicap', socialClause: true, label: { fr: 'Entreprise adaptée de travail temporaire', en: 'Disability-inclusive temporary employment agency' } },
  ESAT: { family: 'handicap', socialClause: true, label: { fr: "Etablissement et service d'aide par le travail", en: 'Sheltered work establishment and service' } },
};

/** Other names the kinds go by in source data, matched by matchKind. */
export const KIND_ALIASES: Partial<Record<KindCode, string[]>> = {
  ACI: ["Atelier et chantier d'insertion", "Chantier d'insertion"],
  SEP: ["Service de l'emploi pénitentiaire", 'Travail en détention'],
  ESAT: ["Établissement ou service d'aide par le travail"],
};

export const PRESTA_TYPES: Record<PrestaType, Localized> = {
  DISP: { fr: 'Mise à disposition - Intérim', en: 'Staff provision - Temporary work' },
  PREST: { fr: 'Prestation de service', en: 'Service provision' },
  BUILD: { fr: 'Fabrication et commercialisation de biens', en: 'Manufacture and sale of goods' },
};

export const NETWORKS: Record<NetworkSlug, { name: string; brand?: string }> = {
  'union-nationale-des-entreprises-adaptees': { name: 'Union nationale des entreprises adaptées', brand: 'UNEA' },
  unapei: { name: 'UNAPEI' },
  unai: { name: 'UNAI' },
  'tissons-la-solidarite': { name: 'Tissons la solidarité' },
  'reseau-envie': { name: 'Réseau Envie' },
  'reseau-cocagne': { name: 'Réseau Cocagne' },
  'federation-francaise-des-geiq': { name: 'Fédération française des GEIQ', brand: 'FFGeiq' },
  'federation-des-entreprises-dinsertion': { name: "Fédération des entreprises d'insertion", brand: 'FEI' },
  'federation-des-acteurs-de-la-solidarite': { name: 'Fédération des acteurs de la solidarité', brand: 'FAS' },
  coorace: { name: 'Coorace' },
  'comite-national-de-liaison-des-regies-de-quartier': { name: 'Comité national de liaison des régies de quartier', brand: 'CNLRQ' },
  'chantier-ecole': { name: 'Chantier Ecole' },
  hosmoz: { name: 'Hosmoz' },
};

export const LABELS: Record<LabelSlug, string> = {
  rge: 'RGE',
  esus: 'ESUS',
  rsei: 'RSEi',
  rfar: 'RFAR',
  'b-corp': 'B-Corp',
};
