/** The strings of <inclusif-potential>, French first; numbers and plurals from i18n.ts's formatters. */
import type { Localized as Label, PlaceType, PotentialResponse } from '../../sdk/src/types.js';
import { formatters, type Formatters, type Lang } from './i18n.js';

export interface PotentialStrings {
  loading: string;
  error: string;
  /** The one sentence: how many can serve the place in the sectors, how many are eligible to reserved lots. */
  sentence: (potential: PotentialResponse) => string;
  /** The line under the bar: by family, and the share with a public contact. */
  details: (potential: PotentialResponse) => string;
  postNeed: string;
}

/** "Nettoyage de locaux" reads "nettoyage de locaux" inside a sentence; several are joined with "ou". */
function activityWords(potential: PotentialResponse, lang: Lang, or: string): string {
  const labels = [...potential.sectors, ...potential.sectorGroups].map(({ label }: { label: Label }) => label[lang]);
  const words = labels.map((label) => label.charAt(0).toLocaleLowerCase(lang) + label.slice(1));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${or} ${words.at(-1)}` : (words[0] ?? '');
}

const FRENCH_WHERE: Record<PlaceType, (name: string) => string> = {
  commune: (name) => `à ${name}`,
  department: (name) => `dans le département ${name}`,
  region: (name) => `dans la région ${name}`,
};

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

function french(f: Formatters): PotentialStrings {
  return {
    loading: 'Calcul du potentiel inclusif…',
    error: 'Le potentiel inclusif n’a pas pu être calculé.',
    sentence: (p) => {
      const where = FRENCH_WHERE[p.place.type](p.place.name);
      const what = activityWords(p, 'fr', 'ou');
      if (p.found === 0) return `Aucune structure inclusive ne peut intervenir ${where} en ${what}.`;
      const who = f.plural(p.found, 'structure inclusive peut', 'structures inclusives peuvent');
      const eligible = f.plural(p.reservedLots, 'éligible', 'éligibles');
      return `${f.number(p.found)} ${who} intervenir ${where} en ${what}, dont ${f.number(p.reservedLots)} ${eligible} aux marchés réservés.`;
    },
    details: (p) =>
      `${f.number(p.byFamily.insertion)} en insertion, ${f.number(p.byFamily.handicap)} en handicap ; ` +
      `${percent(p.withContact, p.found)}\u202f% avec un contact public.`,
    postNeed: 'Publier un besoin auprès de ces structures',
  };
}

function english(f: Formatters): PotentialStrings {
  return {
    loading: 'Counting the inclusive potential…',
    error: 'The inclusive potential could not be counted.',
    sentence: (p) => {
      const what = activityWords(p, 'en', 'or');
      if (p.found === 0) return `No inclusive supplier can work in ${p.place.name} in ${what}.`;
      const who = f.plural(p.found, 'inclusive supplier', 'inclusive suppliers');
      return `${f.number(p.found)} ${who} can work in ${p.place.name} in ${what}, ${f.number(p.reservedLots)} of them eligible to reserved contracts.`;
    },
    details: (p) =>
      `${f.number(p.byFamily.insertion)} in work integration, ${f.number(p.byFamily.handicap)} in disability employment; ` +
      `${percent(p.withContact, p.found)}% with a public contact.`,
    postNeed: 'Post a need to these suppliers',
  };
}

/** Any language other than English gets French, the default. */
export function potentialStrings(lang: string | null | undefined): PotentialStrings {
  return lang === 'en' ? english(formatters('en')) : french(formatters('fr'));
}
