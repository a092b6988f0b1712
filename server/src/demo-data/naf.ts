import type { KindCode, SectorGroupSlug, SectorSlug } from '../../../sdk/src/types.js';
import { sectorGroupOf } from '../domain/taxonomy.js';
import type { Random } from './random.js';

/** The NAF code a supplier working mainly in a group's sectors usually registers under. */
const NAF_OF_GROUP: Record<SectorGroupSlug, string> = {
  'espaces-verts-exterieurs-2': '8130Z',
  'medico-social': '8810C',
  'reparations-depannages-8': '3312Z',
  'entretien-du-linge': '9601A',
  'securite-preventions': '8010Z',
  'agro-alimentaire': '0113Z',
  'hygiene-et-proprete-64': '8121Z',
  'batiments-et-travaux-publics-65': '4399C',
  'assistance-generale-et-administrative-67': '8211Z',
  'prestations-informatiques': '6202A',
  'ameublement-deco-textile-artisanat-73': '3109B',
  'communication-marketing': '7311Z',
  'sous-traitance-industrielle': '8292Z',
  'demenagements-livraisons-transports-79': '4941B',
  'collecte-traitement-des-dechets': '3811Z',
  'recyclage-economie-circulaire': '3832Z',
  'culture-divertissement-et-tourisme': '9329Z',
  'prestations-intellectuelles': '7022Z',
  'services-a-la-personne': '8810A',
  restauration: '5621Z',
};

/** Sectors whose usual NAF code differs from their group's. */
const NAF_OF_SECTOR: Partial<Record<SectorSlug, string>> = {
  'travaux-forestiers-bucheronnage': '0220Z',
  'entretien-des-parkings-4': '8129B',
  'garage-mecanique-automobile-10': '4520A',
  'maintenance-de-flottes-de-vehicules-velos-a-assistance-electrique-voitures': '4520A',
  'reparation-de-velos-14': '9529Z',
  'couture-reprisage-retouches': '9529Z',
  'pressing-et-nettoyage-a-sec': '9601B',
  'confection-a-facon': '1413Z',
  'mediation-urbaine-sociale-55': '8899B',
  'elevage-de-viandes-et-volailles': '0147Z',
  agriculture: '0111Z',
  'peche-pisciculture': '0322Z',
  horticulture: '0119Z',
  'production-et-transformation': '1039A',
  sylviculture: '0210Z',
  'nettoyage-specifique-chantiers-parkings-6': '8122Z',
  'nettoyage-industriel': '8122Z',
  'nettoyage-urbain': '8129B',
  'nettoyage-de-vehicules-12': '4520A',
  'produits-dentretien-et-desinfectants-29': '4644Z',
  'tous-travaux-et-petits-bricolages-42': '4339Z',
  'location-vente-de-materiels-industriels-chantiers-60': '7732Z',
  'ouvrages-metalliques': '2511Z',
  'materiaux-de-construction-83': '4673A',
  'peinture-revetement-des-murs': '4334Z',
  'carrelage-revetement-des-sols': '4333Z',
  electricite: '4321A',
  plomberie: '4322A',
  menuiserie: '4332A',
  'diagnostics-solutions-energetiques-159': '7120B',
  'deconstruction-curage-demolition': '4311Z',
  'conciergerie-dentreprise': '9609Z',
  'mailing-archivage-secretariat-52': '8219Z',
  'accueil-hotline': '8220Z',
  'papeterie-et-fournitures-administratives': '4762Z',
  'creation-de-sites-internets-webmastering-70': '6201Z',
  'conception-de-logiciels': '6201Z',
  'numerisation-ged': '6311Z',
  'management-de-donnees-et-gestion-de-projets-154': '6311Z',
  'location-et-entretien-de-plantes': '8130Z',
  'textiles-30': '1392Z',
  'travail-de-la-pierre': '2370Z',
  'travail-du-bois': '1623Z',
  'location-de-mobiliers-61': '7729Z',
  'amenagement-interieur': '4332B',
  signaletique: '1813Z',
  'organisation-devenements': '8230Z',
  'production-audiovisuelle': '5911A',
  'location-de-materiels-evenementiel-58': '7739Z',
  impressions: '1812Z',
  metallurgie: '2562B',
  'assemblage-mecanique-mecano-soudure': '2562B',
  plasturgie: '2229A',
  'sous-traitance-industrielle-agro-alimentaire-51': '1089Z',
  manutention: '5224B',
  'logistique-conditionnement': '5210B',
  'demenagement-45': '4942Z',
  'transports-de-personnes': '4939B',
  'location-de-vehicules-velos-59': '7711A',
  'coursiers-livraison-de-plis-colis': '5320Z',
  'collecte-et-traitement-des-dechets-dangereux': '3812Z',
  'collecte-et-traitement-des-bio-dechets': '3821Z',
  'reconditionnement-informatique': '9511Z',
  'vente-de-vehicules-velos-doccasions': '4779Z',
  'recyclage-delements-dameublement-dae-et-petits-objets': '4779Z',
  'activites-a-caractere-touristique': '7990Z',
  sport: '9319Z',
  hotellerie: '5510Z',
  'ventes-de-livres-et-ouvrages': '4761Z',
  'restauration-de-livres': '1814Z',
  'activite-culturelle-theatrale-et-spectacle': '9001Z',
  'conseils-formation': '8559A',
  traductions: '7430Z',
  'ressources-humaines': '7830Z',
  cordonnerie: '9523Z',
  'petits-travaux': '4339Z',
  'entretien-des-jardins': '8130Z',
  confiturerie: '1039B',
  apiculture: '0149Z',
  fromagerie: '1051C',
  'paniers-plateaux-repas': '5629B',
  'boulangerie-patisserie-confiseries-118': '1071C',
  'restaurants-cantines': '5610A',
  'producteurs-fournisseurs': '4631Z',
  'location-vente-de-materiels-de-restauration': '7739Z',
  'restauration-collective': '5629A',
};

export function nafOfSector(sector: SectorSlug): string {
  return NAF_OF_SECTOR[sector] ?? NAF_OF_GROUP[sectorGroupOf(sector)];
}

/**
 * Staffing kinds register as staffing agencies whatever the trade; ESAT and many
 * associations register their social activity rather than the trade they sell.
 */
const NAF_OF_KIND: Partial<Record<KindCode, [naf: string[], share: number]>> = {
  ETTI: [['7820Z'], 1],
  EATT: [['7820Z'], 1],
  AI: [['7830Z'], 0.85],
  GEIQ: [['7830Z'], 0.9],
  ESAT: [['8810C'], 0.6],
  ACI: [['8899B', '9499Z'], 0.35],
};

export function nafOf(kind: KindCode, mainSector: SectorSlug, random: Random): string {
  const byKind = NAF_OF_KIND[kind];
  if (byKind && random.chance(byKind[1])) return random.pick(byKind[0]);
  return nafOfSector(mainSector);
}

/** Every NAF code a supplier of this kind may get (for tests). */
export function possibleNafs(kind: KindCode, mainSector: SectorSlug): string[] {
  return [...(NAF_OF_KIND[kind]?.[0] ?? []), nafOfSector(mainSector)];
}
