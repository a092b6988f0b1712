/**
 * The embedded engine's full-text index: our own inverted index (postings.ts,
 * text-query.ts) over a supplier's words, analysed in French (french.ts) the same
 * way at indexing and at query time, scored like MiniSearch (BM25+, field boosts).
 */
import type { Highlight, SectorSlug, Supplier } from '../../../../sdk/src/types.js';
import { analyseText, highlight } from './french.js';
import { createInvertedIndex } from './postings.js';
import { distinct } from './record.js';
import { createQueryRunner, NO_MATCHES, type QueryOptions } from './text-query.js';
import type { TextIndex, TextMatches } from './text.types.js';

export interface TextIndexOptions {
  /** The French label of a sector, indexed so "blanchisserie" finds the suppliers of that sector. */
  sectorLabel?: (slug: SectorSlug) => string;
}

// A buyer who types a supplier's name means that supplier; offers and sectors
// say what it sells; a description is long and loose, a city is mostly a filter.
// Fields in this order: name, brand, offers, sectors, description, city.
const BOOSTS = [3, 3, 2, 2, 1, 1];
const [NAME, BRAND, OFFERS, DESCRIPTION, CITY] = [0, 1, 2, 4, 5] as const;

/** The fields a hit's highlights show, in order, each with its field in the index. */
const HIGHLIGHTED: readonly [Highlight['field'], number, (supplier: Supplier) => string | undefined][] = [
  ['name', NAME, (supplier) => supplier.name],
  ['brand', BRAND, (supplier) => supplier.brand],
  ['description', DESCRIPTION, (supplier) => supplier.description],
  ['offers', OFFERS, ({ offers }) => (offers.length > 0 ? offers.map((offer) => offer.name).join(', ') : undefined)],
  ['city', CITY, (supplier) => supplier.address.city],
];
// Suggestions complete a name or a trading name, nothing else.
const NAMES_ONLY = [1, 1, 0, 0, 0, 0];

// Typos are tolerated on words long enough for one edit to stay meaningful
// (Math.round(0.2 x length): one edit from 4 letters, two from 8).
const typos = (term: string) => (term.length >= 4 ? Math.round(term.length * 0.2) : 0);
// Lighter for suggestions: one edit from 5 letters, so "tremplni" still finds "Tremplin".
const lightTypos = (term: string) => (term.length >= 5 ? Math.round(term.length * 0.1) : 0);

// Slugs are readable French ("creation-et-entretien-des-espaces-verts"), some
// with a numeric suffix: a fair default when no taxonomy is given.
const slugWords = (slug: string) => slug.replace(/-\d+$/, '').replace(/-/g, ' ');

// A query that ends inside a word is still being typed: its last word is a prefix.
const endsInsideWord = (text: string) => /[\p{L}\p{N}\p{M}]$/u.test(text);

export function createTextIndex(options: TextIndexOptions = {}): TextIndex {
  const sectorLabel = options.sectorLabel ?? slugWords;
  const index = createInvertedIndex(BOOSTS.length);
  const runQuery = createQueryRunner(index);

  function fieldTerms(supplier: Supplier): string[][] {
    return [
      supplier.name,
      supplier.brand ?? '',
      supplier.offers.map((offer) => `${offer.name} ${offer.description ?? ''}`).join(' '),
      distinct(supplier.activities.map((activity) => activity.sector)).map(sectorLabel).join(' '),
      supplier.description ?? '',
      supplier.address.city,
    ].map(analyseText);
  }

  function run(text: string, query: QueryOptions): TextMatches {
    const terms = analyseText(text);
    return terms.length === 0 ? NO_MATCHES : runQuery(terms, query);
  }

  return {
    add(suppliers) {
      const latest = new Map<string, Supplier>();
      for (const supplier of suppliers) latest.set(supplier.id, supplier);
      for (const [id, supplier] of latest) {
        index.remove(id);
        index.add(id, fieldTerms(supplier));
      }
    },

    remove(ids) {
      for (const id of ids) index.remove(id);
    },

    search(text) {
      const partial = endsInsideWord(text);
      const prefix = (i: number, count: number) => partial && i === count - 1;
      // A word no supplier has is a typo until shown otherwise: it gets its close
      // words at once, even when the last word's completions or other words find
      // something ("cabro" is "Cabiro", not only the "Cabrol" it begins). A word
      // being typed gets them from 5 letters, as it has its completions before.
      const unknownWords = (term: string, i: number, count: number) =>
        index.postings(term) || (prefix(i, count) && term.length < 5) ? 0 : typos(term);
      const exact = { fieldWeights: BOOSTS, prefix, edits: unknownWords, wholeFields: [NAME, BRAND] };
      // Every word required first: buyers type few words ("nettoyage bureaux",
      // "mise sous pli") and each one narrows what they want, so AND gives an
      // honest count instead of every supplier that mentions one common word.
      // Typos of known words are tried only when that finds nothing (as Typesense
      // does by default): typo expansion of a well-spelt word only adds noise
      // ("vert" -> "vers") and costs the most on frequent words. When no supplier
      // has all the words, OR still ranks the suppliers matching the most.
      let matches = run(text, { ...exact, every: true });
      if (matches.size === 0) matches = run(text, { ...exact, edits: typos, every: true });
      if (matches.size === 0) matches = run(text, { ...exact, edits: typos, every: false });
      return matches;
    },

    suggest(text, limit) {
      const { docs, scores } = run(text, { fieldWeights: NAMES_ONLY, prefix: () => true, edits: lightTypos, every: true });
      const order = Array.from(docs.keys()).sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!);
      return order.slice(0, limit).map((i) => index.idOf(docs[i]!)!);
    },

    docOf: (id) => index.docOf(id),
    idOf: (doc) => index.idOf(doc),

    highlight(supplier, matches, i) {
      const terms = matches.terms(i);
      const highlights: Highlight[] = [];
      for (const [field, at, textOf] of HIGHLIGHTED) {
        // A field is cut into words only if the match holds a term there: most
        // matches are on a sector's label or an offer, which leave the rest plain.
        const text = terms[at]!.length > 0 ? textOf(supplier) : undefined;
        if (!text) continue;
        const parts = highlight(text, terms[at]!);
        if (parts.some((part) => part.match)) highlights.push({ field, parts });
      }
      return highlights;
    },
  };
}
