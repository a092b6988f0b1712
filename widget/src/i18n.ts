/** The widget's strings, French first: plain strings, or functions for counts and names. */

export type Lang = 'fr' | 'en';

export interface Strings {
  searchLabel: string;
  placeholder: string;
  suggestions: string;
  suggestionGroups: { supplier: string; sector: string; place: string };
  placeTypes: { commune: string; department: string; region: string };
  found: (n: number) => string;
  loading: string;
  anywhere: string;
  error: string;
  filters: string;
  clearFilters: string;
  facets: { kind: string; prestaType: string; sectorGroup: string; network: string; label: string };
  families: { insertion: string; handicap: string };
  sectorsOf: (group: string) => string;
  place: string;
  removePlace: (name: string) => string;
  scope: string;
  serves: string;
  within: (km: number) => string;
  pagination: string;
  previous: string;
  next: string;
  pageOf: (page: number, pages: number) => string;
  distance: (km: number) => string;
  details: (name: string) => string;
  back: string;
  sectors: string;
  prestaTypes: string;
  offers: string;
  clientReferences: string;
  impact: string;
  inclusiveEmployees: (n: number) => string;
  permanentEmployees: (n: number) => string;
  networks: string;
  labels: string;
  website: string;
  email: string;
  phone: string;
  siret: string;
  unavailable: string;
  socialClause: string;
  socialClauseBadge: string;
  activeFilters: string;
  lockedBySite: string;
  removeFilter: (name: string) => string;
  understood: string;
  interpretationTypes: { place: string; sector: string; kind: string };
  keepWords: (words: string) => string;
  sort: string;
  sortOrders: { relevance: string; distance: string; name: string; updated: string };
  showResults: (n: number) => string;
  closeFilters: string;
  pageNumber: (page: number) => string;
  matched: string;
  offersShort: string;
  reachCountry: string;
  reachZones: (zones: string[]) => string;
  reachRadius: (km: number) => string;
  shortlist: (n: number) => string;
  /** Around the supplier's name, which only screen readers hear: the card already shows it. */
  shortlistAdd: [before: string, after: string];
  mailSubject: (site: string) => string;
  newTab: string;
  requestQuote: string;
  postNeed: string;
  needCtaResults: string;
  needCtaEmpty: string;
}

/** Formats numbers, distances and plurals in a language. */
export interface Formatters {
  number: (n: number) => string;
  km: (km: number) => string;
  /** Picks the plural form: `one` or `other`. */
  plural: (n: number, one: string, other: string) => string;
  /** "a, b et c". */
  list: (values: string[]) => string;
}

/** Separators as CLDR has them: French puts a narrow no-break space between thousands and before a unit. */
const separators: Record<Lang, { group: string; decimal: string; beforeUnit: string; and: string }> = {
  fr: { group: '\u202f', decimal: ',', beforeUnit: '\u202f', and: 'et' },
  en: { group: ',', decimal: '.', beforeUnit: ' ', and: 'and' },
};

/**
 * By hand rather than with Intl.NumberFormat: the first one built in a page costs
 * 35 to 85 ms in Chromium (ICU's number data loaded on the main thread), paid just as
 * the first results render. Two languages, counts and tenths of km: little to format.
 */
export function formatters(lang: Lang): Formatters {
  const { group, decimal, beforeUnit, and } = separators[lang];
  const format = (n: number, fractionDigits: number) => {
    let digits = Math.abs(n).toFixed(fractionDigits);
    if (fractionDigits) digits = digits.replace(/\.?0+$/, '');
    const [whole = '', fraction] = digits.split('.');
    return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${fraction ? decimal + fraction : ''}`;
  };
  // CLDR's plural rules for integers and decimals: French's "one" is 0 <= n < 2, English's is exactly 1.
  const one = lang === 'fr' ? (n: number) => Math.abs(n) < 2 : (n: number) => n === 1;
  return {
    number: (n) => format(n, 0),
    km: (km) => `${format(km, km < 10 ? 1 : 0)}${beforeUnit}km`,
    plural: (n, singular, other) => (one(n) ? singular : other),
    list: (values) => (values.length > 1 ? `${values.slice(0, -1).join(', ')} ${and} ${values.at(-1)}` : (values[0] ?? '')),
  };
}

function french(f: Formatters): Strings {
  return {
    searchLabel: 'Rechercher un fournisseur inclusif',
    placeholder: 'Nom, activité, ville, SIRET…',
    suggestions: 'Suggestions',
    suggestionGroups: { supplier: 'Fournisseurs', sector: 'Secteurs', place: 'Lieux' },
    placeTypes: { commune: 'Commune', department: 'Département', region: 'Région' },
    found: (n) =>
      n === 0 ? 'Aucun fournisseur trouvé' : `${f.number(n)} ${f.plural(n, 'fournisseur trouvé', 'fournisseurs trouvés')}`,
    loading: 'Recherche en cours…',
    anywhere: 'Chercher dans toute la France',
    error: 'La recherche n’a pas abouti. Vérifiez votre connexion et réessayez.',
    filters: 'Filtres',
    clearFilters: 'Effacer les filtres',
    facets: {
      kind: 'Type de structure',
      prestaType: 'Type de prestation',
      sectorGroup: 'Secteur d’activité',
      network: 'Réseau',
      label: 'Label',
    },
    families: { insertion: 'Insertion par l’activité économique', handicap: 'Handicap' },
    sectorsOf: (group) => `Secteurs : ${group}`,
    place: 'Lieu d’intervention',
    removePlace: (name) => `Retirer le lieu ${name}`,
    scope: 'Périmètre',
    serves: 'Peut intervenir sur ce lieu',
    within: (km) => `Situé à moins de ${f.km(km)}`,
    pagination: 'Pagination',
    previous: 'Page précédente',
    next: 'Page suivante',
    pageOf: (page, pages) => `Page ${f.number(page)} sur ${f.number(pages)}`,
    distance: (km) => `à ${f.km(km)}`,
    details: (name) => `Voir la fiche de ${name}`,
    back: 'Retour aux résultats',
    sectors: 'Secteurs',
    prestaTypes: 'Prestations',
    offers: 'Ce qu’il propose',
    clientReferences: 'Références clients',
    impact: 'Impact social',
    inclusiveEmployees: (n) =>
      `${f.number(n)} ${f.plural(n, 'personne en insertion ou en situation de handicap', 'personnes en insertion ou en situation de handicap')}`,
    permanentEmployees: (n) => `${f.number(n)} ${f.plural(n, 'salarié permanent', 'salariés permanents')}`,
    networks: 'Réseaux',
    labels: 'Labels',
    website: 'Site internet',
    email: 'Écrire',
    phone: 'Appeler',
    siret: 'SIRET',
    unavailable: 'Fiche indisponible.',
    socialClause: 'Éligible aux marchés réservés / clause sociale',
    socialClauseBadge: 'Marchés réservés',
    activeFilters: 'Filtres actifs',
    lockedBySite: 'fixé par le site',
    removeFilter: (name) => `Retirer le filtre ${name}`,
    understood: 'Compris comme :',
    interpretationTypes: { place: 'Lieu', sector: 'Secteur', kind: 'Type' },
    keepWords: (words) => `Chercher « ${words} » comme des mots`,
    sort: 'Trier par',
    sortOrders: { relevance: 'Pertinence', distance: 'Distance', name: 'Nom', updated: 'Mise à jour récente' },
    showResults: (n) => `Voir ${f.number(n)} ${f.plural(n, 'résultat', 'résultats')}`,
    closeFilters: 'Fermer les filtres',
    pageNumber: (page) => `Page ${f.number(page)}`,
    matched: 'Correspond à votre recherche',
    offersShort: 'Propose',
    reachCountry: 'Intervient dans toute la France',
    reachZones: (zones) => `Intervient dans ${f.list(zones)}`,
    reachRadius: (km) => `Intervient dans un rayon de ${f.km(km)}`,
    shortlist: (n) => `Ma sélection (${f.number(n)})`,
    shortlistAdd: ['Ajouter', 'à ma sélection'],
    mailSubject: (site) => `Demande de contact via ${site}`,
    newTab: '(nouvel onglet)',
    requestQuote: 'Demander un devis',
    postNeed: 'Publier un besoin',
    needCtaResults: 'Décrivez votre besoin une fois : il sera envoyé à tous les fournisseurs inclusifs qui peuvent y répondre.',
    needCtaEmpty: 'Publiez votre besoin : il sera envoyé aux fournisseurs inclusifs qui peuvent intervenir sur votre lieu, dans vos secteurs.',
  };
}

export interface Localized {
  lang: Lang;
  t: Strings;
  f: Formatters;
}

/** Made once per language, not on every render (every keystroke). */
const made = new Map<Lang, Localized>();

/** English, once loaded: a module of its own, so that the French pages (most) do not download it. */
let english: ((f: Formatters) => Strings) | undefined;

/** Loads a language's strings; French is always there. */
export async function loadLanguage(lang: string | null | undefined): Promise<void> {
  if (lang === 'en' && !english) english = (await import('./i18n.en.js')).english;
}

/** Any language other than English gets French, the default; English once `loadLanguage` has loaded it. */
export function strings(lang: string | null | undefined): Localized {
  const chosen: Lang = lang === 'en' && english ? 'en' : 'fr';
  let localized = made.get(chosen);
  if (!localized) {
    const f = formatters(chosen);
    made.set(chosen, (localized = { lang: chosen, t: chosen === 'en' ? english!(f) : french(f), f }));
  }
  return localized;
}
