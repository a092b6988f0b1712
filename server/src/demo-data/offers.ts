import type { Offer, SectorSlug } from '../../../sdk/src/types.js';
import { taxonomy } from '../domain/taxonomy.js';
import type { Random } from './random.js';

type OfferRow = [name: string, description?: string];

/** What suppliers of a sector say they sell, in their words. Other sectors fall back to the sector's label. */
const OFFERS: Partial<Record<SectorSlug, OfferRow[]>> = {
  'creation-et-entretien-des-espaces-verts': [
    ["Entretien d'espaces verts", 'Tonte, taille de haies, débroussaillage et ramassage des feuilles pour collectivités et entreprises.'],
    ['Création de jardins et massifs'], ['Élagage et abattage'], ['Désherbage alternatif sans produits phytosanitaires'],
  ],
  'entretien-restauration-amenagement-des-espaces-naturels': [
    ['Restauration de berges et cours d’eau', 'Génie végétal, fascines, arrachage des espèces invasives.'],
    ['Entretien de sentiers de randonnée'], ['Murets en pierre sèche'],
  ],
  'entretien-et-maintenance-de-lespace-urbain-17': [['Propreté des espaces publics'], ['Petite maintenance du mobilier urbain']],
  'travaux-forestiers-bucheronnage': [['Bûcheronnage et débardage'], ['Bois de chauffage', 'Bûches de 33 ou 50 cm livrées.']],
  'genie-ecologique': [['Gestion de zones humides'], ['Plantation de haies bocagères']],
  maraichage: [
    ['Paniers de légumes bio', 'Un panier hebdomadaire de légumes de saison cultivés sur place, à retirer ou livré.'],
    ['Légumerie pour la restauration collective'], ['Conserverie : soupes et coulis'],
  ],
  horticulture: [['Plants de fleurs et de légumes'], ['Fleurissement de la commune']],
  'recyclage-delements-dameublement-dae-et-petits-objets': [
    ['Ressourcerie : vente d’objets de réemploi'], ['Collecte et valorisation de mobilier de bureau'],
  ],
  'recyclage-textiles': [['Tri et revente de vêtements de seconde main'], ['Chiffons d’essuyage issus du recyclage']],
  'collecte-des-dechets-textiles': [['Collecte de textiles en conteneurs']],
  'collecte-dencombrants': [['Enlèvement d’encombrants sur rendez-vous']],
  'tous-travaux-et-petits-bricolages-42': [['Second œuvre et petits travaux'], ['Rénovation de logements sociaux']],
  'peinture-revetement-des-murs': [['Peinture intérieure et extérieure', 'Remise en peinture de classes, halls et cages d’escalier.'], ['Pose de papier peint']],
  'deconstruction-curage-demolition': [['Curage et désamiantage préparatoire'], ['Déconstruction sélective avec tri des matériaux']],
  'reparation-de-velos-14': [['Atelier de réparation de vélos'], ['Vente de vélos reconditionnés'], ['Marquage antivol Bicycode']],
  'couture-reprisage-retouches': [['Retouches et couture'], ['Confection de sacs en tissus recyclés']],
  'restaurants-cantines': [['Restaurant d’insertion, menu du jour'], ['Cantine d’entreprise']],
  traiteur: [['Traiteur pour événements', 'Buffets, cocktails et plateaux-repas fait maison, produits locaux.'], ['Pauses café et petits-déjeuners']],
  'nettoyage-de-locaux-16': [
    ['Nettoyage de bureaux', 'Entretien quotidien ou hebdomadaire de bureaux, sanitaires et parties communes.'],
    ['Nettoyage de vitres'], ['Entretien des parties communes d’immeubles'], ['Remise en état après travaux'],
  ],
  menuiserie: [['Menuiserie bois sur mesure'], ['Pose de portes et fenêtres']],
  'travail-du-bois': [['Mobilier en bois de palettes'], ['Fabrication de jeux en bois', 'Jouets et jeux d’extérieur en bois local.']],
  blanchisserie: [['Blanchisserie industrielle', 'Linge plat et vêtements de travail, collecte et livraison.'], ['Entretien des tenues professionnelles']],
  'reconditionnement-informatique': [['Ordinateurs reconditionnés garantis'], ['Effacement certifié des données']],
  'vente-de-vehicules-velos-doccasions': [['Vélos d’occasion révisés']],
  'recyclage-dequipements-electriques-et-electroniques-deee': [['Collecte et dépollution des DEEE'], ['Électroménager reconditionné garanti']],
  'collecte-5-flux-papier-metal-verre-et-bois-et-fournitures-dentreprise': [['Collecte des déchets de bureau 5 flux']],
  'collecte-des-dechets-papiers-et-fournitures-dentreprises': [['Collecte et destruction confidentielle de papiers']],
  'restauration-collective': [['Restauration collective scolaire'], ['Portage de repas à domicile']],
  'logistique-conditionnement': [
    ['Conditionnement à façon', 'Mise en sachet, étiquetage, assemblage de kits et préparation de commandes.'],
    ['Logistique et préparation de commandes'], ['Mise sous film et co-packing'],
  ],
  'transport-de-marchandises': [['Livraison du dernier kilomètre'], ['Transport de marchandises en véhicule utilitaire']],
  'coursiers-livraison-de-plis-colis': [['Coursiers à vélo cargo'], ['Livraison de plis et colis en centre-ville']],
  'demenagement-45': [['Déménagement de bureaux'], ['Transfert d’archives']],
  'garage-mecanique-automobile-10': [['Garage solidaire', 'Entretien et réparation de véhicules à prix solidaires.']],
  'nettoyage-industriel': [['Nettoyage industriel'], ['Nettoyage de silos et de cuves']],
  'nettoyage-specifique-chantiers-parkings-6': [['Nettoyage de fin de chantier'], ['Bionettoyage en milieu hospitalier']],
  'nettoyage-urbain': [['Propreté urbaine et ramassage de dépôts sauvages']],
  'nettoyage-de-vehicules-12': [['Lavage de véhicules sans eau'], ['Nettoyage de flottes d’entreprise']],
  'numerisation-ged': [['Numérisation de documents', 'Numérisation, indexation et archivage électronique de dossiers.'], ['Dématérialisation de factures']],
  plomberie: [['Plomberie et sanitaire']],
  electricite: [['Électricité générale'], ['Mise en conformité électrique']],
  'aide-menagere': [['Ménage et repassage à domicile']],
  'entretien-des-jardins': [['Entretien de jardins de particuliers']],
  manutention: [['Manutention et chargement'], ['Mise à disposition de manutentionnaires']],
  'petits-travaux': [['Petits travaux de bricolage à domicile']],
  'surveillance-scolaire': [['Surveillance de cantine et de cour']],
  repassage: [['Repassage à domicile']],
  'accueil-hotline': [['Accueil physique et téléphonique'], ['Standard externalisé']],
  'travaux-de-chantiers-74': [['Manœuvres et aides-maçons'], ['Mise à disposition de personnel BTP']],
  'sous-traitance-industrielle-generale-53': [
    ['Sous-traitance industrielle', 'Assemblage, montage, contrôle qualité et reprise de pièces en série.'],
    ['Câblage et montage de sous-ensembles'], ['Ébavurage et contrôle de pièces'],
  ],
  'mailing-archivage-secretariat-52': [['Mise sous pli et routage', 'Mise sous pli, affranchissement et dépôt en poste de vos courriers.'], ['Saisie de données'], ['Archivage']],
  'paniers-plateaux-repas': [['Plateaux-repas pour réunions'], ['Paniers garnis de produits locaux']],
  'sous-traitance-industrielle-agro-alimentaire-51': [['Conditionnement de produits alimentaires']],
  'location-et-entretien-de-plantes': [['Location et entretien de plantes de bureau']],
  confiturerie: [['Confitures artisanales'], ['Coffrets cadeaux gourmands']],
  apiculture: [['Miel local et produits de la ruche'], ['Installation de ruches en entreprise']],
  'boulangerie-patisserie-confiseries-118': [['Pain et viennoiseries'], ['Biscuits et confiseries pour cadeaux d’affaires']],
  'artisanat-dart': [['Objets d’art en céramique'], ['Créations en cuir']],
  impressions: [['Impression de documents et reprographie'], ['Impression grand format']],
  signaletique: [['Signalétique et panneaux'], ['Gravure laser']],
  'assemblage-mecanique-mecano-soudure': [['Mécano-soudure'], ['Assemblage mécanique de sous-ensembles']],
  metallurgie: [['Découpe et pliage de tôles'], ['Usinage de pièces']],
  plasturgie: [['Injection plastique'], ['Thermoformage']],
  'gestion-du-parc-informatique-maintenance-installation-47': [['Déploiement et maintenance de postes informatiques']],
  'tests-de-logiciels': [['Tests logiciels et recette'], ['Audit d’accessibilité numérique RGAA']],
  'creation-de-sites-internets-webmastering-70': [['Création de sites internet'], ['Maintenance de sites WordPress']],
  'support-administration': [['Support informatique aux utilisateurs']],
  'conciergerie-dentreprise': [['Conciergerie d’entreprise', 'Pressing, retouches, cordonnerie et petits services pour les salariés.']],
  'gestion-de-projets-daffaires': [['Assistance administrative et gestion de dossiers']],
  'ressources-humaines': [['Recrutement et intérim de travailleurs handicapés']],
  'soins-et-accompagnement': [['Aides-soignants et auxiliaires de vie']],
  'transports-de-personnes': [['Transport de personnes à mobilité réduite']],
  agriculture: [['Travaux agricoles saisonniers']],
  'elevage-de-viandes-et-volailles': [['Volailles fermières']],
  'services-dartisanat': [['Réparation de petits objets et couture']],
  'livraison-de-fruits-et-legumes-34': [['Livraison de paniers de fruits et légumes']],
  traductions: [['Traduction et interprétariat']],
  'conseils-formation': [['Formation et accompagnement']],
  'production-audiovisuelle': [['Vidéos institutionnelles']],
  'textiles-30': [['Linge de maison en coton bio'], ['Sacs et tote bags personnalisés']],
  'confection-a-facon': [['Confection à façon de vêtements de travail']],
};

const SECTOR_LABELS = new Map(
  taxonomy().sectorGroups.flatMap((group) => group.sectors.map((sector) => [sector.slug, sector.label.fr] as const)),
);

/** 1 to 4 offers drawn from the supplier's sectors, the first sector first. */
export function offersFor(sectors: readonly SectorSlug[], random: Random): Offer[] {
  const rows = sectors.flatMap((sector): OfferRow[] => OFFERS[sector] ?? [[SECTOR_LABELS.get(sector)!]]);
  const wanted = Math.min(rows.length, random.weighted([[1, 4], [2, 3], [3, 2], [4, 1]] as const));
  const chosen = rows.length <= wanted ? rows : [rows[0]!, ...random.shuffle(rows.slice(1)).slice(0, wanted - 1)];
  return chosen.map(([name, description]) => (description ? { name, description } : { name }));
}
