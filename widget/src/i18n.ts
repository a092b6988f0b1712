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
  contact: string;
  email: string;
  phone: string;
  siret: string;
  unavailable: string;
}

/** Formats numbers, distances and plurals in a language. */
export interface Formatters {
  number: (n: number) => string;
  km: (km: number) => string;
  /** Picks the plural form: `one` or `other`. */
  plural: (n: number, one: string, other: string) => string;
}

export function formatters(lang: Lang): Formatters {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const number = new Intl.NumberFormat(locale);
  const near = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
  const far = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
  const rules = new Intl.PluralRules(locale);
  return {
    number: (n) => number.format(n),
    km: (km) => (km < 10 ? near : far).format(km),
    plural: (n, one, other) => (rules.select(n) === 'one' ? one : other),
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
    contact: 'Contacter',
    email: 'Écrire',
    phone: 'Appeler',
    siret: 'SIRET',
    unavailable: 'Fiche indisponible.',
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
    contact: 'Contact',
    email: 'Email',
    phone: 'Call',
    siret: 'SIRET',
    unavailable: 'This supplier could not be shown.',
  };
}

/** Any language other than English gets French, the default. */
export function strings(lang: string | null | undefined): { lang: Lang; t: Strings; f: Formatters } {
  const chosen: Lang = lang === 'en' ? 'en' : 'fr';
  const f = formatters(chosen);
  return { lang: chosen, t: chosen === 'en' ? english(f) : french(f), f };
}
