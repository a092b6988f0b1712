import type { KindCode, NetworkSlug, PrestaType, SectorSlug } from '../../../sdk/src/types.js';

/** How suppliers of one kind typically look, to draw plausible demo records. */
export interface KindProfile {
  /** Suppliers of this kind among ~6,900 in a typical national snapshot. */
  share: number;
  /** Sectors the kind works in, with relative weights. */
  sectors: [SectorSlug, number][];
  /** Service type of most activities; goods sectors switch to BUILD whatever the kind. */
  prestaType: PrestaType;
  /** Networks a supplier of this kind may belong to, each with its probability. */
  networks: [NetworkSlug, number][];
  /** Ranges [min, max] of people in insertion or with disabilities, and of permanent staff. */
  inclusive: [number, number];
  permanent: [number, number];
}

const COMMON_GREEN: [SectorSlug, number][] = [['creation-et-entretien-des-espaces-verts', 12]];

export const KIND_PROFILES: Record<KindCode, KindProfile> = {
  ACI: {
    share: 2200,
    sectors: [
      ['creation-et-entretien-des-espaces-verts', 20], ['entretien-restauration-amenagement-des-espaces-naturels', 10],
      ['maraichage', 10], ['recyclage-delements-dameublement-dae-et-petits-objets', 6], ['recyclage-textiles', 5],
      ['collecte-des-dechets-textiles', 3], ['tous-travaux-et-petits-bricolages-42', 6], ['peinture-revetement-des-murs', 4],
      ['deconstruction-curage-demolition', 2], ['reparation-de-velos-14', 4], ['couture-reprisage-retouches', 3],
      ['restaurants-cantines', 4], ['traiteur', 3], ['nettoyage-de-locaux-16', 6],
      ['entretien-et-maintenance-de-lespace-urbain-17', 5], ['travaux-forestiers-bucheronnage', 3], ['menuiserie', 2],
      ['travail-du-bois', 3], ['blanchisserie', 2], ['reconditionnement-informatique', 2],
      ['vente-de-vehicules-velos-doccasions', 2], ['collecte-dencombrants', 2], ['genie-ecologique', 2],
    ],
    prestaType: 'PREST',
    networks: [['chantier-ecole', 0.3], ['coorace', 0.25], ['federation-des-acteurs-de-la-solidarite', 0.08]],
    inclusive: [8, 60],
    permanent: [2, 15],
  },
  EI: {
    share: 1170,
    sectors: [
      ['nettoyage-de-locaux-16', 15], ['creation-et-entretien-des-espaces-verts', 8],
      ['recyclage-dequipements-electriques-et-electroniques-deee', 5], ['reconditionnement-informatique', 4],
      ['tous-travaux-et-petits-bricolages-42', 5], ['peinture-revetement-des-murs', 5], ['deconstruction-curage-demolition', 4],
      ['collecte-5-flux-papier-metal-verre-et-bois-et-fournitures-dentreprise', 3], ['restauration-collective', 4],
      ['traiteur', 4], ['logistique-conditionnement', 5], ['transport-de-marchandises', 3],
      ['coursiers-livraison-de-plis-colis', 2], ['demenagement-45', 3], ['blanchisserie', 3],
      ['garage-mecanique-automobile-10', 3], ['nettoyage-industriel', 3], ['numerisation-ged', 2], ['plomberie', 2],
      ['electricite', 2], ['menuiserie', 2], ['nettoyage-specifique-chantiers-parkings-6', 3],
      ['collecte-des-dechets-papiers-et-fournitures-dentreprises', 2],
    ],
    prestaType: 'PREST',
    networks: [['federation-des-entreprises-dinsertion', 0.45], ['coorace', 0.08]],
    inclusive: [5, 80],
    permanent: [2, 20],
  },
  AI: {
    share: 650,
    sectors: [
      ['nettoyage-de-locaux-16', 12], ['aide-menagere', 10], ['entretien-des-jardins', 10], ['manutention', 8],
      ['petits-travaux', 6], ...COMMON_GREEN, ['restaurants-cantines', 4], ['surveillance-scolaire', 4], ['repassage', 3],
      ['tous-travaux-et-petits-bricolages-42', 4], ['demenagement-45', 3], ['nettoyage-urbain', 3], ['accueil-hotline', 2],
    ],
    prestaType: 'DISP',
    networks: [['coorace', 0.5], ['unai', 0.3]],
    inclusive: [20, 220],
    permanent: [2, 8],
  },
  ETTI: {
    share: 400,
    sectors: [
      ['manutention', 12], ['logistique-conditionnement', 10], ['travaux-de-chantiers-74', 10], ['nettoyage-de-locaux-16', 8],
      ['tous-travaux-et-petits-bricolages-42', 5], ['transport-de-marchandises', 4], ['restaurants-cantines', 4],
      ['restauration-collective', 3], ['sous-traitance-industrielle-generale-53', 5], ['nettoyage-industriel', 4],
      ['creation-et-entretien-des-espaces-verts', 3], ['deconstruction-curage-demolition', 2],
    ],
    prestaType: 'DISP',
    networks: [['federation-des-entreprises-dinsertion', 0.45], ['coorace', 0.15]],
    inclusive: [30, 300],
    permanent: [3, 12],
  },
  EITI: {
    share: 90,
    sectors: [
      ['coursiers-livraison-de-plis-colis', 6], ['livraison-de-fruits-et-legumes-34', 3],
      ['creation-de-sites-internets-webmastering-70', 4], ['services-dartisanat', 4], ['couture-reprisage-retouches', 4],
      ['traductions', 2], ['aide-menagere', 4], ['petits-travaux', 4], ['nettoyage-de-locaux-16', 4],
      ['conseils-formation', 2], ['production-audiovisuelle', 2], ['artisanat-dart', 2],
    ],
    prestaType: 'PREST',
    networks: [['federation-des-entreprises-dinsertion', 0.2]],
    inclusive: [5, 50],
    permanent: [1, 4],
  },
  GEIQ: {
    share: 170,
    sectors: [
      ['travaux-de-chantiers-74', 10], ['tous-travaux-et-petits-bricolages-42', 4], ['nettoyage-de-locaux-16', 8],
      ['nettoyage-industriel', 3], ['logistique-conditionnement', 6], ['manutention', 4],
      ['sous-traitance-industrielle-generale-53', 5], ['metallurgie', 3], ['assemblage-mecanique-mecano-soudure', 3],
      ['restauration-collective', 4], ['restaurants-cantines', 3], ['soins-et-accompagnement', 4],
      ['transport-de-marchandises', 4], ['transports-de-personnes', 3], ['creation-et-entretien-des-espaces-verts', 3],
      ['elevage-de-viandes-et-volailles', 2], ['agriculture', 3],
    ],
    prestaType: 'DISP',
    networks: [['federation-francaise-des-geiq', 0.85]],
    inclusive: [10, 80],
    permanent: [2, 6],
  },
  SEP: {
    share: 30,
    sectors: [
      ['sous-traitance-industrielle-generale-53', 10], ['logistique-conditionnement', 8], ['mailing-archivage-secretariat-52', 6],
      ['textiles-30', 4], ['confection-a-facon', 4], ['travail-du-bois', 4], ['numerisation-ged', 3], ['blanchisserie', 3],
      ['assemblage-mecanique-mecano-soudure', 3], ['boulangerie-patisserie-confiseries-118', 2], ['impressions', 2],
    ],
    prestaType: 'PREST',
    networks: [],
    inclusive: [10, 60],
    permanent: [2, 8],
  },
  ESAT: {
    share: 1400,
    sectors: [
      ['creation-et-entretien-des-espaces-verts', 18], ['sous-traitance-industrielle-generale-53', 12],
      ['logistique-conditionnement', 12], ['blanchisserie', 10], ['mailing-archivage-secretariat-52', 8],
      ['nettoyage-de-locaux-16', 8], ['restaurants-cantines', 6], ['traiteur', 5], ['maraichage', 5], ['numerisation-ged', 4],
      ['travail-du-bois', 4], ['nettoyage-de-vehicules-12', 4], ['horticulture', 3], ['assemblage-mecanique-mecano-soudure', 3],
      ['impressions', 3], ['paniers-plateaux-repas', 3], ['couture-reprisage-retouches', 2],
      ['sous-traitance-industrielle-agro-alimentaire-51', 3], ['location-et-entretien-de-plantes', 2], ['confiturerie', 2],
      ['apiculture', 1], ['boulangerie-patisserie-confiseries-118', 2], ['artisanat-dart', 2],
    ],
    prestaType: 'PREST',
    networks: [['unapei', 0.35], ['hosmoz', 0.05]],
    inclusive: [25, 150],
    permanent: [8, 30],
  },
  EA: {
    share: 750,
    sectors: [
      ['nettoyage-de-locaux-16', 12], ['creation-et-entretien-des-espaces-verts', 8], ['logistique-conditionnement', 10],
      ['sous-traitance-industrielle-generale-53', 8], ['numerisation-ged', 6], ['accueil-hotline', 6],
      ['mailing-archivage-secretariat-52', 5], ['gestion-du-parc-informatique-maintenance-installation-47', 4],
      ['tests-de-logiciels', 3], ['reconditionnement-informatique', 4],
      ['recyclage-dequipements-electriques-et-electroniques-deee', 3], ['blanchisserie', 4], ['restauration-collective', 3],
      ['assemblage-mecanique-mecano-soudure', 4], ['metallurgie', 3], ['plasturgie', 2], ['impressions', 3],
      ['signaletique', 2], ['conciergerie-dentreprise', 2], ['transport-de-marchandises', 2],
      ['creation-de-sites-internets-webmastering-70', 2], ['support-administration', 2],
    ],
    prestaType: 'PREST',
    networks: [['union-nationale-des-entreprises-adaptees', 0.45], ['hosmoz', 0.05]],
    inclusive: [8, 120],
    permanent: [3, 25],
  },
  EATT: {
    share: 50,
    sectors: [
      ['accueil-hotline', 4], ['logistique-conditionnement', 6], ['manutention', 6], ['nettoyage-de-locaux-16', 5],
      ['mailing-archivage-secretariat-52', 4], ['support-administration', 3], ['sous-traitance-industrielle-generale-53', 4],
      ['gestion-de-projets-daffaires', 2], ['ressources-humaines', 2],
    ],
    prestaType: 'DISP',
    networks: [['union-nationale-des-entreprises-adaptees', 0.6]],
    inclusive: [10, 80],
    permanent: [2, 6],
  },
};

/** Networks joined for what a supplier does rather than for its kind. */
export const SECTOR_NETWORKS: { network: NetworkSlug; kinds: KindCode[]; sectors: SectorSlug[]; probability: number }[] = [
  { network: 'reseau-cocagne', kinds: ['ACI'], sectors: ['maraichage'], probability: 0.45 },
  {
    network: 'reseau-envie',
    kinds: ['EI', 'ACI'],
    sectors: ['recyclage-dequipements-electriques-et-electroniques-deee', 'reconditionnement-informatique'],
    probability: 0.4,
  },
  {
    network: 'tissons-la-solidarite',
    kinds: ['ACI', 'EI'],
    sectors: ['recyclage-textiles', 'couture-reprisage-retouches', 'collecte-des-dechets-textiles'],
    probability: 0.35,
  },
  {
    network: 'comite-national-de-liaison-des-regies-de-quartier',
    kinds: ['ACI', 'EI'],
    sectors: ['entretien-et-maintenance-de-lespace-urbain-17', 'nettoyage-urbain'],
    probability: 0.3,
  },
];

/** Sectors whose activity is making or selling goods. */
export const GOODS_SECTORS: ReadonlySet<SectorSlug> = new Set<SectorSlug>([
  'maraichage', 'horticulture', 'confiturerie', 'apiculture', 'fromagerie', 'boulangerie-patisserie-confiseries-118',
  'producteurs-fournisseurs', 'paniers-plateaux-repas', 'travail-du-bois', 'textiles-30', 'artisanat-dart',
  'reconditionnement-informatique', 'vente-de-vehicules-velos-doccasions', 'recyclage-delements-dameublement-dae-et-petits-objets',
  'recyclage-textiles', 'papeterie-et-fournitures-administratives', 'produits-dentretien-et-desinfectants-29',
  'objet-promotionnel', 'impressions', 'signaletique', 'plasturgie', 'metallurgie', 'materiaux-de-construction-83',
  'equipements-et-mobiliers', 'confection-a-facon', 'ventes-de-livres-et-ouvrages', 'ouvrages-metalliques',
]);

/** Building trades, where the RGE label exists. */
export const RGE_SECTORS: ReadonlySet<SectorSlug> = new Set<SectorSlug>([
  'peinture-revetement-des-murs', 'electricite', 'plomberie', 'menuiserie', 'diagnostics-solutions-energetiques-159',
  'carrelage-revetement-des-sols', 'tous-travaux-et-petits-bricolages-42',
]);
