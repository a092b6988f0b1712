import type { Suggestion, Taxonomy } from '../../../../sdk/src/types.js';
import { fold } from '../../domain/text-normalize.js';

type SectorSuggestion = Extract<Suggestion, { type: 'sector' }>;

function wordsOf(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Sectors whose French or English label has, for every word typed, a word starting
 * with it, whatever the accents: "nett loc" finds "Nettoyage de locaux". Labels are
 * French, the suggestion list being shown to French-speaking buyers first.
 */
export function matchingSectors(taxonomy: Taxonomy, q: string, limit: number): SectorSuggestion[] {
  const typed = wordsOf(q);
  if (typed.length === 0) return [];
  const found: SectorSuggestion[] = [];
  for (const group of taxonomy.sectorGroups) {
    for (const sector of group.sectors) {
      const matches = [sector.label.fr, sector.label.en].some((label) => {
        const words = wordsOf(label);
        return typed.every((prefix) => words.some((word) => word.startsWith(prefix)));
      });
      if (matches) found.push({ type: 'sector', value: sector.slug, label: sector.label.fr, group: group.slug });
      if (found.length === limit) return found;
    }
  }
  return found;
}
