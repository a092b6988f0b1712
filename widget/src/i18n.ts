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
  emptyTitle: string;
  emptyHints: string[];
  anywhere: string;
  error: string;
  retry: string;
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
}

/** Separators as CLDR has them: French puts a narrow no-break space between thousands and before a unit. */
const separators: Record<Lang, { group: string; decimal: string; beforeUnit: string }> = {
  fr: { group: '\u202f', decimal: ',', beforeUnit: '\u202f' },
  en: { group: ',', decimal: '.', beforeUnit: ' ' },
};

/**
 * By hand rather than with Intl.NumberFormat: the first one built in a page costs
 * 35 to 85 ms in Chromium (ICU's number data loaded on the main thread), paid just as
 * the first results render. Two languages, counts and tenths of km: little to format.
 */
export function formatters(lang: Lang): Formatters {
  const { group, decimal, beforeUnit } = separators[lang];
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
    emptyTitle: 'Aucun fournisseur ne correspond à votre recherche.',
    emptyHints: ['Vérifiez l’orthographe ou essayez un terme plus général.', 'Retirez des filtres ou élargissez le lieu.'],
    anywhere: 'Chercher dans toute la France',
    error: 'La recherche n’a pas abouti. Vérifiez votre connexion et réessayez.',
    retry: 'Réessayer',
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
    mailSubject: (site) => `Demande de contact via ${site}`,
    newTab: '(nouvel onglet)',
    requestQuote: 'Demander un devis',
    postNeed: 'Publier un besoin',
    needCtaResults: 'Décrivez votre besoin une fois : il sera envoyé à tous les fournisseurs inclusifs qui peuvent y répondre.',
    needCtaEmpty: 'Publiez votre besoin : il sera envoyé aux fournisseurs inclusifs qui peuvent intervenir sur votre lieu, dans vos secteurs.',
  };
}

function english(f: Formatters): Strings {
  return {
    searchLabel: 'Search for an inclusive supplier',
    placeholder: 'Name, activity, town, SIRET…',
    suggestions: 'Suggestions',
    suggestionGroups: { supplier: 'Suppliers', sector: 'Sectors', place: 'Places' },
    placeTypes: { commune: 'Town', department: 'Department', region: 'Region' },
    found: (n) => (n === 0 ? 'No supplier found' : `${f.number(n)} ${f.plural(n, 'supplier found', 'suppliers found')}`),
    loading: 'Searching…',
    emptyTitle: 'No supplier matches your search.',
    emptyHints: ['Check the spelling or try a broader term.', 'Remove some filters or widen the place.'],
    anywhere: 'Search all of France',
    error: 'The search failed. Check your connection and try again.',
    retry: 'Try again',
    filters: 'Filters',
    clearFilters: 'Clear filters',
    facets: {
      kind: 'Kind of supplier',
      prestaType: 'Service type',
      sectorGroup: 'Sector',
      network: 'Network',
      label: 'Label',
    },
    families: { insertion: 'Work integration', handicap: 'Disability' },
    sectorsOf: (group) => `Sectors: ${group}`,
    place: 'Place to serve',
    removePlace: (name) => `Remove the place ${name}`,
    scope: 'Scope',
    serves: 'Can serve this place',
    within: (km) => `Located within ${f.km(km)}`,
    pagination: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${f.number(page)} of ${f.number(pages)}`,
    distance: (km) => `${f.km(km)} away`,
    details: (name) => `View ${name}`,
    back: 'Back to results',
    sectors: 'Sectors',
    prestaTypes: 'Services',
    offers: 'What it sells',
    clientReferences: 'Client references',
    impact: 'Social impact',
    inclusiveEmployees: (n) =>
      `${f.number(n)} ${f.plural(n, 'person in work integration or with a disability', 'people in work integration or with disabilities')}`,
    permanentEmployees: (n) => `${f.number(n)} ${f.plural(n, 'permanent employee', 'permanent employees')}`,
    networks: 'Networks',
    labels: 'Labels',
    website: 'Website',
    email: 'Email',
    phone: 'Call',
    siret: 'SIRET',
    unavailable: 'This supplier could not be shown.',
    mailSubject: (site) => `Contact request via ${site}`,
    newTab: '(new tab)',
    requestQuote: 'Ask for a quote',
    postNeed: 'Post a need',
    needCtaResults: 'Describe your need once: it goes to every inclusive supplier that can meet it.',
    needCtaEmpty: 'Post your need: it goes to the inclusive suppliers that can work at your place, in your sectors.',
  };
}

export interface Localized {
  lang: Lang;
  t: Strings;
  f: Formatters;
}

/** Made once per language, not on every render (every keystroke). */
const made = new Map<Lang, Localized>();

/** Any language other than English gets French, the default. */
export function strings(lang: string | null | undefined): Localized {
  const chosen: Lang = lang === 'en' ? 'en' : 'fr';
  let localized = made.get(chosen);
  if (!localized) {
    const f = formatters(chosen);
    made.set(chosen, (localized = { lang: chosen, t: chosen === 'en' ? english(f) : french(f), f }));
  }
  return localized;
}
