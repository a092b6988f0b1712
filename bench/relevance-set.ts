/**
 * Writes bench/relevance-set.json, the labelled queries of bench/relevance.ts: run
 * once (`npx tsx bench/relevance-set.ts`) and kept, so that a change of ranking is
 * measured against the same questions. Seeded: rerunning on the same data gives
 * the same file. Each query names its class and what a right answer is: the ids
 * of the suppliers it means (all of them when several share a name), or, for
 * "what + where", the structured search it stands for (every supplier that search
 * finds is right).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KindCode, PlaceId, SectorGroupSlug, SectorSlug, Supplier } from '../sdk/src/types.js';
import { Random } from '../server/src/demo-data/random.js';
import { getGeography } from '../server/src/domain/geography.js';
import { sectorGroupOf } from '../server/src/domain/taxonomy.js';
import { fold } from '../server/src/domain/text-normalize.js';
import { relevanceCorpus } from './relevance-data.js';

export type RelevanceClass = 'exact name' | 'name without accents' | 'typo' | 'name + city' | 'what + where' | 'SIRET' | 'SIREN';

export interface LabelledQuery {
  class: RelevanceClass;
  q: string;
  /** Right answers by id; or the structured search whose results are right. */
  ids?: string[];
  means?: { sectors?: SectorSlug[]; sectorGroups?: SectorGroupSlug[]; kinds?: KindCode[]; serves: PlaceId[] };
}

const OUT = fileURLToPath(new URL('./relevance-set.json', import.meta.url));
const random = new Random(17);
const key = (text: string) => fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
const shownName = (s: Supplier) => s.brand ?? s.name;

/** Every supplier answering to the same name (demo names repeat: any of them is right). */
function sameName(all: readonly Supplier[], name: string): string[] {
  const wanted = key(name);
  return all.filter((s) => key(s.name) === wanted || (s.brand !== undefined && key(s.brand) === wanted)).map((s) => s.id);
}

function pickSome<T>(items: readonly T[], n: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < n && pool.length) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return picked;
}

/** One slip of the keyboard in a word: a letter dropped, doubled, or two swapped (never the first). */
function typo(word: string): string {
  const at = random.int(1, word.length - 2);
  const slip = random.int(0, 2);
  if (slip === 0) return word.slice(0, at) + word.slice(at + 1);
  if (slip === 1) return word.slice(0, at) + word[at] + word.slice(at);
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** The buyer's words for a sector: the label's first words, as the vocabulary reads them. */
const WHAT: [string, (s: Supplier) => boolean, (s: Supplier) => Omit<NonNullable<LabelledQuery['means']>, 'serves'>][] = [
  ['traiteur', (s) => s.activities.some((a) => a.sector === 'traiteur'), () => ({ sectors: ['traiteur'] })],
  ['blanchisserie', (s) => s.activities.some((a) => a.sector === 'blanchisserie'), () => ({ sectors: ['blanchisserie'] })],
  ['menuiserie', (s) => s.activities.some((a) => a.sector === 'menuiserie'), () => ({ sectors: ['menuiserie'] })],
  ['nettoyage', (s) => s.activities.some((a) => sectorGroupOf(a.sector) === 'hygiene-et-proprete-64'), () => ({ sectorGroups: ['hygiene-et-proprete-64'] })],
  ['espaces verts', (s) => s.activities.some((a) => sectorGroupOf(a.sector) === 'espaces-verts-exterieurs-2'), () => ({ sectorGroups: ['espaces-verts-exterieurs-2'] })],
  ['esat', (s) => s.kind === 'ESAT', () => ({ kinds: ['ESAT'] })],
  ['entreprise adaptée', (s) => s.kind === 'EA', () => ({ kinds: ['EA'] })],
];

async function build(): Promise<LabelledQuery[]> {
  const { demo, sample } = await relevanceCorpus();
  const all = [...demo, ...sample];
  const geography = getGeography();
  const set: LabelledQuery[] = [];
  const bySource = (demoCount: number, sampleCount: number, keep: (s: Supplier) => boolean) => [
    ...pickSome(demo.filter(keep), demoCount),
    ...pickSome(sample.filter(keep), sampleCount),
  ];

  for (const s of bySource(40, 10, () => true)) set.push({ class: 'exact name', q: shownName(s), ids: sameName(all, shownName(s)) });
  for (const s of bySource(40, 10, (s) => /[^\x00-\x7f]/.test(shownName(s)))) {
    set.push({ class: 'name without accents', q: fold(shownName(s)), ids: sameName(all, shownName(s)) });
  }
  for (const s of bySource(50, 10, (s) => shownName(s).split(' ').some((w) => /^\p{L}{5,}$/u.test(w)))) {
    const words = shownName(s).split(' ');
    const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{5,}$/u.test(w));
    // Short words (5-6 letters) first: the hardest for typo tolerance.
    const short = candidates.filter(([w]) => w.length <= 6);
    const [word, i] = random.pick(short.length ? short : candidates);
    words[i] = typo(word);
    set.push({ class: 'typo', q: words.join(' ').toLowerCase(), ids: sameName(all, shownName(s)) });
  }
  for (const s of bySource(40, 10, (s) => geography.commune(s.address.communeCode) !== undefined)) {
    const city = geography.commune(s.address.communeCode)!.name;
    const wanted = key(shownName(s));
    const ids = all
      .filter((o) => o.address.communeCode === s.address.communeCode && (key(o.name) === wanted || (o.brand !== undefined && key(o.brand) === wanted)))
      .map((o) => o.id);
    set.push({ class: 'name + city', q: `${shownName(s)} ${city}`, ids });
  }
  for (const s of pickSome(demo.filter((s) => (geography.commune(s.address.communeCode)?.population ?? 0) >= 20_000), 60)) {
    const matching = WHAT.filter(([, has]) => has(s));
    if (!matching.length) continue;
    const [words, , means] = random.pick(matching);
    const commune = geography.commune(s.address.communeCode)!;
    const byDepartment = random.chance(0.4);
    const where = byDepartment ? s.address.department : commune.name;
    const serves: PlaceId = byDepartment ? `department:${s.address.department}` : `commune:${commune.code}`;
    set.push({ class: 'what + where', q: `${words} ${where}`.toLowerCase(), means: { ...means(s), serves: [serves] } });
  }
  for (const s of bySource(30, 10, () => true)) set.push({ class: 'SIRET', q: s.siret, ids: [s.id] });
  for (const s of bySource(30, 10, () => true)) {
    const siren = s.siret.slice(0, 9);
    const establishments = all.filter((o) => o.siret.startsWith(siren));
    const head = establishments.filter((o) => o.headOffice === true);
    set.push({ class: 'SIREN', q: `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`, ids: (head.length ? head : establishments).map((o) => o.id) });
  }
  return set;
}

const set = await build();
writeFileSync(OUT, `[\n${set.map((query) => JSON.stringify(query)).join(',\n')}\n]\n`);
console.log(`${OUT}: ${set.length} queries`);
