/**
 * French analysis shared by indexing, querying and highlighting: the same word
 * always gets the same indexed form, whether it comes from a legal name in
 * capitals, a trading name with accents or a buyer typing without them.
 */
import type { HighlightPart } from '../../../../sdk/src/types.js';
import { stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';
import { fold } from '../../domain/text-normalize.js';

// Letters, digits and the combining marks of decomposed accents: anything else
// (spaces, hyphens, apostrophes, punctuation) separates words.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

// Per UTF-16 unit below the surrogates, whether it is a word character: 0 not yet
// known, 1 yes, 2 no. Read per character of a hit's fields, where a regex match
// object per word was most of a query's garbage.
const unitIsWord = new Uint8Array(0xd800);

/** The length in units of the character at `i` (1, or 2 for a surrogate pair) if it belongs to a word, else 0. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800) {
    let known = unitIsWord[code]!;
    if (known === 0) unitIsWord[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1 ? 1 : 0;
  }
  const point = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/** Calls `visit` with the start and end of each word of the text, in order. */
export function eachWord(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let size = wordCharAt(text, i);
    if (size === 0) {
      i++;
      continue;
    }
    const start = i;
    while (size > 0) {
      i += size;
      size = i < text.length ? wordCharAt(text, i) : 0;
    }
    visit(start, i);
  }
}

// Folded like the words they are compared with. Orama's list minus the words
// a buyer searching suppliers means: "sans" ("sans gluten", "sans plastique").
const KEPT = new Set(['sans']);
const STOP_WORDS = new Set(stopwords.map(fold).filter((word) => word !== '' && !KEPT.has(word)));

const HAS_DIGIT = /\p{N}/u;

/**
 * Smooths what Snowball leaves apart in a supplier's vocabulary, on both sides
 * alike: "y" and "i" alternate within a verb (nettoyer -> "nettoi", nettoyage ->
 * "nettoyag"); the -age nouns of trades (nettoyage, recyclage, repassage) meet
 * their verbs; Snowball keeps the plural "s" of short words ("plis") and the
 * second "e" of a folded past participle ("récupérée" -> "recupere").
 */
function smooth(stem: string): string {
  const form = stem.replace(/y/g, 'i');
  if (form.length >= 6 && form.endsWith('ag')) return form.slice(0, -2);
  if (form.length >= 4 && /[^su]s$/.test(form)) return form.slice(0, -1);
  if (form.length >= 5 && form.endsWith('e')) return form.slice(0, -1);
  return form;
}

function analyse(word: string): string | undefined {
  const folded = fold(word);
  if (HAS_DIGIT.test(folded)) return folded;
  if (folded.length < 2 || STOP_WORDS.has(folded)) return undefined;
  return smooth(stemmer(folded));
}

// Words repeat across thousands of suppliers: analysing each once keeps indexing
// fast. Cleared when full, so words typed by buyers cannot grow it without bound.
const CACHE_LIMIT = 100_000;
// A word without an indexed form is kept as '' (one lookup, not has() then get()).
const cache = new Map<string, string>();

/** The indexed form of one word, or undefined for a stop word or a lone letter. */
export function analyseWord(word: string): string | undefined {
  let form = cache.get(word);
  if (form === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    form = analyse(word) ?? '';
    cache.set(word, form);
  }
  return form === '' ? undefined : form;
}

/** The indexed forms of a text's words, in order, stop words and lone letters left out. */
export function analyseText(text: string): string[] {
  const forms: string[] = [];
  eachWord(text, (start, end) => {
    const form = analyseWord(text.slice(start, end));
    if (form !== undefined) forms.push(form);
  });
  return forms;
}

// Per UTF-16 unit below the surrogates, the first unit of its folded form (0 not yet
// known, NO_INITIAL when folding leaves nothing, as for a combining mark).
const NO_INITIAL = 0xffff;
const foldedInitials = new Uint16Array(0xd800);
const Y = 'y'.charCodeAt(0);
const I = 'i'.charCodeAt(0);

/** The first unit of the folded word starting at `start`, or -1 when it takes more than its first unit to tell. */
export function initialAt(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code >= 0xd800) return -1;
  let initial = foldedInitials[code]!;
  if (initial === 0) foldedInitials[code] = initial = fold(String.fromCharCode(code)).charCodeAt(0) || NO_INITIAL;
  return initial === NO_INITIAL ? -1 : initial;
}

/**
 * Whether a word with this folded initial can have an indexed form beginning with one
 * of `initials`: stemming only cuts endings, and smoothing turns "y" into "i". Most
 * words of a hit's fields fail this, and are then neither cut out nor analysed.
 */
function mayBeginAny(initial: number, initials: readonly number[]): boolean {
  return initial === -1 || initials.includes(initial) || (initial === Y && initials.includes(I));
}

/**
 * Cuts a field's text into runs covering it exactly, marking each word whose
 * indexed form is one of `terms` (the document terms a search matched on).
 */
export function highlight(text: string, terms: readonly string[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const initials = terms.map((term) => term.charCodeAt(0));
  let plain = 0;
  eachWord(text, (start, end) => {
    if (!mayBeginAny(initialAt(text, start), initials)) return;
    const form = analyseWord(text.slice(start, end));
    if (form === undefined || !terms.includes(form)) return;
    if (start > plain) parts.push({ text: text.slice(plain, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    plain = end;
  });
  if (plain < text.length) parts.push({ text: text.slice(plain), match: false });
  return parts;
}
