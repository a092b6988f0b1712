/**
 * Typesense highlights -> our HighlightPart runs. Typesense is asked to wrap
 * matches in two private-use characters no supplier text holds, so that the
 * tagged value splits back into plain runs: no HTML ever crosses over.
 */
import type { Highlight } from '../../../../sdk/src/types.js';
import { HIGHLIGHT_FIELDS } from './document.js';

export const START_TAG = '\uE000';
export const END_TAG = '\uE001';

type Part = Highlight['parts'][number];

/** The runs of a tagged value; adjacent runs of the same kind merge. */
export function partsOf(tagged: string): Part[] {
  const parts: Part[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let at = 0;
  while (at < tagged.length) {
    const start = tagged.indexOf(START_TAG, at);
    if (start < 0) break;
    const end = tagged.indexOf(END_TAG, start + 1);
    if (end < 0) break;
    push(tagged.slice(at, start), false);
    push(tagged.slice(start + 1, end), true);
    at = end + 1;
  }
  push(tagged.slice(at).replaceAll(START_TAG, '').replaceAll(END_TAG, ''), false);
  return parts;
}

type TypesenseHighlight = { field?: string; value?: string; snippet?: string };

/** The hit's highlights with a match, in the embedded engine's field order. */
export function highlightsOf(hit: { highlight?: Record<string, TypesenseHighlight>; highlights?: TypesenseHighlight[] }): Highlight[] {
  const byField = new Map<string, TypesenseHighlight>(Object.entries(hit.highlight ?? {}));
  for (const highlight of hit.highlights ?? []) if (highlight.field && !byField.has(highlight.field)) byField.set(highlight.field, highlight);
  const highlights: Highlight[] = [];
  for (const field of HIGHLIGHT_FIELDS) {
    const tagged = byField.get(field)?.value;
    if (typeof tagged !== 'string') continue;
    const parts = partsOf(tagged);
    if (parts.some((part) => part.match)) highlights.push({ field, parts });
  }
  return highlights;
}
