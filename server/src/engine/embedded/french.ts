/**
 * French analysis shared by indexing, querying and highlighting: the same word
 * always gets the same indexed form, whether it comes from a legal name in
 * capitals, a trading name with accents or a buyer typing without them.
 */
import type { HighlightPart } from '../../../../sdk/src/types.js';
import { stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';
import { fold } from '../../domain/text-normalize.js';

/** A word of a text and where it stands, so highlights can cut the text around it. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters, digits and the combining marks of decomposed accents: anything else
// (spaces, hyphens, apostrophes, punctuation) separates words.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text, in order, with their offsets. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The words of a text, without offsets (MiniSearch's tokenizer). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
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
  for (const word of tokenize(text)) {
    const form = analyseWord(word);
    if (form !== undefined) forms.push(form);
  }
  return forms;
}

/**
 * Cuts a field's text into runs covering it exactly, marking each word whose
 * indexed form is one of `terms` (the document terms a search matched on).
 */
export function highlight(text: string, terms: readonly string[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (run: string, match: boolean) => {
    if (run === '') return;
    const last = parts.at(-1);
    if (last && !last.match && !match) last.text += run;
    else parts.push({ text: run, match });
  };
  let offset = 0;
  // exec() over a regex of our own, not matchAll's iterator: a hit's description
  // has dozens of words, and the iterator's garbage was most of a query's.
  const pattern = new RegExp(WORD);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0];
    const form = analyseWord(word);
    if (form === undefined || !terms.includes(form)) continue;
    push(text.slice(offset, match.index), false);
    push(word, true);
    offset = match.index + word.length;
  }
  push(text.slice(offset), false);
  return parts;
}
