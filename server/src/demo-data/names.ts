import type { KindCode, SectorGroupSlug } from '../../../sdk/src/types.js';
import { fold } from '../domain/text-normalize.js';
import type { Random } from './random.js';

/** Words that give an association or a company its name. */
const CORES = [
  'Tremplin', 'Envol', 'Passerelle', 'Horizon', "Trait d'Union", 'Le Relais', 'Arc-en-Ciel', 'Élan', 'Escale', 'Rebond',
  'Avenir', 'Alliance', 'Boussole', 'Sésame', 'Étape', 'Ricochet', 'Archipel', 'Solidarité Emploi', 'Cap Avenir', 'Déclic',
  'Initiatives', "L'Outil en Main", 'Les Compagnons', 'La Fabrique', 'Atelier 2N', 'Atelier 3S', 'Valoris', 'Actif',
  'Amitié', 'Le Pont', 'Agir', 'Tisserands', 'Renouer', 'Ancrage', 'Équinoxe', 'Boréal', 'Sillon', 'Aurore',
];

/** Landscape names for "ESAT LES ATELIERS DU VAL" and brands. */
const LANDS = ['du Val', 'de la Vallée', 'des Coteaux', 'du Bocage', "de l'Estuaire", 'du Plateau', 'des Deux Rives', 'du Littoral', 'des Vignes', 'de la Forêt', 'du Marais', 'des Monts'];

/** Brand words by sector group: accents, apostrophes, hyphens and ligatures as trading names have them. */
const THEMES: Partial<Record<SectorGroupSlug, string[]>> = {
  'espaces-verts-exterieurs-2': ['Les Jardins', 'Les Mains Vertes', 'Nature & Paysages', 'Les Sentiers', 'Vert-Tige'],
  'agro-alimentaire': ['Les Jardins', 'Le Potager', 'La Ferme', 'Terre-Neuve Maraîchage', 'Cœur de Terre'],
  'hygiene-et-proprete-64': ["Net'Éclat", 'Propreté Solidaire', 'Clair-Net', 'Éclat Services'],
  restauration: ['La Table', 'Saveurs', 'Baluchon-À table citoyens', 'Le Goût du Partage', 'Bœuf & Cœur', 'Les Délices'],
  'recyclage-economie-circulaire': ['La Ressourcerie', 'La Recyclerie', "L'Atelier Récup'", 'Trocantons', 'Seconde Vie', 'Réemploi & Cie'],
  'collecte-traitement-des-dechets': ['La Ressourcerie', "Récup'Action", 'Tri-Cycle', 'Éco-Collecte'],
  'batiments-et-travaux-publics-65': ['Bâti Solidaire', "Rénov'Habitat", 'Les Bâtisseurs', 'Manœuvre & Bâti'],
  'sous-traitance-industrielle': ['Les Ateliers', 'Atelier Services', 'Pack & Co', 'Œuvre Commune'],
  'assistance-generale-et-administrative-67': ['Bureau Services', 'Plis & Services', 'La Plume', 'Courrier-Express'],
  'prestations-informatiques': ['Numérique Solidaire', "Data'Inclusion", 'Octet Vert', 'Clic & Répare'],
  'demenagements-livraisons-transports-79': ['Les Coursiers', 'Roule-Ma-Poule', 'Les Livreurs', 'Vélo-Cité'],
  'entretien-du-linge': ['La Blanchisserie', 'Le Fil', "L'Aiguille d'Or", 'Linge & Cœur'],
  'reparations-depannages-8': ["L'Atelier Vélo", 'Garage Solidaire', 'Cycles & Recycles', 'Répar’Tout'],
  'ameublement-deco-textile-artisanat-73': ['Les Ateliers', 'Bois & Cie', "L'Œil du Tisserand", 'Fil Rouge'],
};
const DEFAULT_THEMES = ['Les Ateliers', 'Services Solidaires', 'Le Lien', 'Cœur de Ville Services'];

const GEIQ_TRADES: Partial<Record<SectorGroupSlug, string>> = {
  'batiments-et-travaux-publics-65': 'BTP',
  'hygiene-et-proprete-64': 'PROPRETE',
  'sous-traitance-industrielle': 'INDUSTRIE',
  'demenagements-livraisons-transports-79': 'TRANSPORT LOGISTIQUE',
  restauration: 'RESTAURATION',
  'services-a-la-personne': 'SANITAIRE ET SOCIAL',
  'agro-alimentaire': 'AGRICOLE',
  'espaces-verts-exterieurs-2': 'ESPACES VERTS',
};

/** "de Rennes", "d'Angers", "du Mans", "des Sables-d'Olonne", "de la Rochelle". */
export function ofPlace(name: string): string {
  const match = /^(Le|La|Les|L') ?(.*)$/.exec(name);
  if (match) {
    const [, article, rest] = match;
    if (article === 'Le') return `du ${rest}`;
    if (article === 'Les') return `des ${rest}`;
    return `de ${article === 'La' ? 'la ' : "l'"}${rest}`;
  }
  return /^[AEIOUYÉÈÊÎÔH]/i.test(name) ? `d'${name}` : `de ${name}`;
}

/** Legal names are registered in capitals without accents: "ASSOC TREMPLIN 52". */
function registered(name: string): string {
  return fold(name).toUpperCase();
}

export interface NameContext {
  kind: KindCode;
  group: SectorGroupSlug;
  city: string;
  department: string;
  departmentName: string;
  marketGardening: boolean;
}

export function legalName(ctx: NameContext, random: Random): string {
  const core = random.pick(CORES);
  const city = ctx.city;
  const patterns: Record<KindCode, (() => string)[]> = {
    ACI: [
      () => `ASSOC ${core} ${ctx.department}`,
      () => `CHANTIER D'INSERTION ${core}`,
      () => `ASSOCIATION ${core} ${ofPlace(city)}`,
      () => `REGIE DE QUARTIER ${ofPlace(city)}`,
    ],
    EI: [() => `SARL ${core}`, () => `SAS ${core} ${random.pick(THEMES[ctx.group] ?? DEFAULT_THEMES)}`, () => `EURL ${core}`, () => `SCIC ${core}`, () => `${core} INSERTION`],
    AI: [() => `ASSOC ${core}`, () => `AI ${core} ${ofPlace(city)}`, () => `${core} SERVICES`],
    ETTI: [() => `SAS ${core} INTERIM`, () => `ETTI ${core}`, () => `${core} INTERIM INSERTION`],
    EITI: [() => `SAS ${core}`, () => `SCOP ${core}`],
    GEIQ: [() => `GEIQ ${GEIQ_TRADES[ctx.group] ?? 'MULTISECTORIEL'} ${ctx.departmentName}`],
    SEP: [() => `SEP ${random.pick(['CENTRE PENITENTIAIRE', "MAISON D'ARRET", 'CENTRE DE DETENTION'])} ${ofPlace(city)}`],
    ESAT: [() => `ESAT LES ATELIERS ${random.pick(LANDS)}`, () => `ESAT ${core}`, () => `ESAT ${ofPlace(city)}`, () => `ESAT ${city}`],
    EA: [() => `EA ${core}`, () => `SAS ${core} ADAPTEE`, () => `ENTREPRISE ADAPTEE ${core}`, () => `${core} EA`],
    EATT: [() => `EATT ${core}`, () => `${core} INTERIM ADAPTE`],
  };
  if (ctx.kind === 'ACI' && ctx.marketGardening && random.chance(0.5)) {
    return registered(`ACI JARDINS DE COCAGNE DU PAYS ${ofPlace(city)}`);
  }
  return registered(random.pick(patterns[ctx.kind])());
}

const BRAND_SHARE: Record<KindCode, number> = {
  ACI: 0.55, EI: 0.6, AI: 0.4, ETTI: 0.5, EITI: 0.6, GEIQ: 0.1, SEP: 0.2, ESAT: 0.4, EA: 0.5, EATT: 0.4,
};

/** A trading name, for the suppliers that have one. */
export function brandName(ctx: NameContext, random: Random): string | undefined {
  if (!random.chance(BRAND_SHARE[ctx.kind])) return undefined;
  const theme = random.pick(THEMES[ctx.group] ?? DEFAULT_THEMES);
  const patterns = [
    () => `${theme} ${ofPlace(ctx.city)}`,
    () => theme,
    () => `${theme} ${random.pick(LANDS)}`,
    () => `${random.pick(CORES)}-${ctx.city}`,
  ];
  // "Envol Propreté" reads as a name; "Envol Les Jardins" does not.
  if (!/^(Les? |La |L')/.test(theme)) patterns.push(() => `${random.pick(CORES)} ${theme}`);
  return random.pick(patterns)();
}

export { slugify } from '../domain/supplier-id.js';
