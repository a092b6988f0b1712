import type { ClientReference, Contact, KindCode } from '../../../sdk/src/types.js';
import type { Commune } from '../domain/geography.types.js';
import { ofPlace, slugify } from './names.js';
import type { Random } from './random.js';

const PEOPLE: Record<KindCode, string> = {
  ACI: 'salariés en parcours d’insertion',
  EI: 'salariés en insertion',
  AI: 'personnes en recherche d’emploi',
  ETTI: 'intérimaires en parcours d’insertion',
  EITI: 'travailleurs indépendants accompagnés',
  GEIQ: 'salariés en contrat de professionnalisation',
  SEP: 'personnes détenues',
  ESAT: 'travailleurs en situation de handicap',
  EA: 'salariés en situation de handicap',
  EATT: 'intérimaires en situation de handicap',
};

/** A short presentation in the supplier's voice. */
export function description(kind: KindCode, city: string, offer: string, inclusive: number, random: Random): string {
  const since = random.int(1985, 2022);
  const what = offer.charAt(0).toLowerCase() + offer.slice(1);
  return random.pick([
    () => `Implantés à ${city} depuis ${since}, nous accompagnons ${inclusive} ${PEOPLE[kind]} vers un emploi durable. Notre activité principale : ${what}.`,
    () => `${offer} : un service de qualité, réactif et solidaire. Chaque commande fait travailler des ${PEOPLE[kind]}.`,
    () => `Structure créée en ${since}. ${offer}, devis gratuit sous 48 h. Interventions auprès des collectivités, bailleurs et entreprises.`,
    () => `Nos équipes (${inclusive} ${PEOPLE[kind]}, encadrées par des professionnels) assurent ${what} dans le respect de vos exigences de qualité et de délais.`,
  ])();
}

const COMPANIES = [
  'SNCF', 'La Poste', 'Orange', 'EDF', 'Enedis', 'Decathlon', 'Leroy Merlin', 'Crédit Agricole', 'Caisse d’Épargne',
  'Veolia', 'Suez', 'Bouygues Construction', 'Vinci Autoroutes', 'Schneider Electric', 'Michelin', 'Airbus', 'Keolis',
];

/** Buyers in the supplier's territory (its town, a larger town of its department) and large companies. */
export function clientReferences(commune: Commune, nearby: Commune, random: Random): ClientReference[] {
  const candidates = [
    `Mairie ${ofPlace(commune.name)}`,
    `Centre hospitalier ${ofPlace(nearby.name)}`,
    `Conseil départemental ${commune.department}`,
    `Office public de l’habitat ${ofPlace(nearby.name)}`,
    `Communauté de communes ${ofPlace(nearby.name)}`,
    `Collège ${random.pick(['Jean Moulin', 'Victor Hugo', 'Jules Ferry', 'Simone Veil'])} ${ofPlace(commune.name)}`,
    random.pick(COMPANIES),
    random.pick(COMPANIES),
  ];
  const n = random.int(1, 4);
  return [...new Set(random.shuffle(candidates))].slice(0, n).map((name) => ({ name }));
}

export function website(name: string, association: boolean, random: Random): string {
  const host = slugify(name, 30);
  return random.pick([
    `https://www.${host}.${association ? 'org' : 'fr'}`,
    `https://${host}.fr`,
    `https://www.${host}.com`,
  ]);
}

/** Landline prefixes by region: 01 Île-de-France, 02 north-west, 03 north-east, 04 south-east, 05 south-west. */
const PHONE_PREFIX: Record<string, string> = {
  '11': '01', '24': '02', '28': '02', '52': '02', '53': '02', '27': '03', '32': '03', '44': '03',
  '84': '04', '93': '04', '94': '04', '75': '05', '76': '05',
  '01': '0590', '02': '0596', '03': '0594', '04': '0262', '06': '0269',
};

export function contact(name: string, region: string, website: string | undefined, random: Random): Contact {
  const result: Contact = {};
  if (random.chance(0.7)) {
    const domain = website ? new URL(website).hostname.replace(/^www\./, '') : random.pick(['orange.fr', 'gmail.com', 'wanadoo.fr']);
    result.email = website ? `${random.pick(['contact', 'accueil', 'commercial'])}@${domain}` : `${slugify(name, 20).replace(/-/g, '.')}@${domain}`;
  }
  if (random.chance(0.75)) {
    const prefix = PHONE_PREFIX[region] ?? '09';
    let digits = prefix;
    while (digits.length < 10) digits += String(random.int(0, 9));
    result.phone = digits.replace(/(\d{2})(?=\d)/g, '$1 ');
  }
  return result;
}
