/**
 * Queries as buyers type them: "traiteur lyon", "esat paris", "espaces verts 35".
 * The words naming a place, a sector (or sector group) or a kind, when they name
 * one unambiguously, become filters (serves the place, the sector, the kind) and
 * leave the text; the response says what was understood, and `literal=` keeps a
 * part as words. Pure: the vocabulary is built once from the geography.
 *
 * Only read as filters when the query names a place, or is all such words with a
 * kind ("esat", "esat traiteur"): "Mosaïque Propreté" is a name and "nettoyage" a
 * word the text search finds in sector labels already, both searched as typed;
 * "mosaïque propreté le havre" is a name and a place, and the sector word narrows it
 * (the route searches the words as typed again when that finds nothing).
 */
import type { InterpretedPart, InterpretedType, Interpretation, KindCode, SearchRequest } from '../../../sdk/src/types.js';
import { isSectorGroup, matchKind } from '../domain/taxonomy.js';
import { placeKey, sectorKey, type Vocabulary } from './vocabulary.js';

/** The longest name read as one: "Provence-Alpes-Côte d'Azur" is 5 words. */
const MAX_PHRASE_WORDS = 5;
/** Words that only join the parts ("traiteur à Lyon", "nettoyage sur Rennes"): no text of their own. */
const JOINING_WORDS = new Set(['a', 'au', 'aux', 'de', 'des', 'du', 'd', 'en', 'sur', 'pour', 'dans', 'le', 'la', 'les', 'l', 'et', 'pres', 'vers', 'autour', 'in', 'near', 'the']);

interface Token {
  text: string;
  start: number;
  end: number;
}

type Meaning = Omit<InterpretedPart, 'words'>;

/** Words as typed, with where they are; "d'insertion" is one word, "Saint-Malo" two. */
function tokensOf(q: string): Token[] {
  return [...q.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** What a phrase names: a meaning, null when it names several things, undefined when nothing. */
function meaningOf(phrase: string, vocabulary: Vocabulary): Meaning | null | undefined {
  const kind: KindCode | undefined = matchKind(phrase);
  // "ai" is a word of French ("j'ai"): the AI kind only when typed as its code.
  if (kind && !(kind === 'AI' && phrase !== 'AI')) return { type: 'kind', value: kind, label: kind };
  const place = vocabulary.places.get(placeKey(phrase));
  if (place) return { type: 'place', value: place.id, label: place.label };
  const sector = vocabulary.sectors.get(sectorKey(phrase));
  if (sector) return { type: 'sector', value: 'sector' in sector ? sector.sector : sector.group, label: sector.label };
  return place === null || sector === null ? null : undefined;
}

/**
 * How a query reads, or undefined when nothing in it is recognised (or it may not be
 * read: `skip` holds the types the request sets itself, or asks to keep literal).
 */
export function interpret(q: string, vocabulary: Vocabulary, skip: ReadonlySet<InterpretedType> = new Set()): Interpretation | undefined {
  const tokens = tokensOf(q);
  const found: (Meaning & { from: number; to: number })[] = [];
  for (let i = 0; i < tokens.length; ) {
    let length = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n >= 1 && !length; n--) {
      const meaning = meaningOf(tokens.slice(i, i + n).map((t) => t.text).join(' '), vocabulary);
      if (meaning === undefined) continue;
      // An ambiguous name ("Saint-Denis") stays words, and none of its words is read alone.
      if (meaning) found.push({ ...meaning, from: i, to: i + n });
      length = n;
    }
    i += length || 1;
  }
  // Two places (or sectors, or kinds) in one query are not a filter: their words stay text.
  const kept = found.filter(
    (part) => !skip.has(part.type) && found.every((other) => other.type !== part.type || other.value === part.value),
  );
  const parts = kept.filter((part, i) => kept.findIndex((other) => other.type === part.type) === i);
  if (parts.length === 0) return undefined;
  const used = new Set(parts.flatMap((part) => Array.from({ length: part.to - part.from }, (_, k) => part.from + k)));
  const text = tokens
    .filter((token, i) => !used.has(i) && !JOINING_WORDS.has(sectorKey(token.text)))
    .map((token) => token.text)
    .join(' ');
  const has = (type: InterpretedType) => parts.some((part) => part.type === type);
  if (!has('place') && (text || !has('kind'))) return undefined;
  return {
    text,
    parts: parts.map(({ from, to, ...part }) => ({ ...part, words: q.slice(tokens[from]!.start, tokens[to - 1]!.end) })),
  };
}

/** The types a request sets itself or keeps literal: its text is not read for them. */
export function typesNotRead(request: SearchRequest): Set<InterpretedType> {
  const skip = new Set<InterpretedType>(request.literal ?? []);
  if (request.serves?.length || request.location?.length || request.near) skip.add('place');
  if (request.sectors?.length || request.sectorGroups?.length) skip.add('sector');
  if (request.kinds?.length || request.families?.length) skip.add('kind');
  return skip;
}

/** The request with the parts understood applied as filters and taken out of its text. */
export function applyInterpretation(request: SearchRequest, interpretation: Interpretation): SearchRequest {
  const applied: SearchRequest = { ...request };
  if (interpretation.text) applied.q = interpretation.text;
  else delete applied.q;
  for (const { type, value } of interpretation.parts) {
    if (type === 'place') applied.serves = [value as `commune:${string}`];
    else if (type === 'kind') applied.kinds = [value as KindCode];
    else if (isSectorGroup(value)) applied.sectorGroups = [value];
    else applied.sectors = [value as NonNullable<SearchRequest['sectors']>[number]];
  }
  return applied;
}
