/**
 * The embedded engine's full-text index: MiniSearch over a supplier's words,
 * analysed in French (french.ts) the same way at indexing and at query time.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { SectorSlug, Supplier } from '../../../../sdk/src/types.js';
import { analyseText, analyseWord, highlight, tokenize } from './french.js';
import type { TextIndex, TextMatch } from './text.types.js';

export interface TextIndexOptions {
  /** The French label of a sector, indexed so "blanchisserie" finds the suppliers of that sector. */
  sectorLabel?: (slug: SectorSlug) => string;
}

/** The text of a supplier, one string per indexed field. */
interface SupplierText {
  id: string;
  name: string;
  brand: string;
  offers: string;
  sectors: string;
  description: string;
  city: string;
}

const FIELDS = ['name', 'brand', 'offers', 'sectors', 'description', 'city'] as const;

// A buyer who types a supplier's name means that supplier; offers and sectors
// say what it sells; a description is long and loose, a city is mostly a filter.
const BOOST = { name: 3, brand: 3, offers: 2, sectors: 2, description: 1, city: 1 };

// Typos are tolerated on words long enough for one edit to stay meaningful
// (Math.round(0.2 x length): one edit from 4 letters, two from 8).
const fuzzy = (term: string) => (term.length >= 4 ? 0.2 : false);

// Slugs are readable French ("creation-et-entretien-des-espaces-verts"), some
// with a numeric suffix: a fair default when no taxonomy is given.
const slugWords = (slug: string) => slug.replace(/-\d+$/, '').replace(/-/g, ' ');

// A query that ends inside a word is still being typed: its last word is a prefix.
const endsInsideWord = (text: string) => /[\p{L}\p{N}\p{M}]$/u.test(text);

export function createTextIndex(options: TextIndexOptions = {}): TextIndex {
  const sectorLabel = options.sectorLabel ?? slugWords;
  const index = new MiniSearch<SupplierText>({
    fields: [...FIELDS],
    tokenize,
    processTerm: analyseWord,
    // Queries arrive analysed (see `run`): split on the spaces joining their terms.
    searchOptions: { tokenize: (query) => query.split(' '), processTerm: (term) => term },
  });

  function toText(supplier: Supplier): SupplierText {
    return {
      id: supplier.id,
      name: supplier.name,
      brand: supplier.brand ?? '',
      offers: supplier.offers.map((offer) => `${offer.name} ${offer.description ?? ''}`).join(' '),
      sectors: [...new Set(supplier.activities.map((activity) => activity.sector))]
        .map(sectorLabel)
        .join(' '),
      description: supplier.description ?? '',
      city: supplier.address.city,
    };
  }

  function run(text: string, searchOptions: SearchOptions): SearchResult[] {
    const terms = analyseText(text);
    if (terms.length === 0) return [];
    return index.search(terms.join(' '), searchOptions);
  }

  return {
    add(suppliers) {
      const texts = new Map<string, SupplierText>();
      for (const supplier of suppliers) texts.set(supplier.id, toText(supplier));
      for (const id of texts.keys()) if (index.has(id)) index.discard(id);
      index.addAll([...texts.values()]);
    },

    remove(ids) {
      for (const id of new Set(ids)) if (index.has(id)) index.discard(id);
    },

    search(text) {
      const partial = endsInsideWord(text);
      const prefix = (_term: string, i: number, terms: string[]) => partial && i === terms.length - 1;
      const exact: SearchOptions = { boost: BOOST, prefix };
      const tolerant: SearchOptions = { ...exact, fuzzy };
      // Every word required first: buyers type few words ("nettoyage bureaux",
      // "mise sous pli") and each one narrows what they want, so AND gives an
      // honest count instead of every supplier that mentions one common word.
      // Typos are tried only when the words as typed find nothing (as Typesense
      // does by default): fuzzy expansion of a well-spelt word only adds noise
      // ("vert" -> "vers") and costs the most on frequent words. When no supplier
      // has all the words, OR still ranks the suppliers matching the most.
      let results = run(text, { ...exact, combineWith: 'AND' });
      if (results.length === 0) results = run(text, { ...tolerant, combineWith: 'AND' });
      if (results.length === 0) results = run(text, { ...tolerant, combineWith: 'OR' });
      const matches = new Map<string, TextMatch>();
      for (const result of results) {
        matches.set(result.id as string, { score: result.score, terms: result.terms });
      }
      return matches;
    },

    suggest(text, limit) {
      const results = run(text, {
        fields: ['name', 'brand'],
        combineWith: 'AND',
        prefix: true,
        // Lighter than search: one edit from 5 letters, so "tremplni" still finds "Tremplin".
        fuzzy: (term) => (term.length >= 5 ? 0.1 : false),
      });
      return results.slice(0, limit).map((result) => result.id as string);
    },

    highlight,
  };
}
