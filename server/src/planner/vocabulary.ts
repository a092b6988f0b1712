/**
 * The words a buyer types for a place, a sector or a kind, each with what it means:
 * the index the interpreter (interpret.ts) reads a query against. Built once per
 * geography from the names it holds; sectors from the taxonomy's labels plus the
 * few everyday words buyers use for a whole group ("nettoyage", "jardinage").
 */
import type { PlaceId, SectorGroupSlug, SectorSlug } from '../../../sdk/src/types.js';
import type { Department, Region } from '../domain/geography.js';
import type { Commune } from '../domain/geography.types.js';
import { normalizePlaceName } from '../domain/geo-search.js';
import { taxonomy } from '../domain/taxonomy.js';

/** What the vocabulary asks of the geography (domain/geography.ts's Geography has it). */
export interface PlaceNames {
  communes(): readonly Commune[];
  departments(): readonly Department[];
  regions(): readonly Region[];
}

export interface PlaceMeaning {
  id: PlaceId;
  label: string;
}

export type SectorMeaning = { label: string } & ({ sector: SectorSlug } | { group: SectorGroupSlug });

export interface Vocabulary {
  /** By place key (placeKey), department code or postcode: one meaning, or null when ambiguous. */
  places: ReadonlyMap<string, PlaceMeaning | null>;
  /** By sector key (sectorKey): one meaning, or null when several sectors share the words. */
  sectors: ReadonlyMap<string, SectorMeaning | null>;
}

/**
 * A commune name of one word is a place only from this population on: below it,
 * names like "Vert", "Mer" or "Bois" are far likelier to be words of the query.
 */
const ONE_WORD_COMMUNE_POPULATION = 5_000;
const MANY_WORDS_COMMUNE_POPULATION = 1_000;
/** Among homonym communes, the most populous is meant when it is this many times the next. */
const DOMINANT_HOMONYM = 3;
/** Department names that are everyday words of a purchase ("lot 2", "pas cher"): not read as places. */
const COMMON_WORDS = new Set(['lot', 'cher']);

/** Everyday words for a whole sector group, beside the labels. */
const GROUP_WORDS: Partial<Record<SectorGroupSlug, string[]>> = {
  'hygiene-et-proprete-64': ['nettoyage', 'proprete', 'menage', 'entretien des locaux'],
  'espaces-verts-exterieurs-2': ['espaces verts', 'espace vert', 'jardinage', 'paysagiste', 'paysagistes', 'elagage'],
  'batiments-et-travaux-publics-65': ['btp', 'batiment', 'travaux'],
  'prestations-informatiques': ['informatique'],
  'entretien-du-linge': ['linge'],
  'demenagements-livraisons-transports-79': ['transport', 'livraison', 'livraisons'],
  'collecte-traitement-des-dechets': ['dechets', 'collecte des dechets'],
};

/** "Saint-Étienne", "ST ETIENNE" and "st étienne" are one key. */
export function placeKey(text: string): string {
  return normalizePlaceName(text)
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

/** Accents, case, apostrophes and a plural "s" do not matter: "Espaces verts" is "espace vert". */
export function sectorKey(text: string): string {
  return normalizePlaceName(text)
    .split(' ')
    .map((word) => (word.length > 3 ? word.replace(/s$/, '') : word))
    .join(' ');
}

function add<T>(index: Map<string, T | null>, key: string, meaning: T, same: (a: T, b: T) => boolean): void {
  if (!key) return;
  const known = index.get(key);
  if (known === undefined) index.set(key, meaning);
  else if (known !== null && !same(known, meaning)) index.set(key, null);
}

function placeIndex(names: PlaceNames): Map<string, PlaceMeaning | null> {
  const index = new Map<string, PlaceMeaning | null>();
  const samePlace = (a: PlaceMeaning, b: PlaceMeaning) => a.id === b.id;
  // Departments and regions first: "Nord", "Vienne" or "Bretagne" name them before any commune.
  for (const d of names.departments()) {
    if (!COMMON_WORDS.has(placeKey(d.name))) add(index, placeKey(d.name), { id: `department:${d.code}`, label: d.name }, samePlace);
    add(index, d.code.toLowerCase(), { id: `department:${d.code}`, label: `${d.name} (${d.code})` }, samePlace);
  }
  const areaKeys = new Set(index.keys());
  for (const r of names.regions()) {
    const key = placeKey(r.name);
    // A region named like its one department (La Réunion...) is that department.
    if (!areaKeys.has(key)) add(index, key, { id: `region:${r.code}`, label: r.name }, samePlace);
    areaKeys.add(key);
  }
  const byName = new Map<string, Commune[]>();
  for (const c of names.communes()) {
    const key = placeKey(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  for (const c of names.communes()) {
    for (const postcode of c.postcodes) add(index, postcode, { id: `commune:${c.code}`, label: `${c.name} (${postcode})` }, samePlace);
  }
  for (const [key, communes] of byName) {
    const sorted = [...communes].sort((a, b) => b.population - a.population);
    const first = sorted[0]!;
    const enough = key.includes(' ') ? MANY_WORDS_COMMUNE_POPULATION : ONE_WORD_COMMUNE_POPULATION;
    if (first.population < enough) continue;
    const second = sorted[1];
    const meaning = { id: `commune:${first.code}` as PlaceId, label: first.name };
    // A big city named like its department (Paris) is the city; otherwise the department wins.
    if (areaKeys.has(key) && first.population < 100_000) continue;
    if (second && first.population < DOMINANT_HOMONYM * second.population) index.set(key, null);
    else index.set(key, meaning);
  }
  return index;
}

function sectorIndex(): Map<string, SectorMeaning | null> {
  const index = new Map<string, SectorMeaning | null>();
  const same = (a: SectorMeaning, b: SectorMeaning) =>
    'sector' in a ? 'sector' in b && a.sector === b.sector : 'group' in b && a.group === b.group;
  const groups = taxonomy().sectorGroups;
  for (const group of groups) {
    for (const sector of group.sectors) {
      // "Autre" labels name no sector a buyer would ask for.
      if (/^autre|^other/i.test(sector.label.fr)) continue;
      const meaning = { sector: sector.slug, label: sector.label.fr };
      for (const label of [sector.label.fr, sector.label.en]) add(index, sectorKey(label), meaning, same);
    }
  }
  for (const group of groups) {
    const meaning = { group: group.slug, label: group.label.fr };
    const words = [group.label.fr, group.label.en, ...(GROUP_WORDS[group.slug] ?? [])];
    // "Espaces verts & extérieurs": its first part, "espaces verts", names it too.
    for (const label of [group.label.fr, group.label.en]) words.push(label.split(/\s*(?:&|,|\bet\b|\band\b)\s*/)[0]!);
    for (const word of words) {
      const key = sectorKey(word);
      // A sector's own label stays that sector ("Restauration" would be its group's first part).
      if (!index.has(key)) index.set(key, meaning);
    }
  }
  return index;
}

const built = new WeakMap<PlaceNames, Vocabulary>();

/** The vocabulary of a geography, built on first use (~35,000 communes). */
export function vocabularyOf(names: PlaceNames): Vocabulary {
  let vocabulary = built.get(names);
  if (!vocabulary) {
    vocabulary = { places: placeIndex(names), sectors: sectorIndex() };
    built.set(names, vocabulary);
  }
  return vocabulary;
}
