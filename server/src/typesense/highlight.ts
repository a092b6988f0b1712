/**
 * Engine highlights (runs of text, matched or not) as Typesense writes them: the
 * text with the configured tags around matched words, whole in `value`, cut to
 * about 30 words around the first match in `snippet`. The text is not escaped,
 * as Typesense does not: InstantSearch escapes highlight values itself (escapeHTML)
 * and the adapter passes unhighlighted fields through raw, so escaping here would
 * show "&amp;" for a matched "&" and protect nothing.
 */
import type { Highlight } from '../../../sdk/src/types.js';

export interface FieldHighlight {
  field: string;
  matched_tokens: string[];
  snippet: string;
  value?: string;
}

export interface HighlightOptions {
  fields: readonly string[];
  fullFields: readonly string[];
  startTag: string;
  endTag: string;
}

const SNIPPET_WORDS = 30;

type Piece = { text: string; match: boolean };

export function fieldHighlights(highlights: readonly Highlight[], options: HighlightOptions): FieldHighlight[] {
  return highlights
    .filter((highlight) => options.fields.includes(highlight.field))
    .map((highlight) => {
      const tagged = (pieces: Piece[]) =>
        pieces.map((piece) => (piece.match ? `${options.startTag}${piece.text}${options.endTag}` : piece.text)).join('');
      const result: FieldHighlight = {
        field: highlight.field,
        matched_tokens: highlight.parts.filter((part) => part.match).map((part) => part.text),
        snippet: tagged(snippetOf(highlight.parts)),
      };
      if (options.fullFields.includes(highlight.field)) result.value = tagged(highlight.parts);
      return result;
    });
}

/** The whole text when short, else the words around the first match. */
function snippetOf(parts: readonly Piece[]): Piece[] {
  const pieces = parts.flatMap((part) =>
    part.text.split(/(\s+)/).filter(Boolean).map((text) => ({ text, match: part.match && !/^\s+$/.test(text) })),
  );
  const words = pieces.flatMap((piece, index) => (/^\s+$/.test(piece.text) ? [] : [index]));
  if (words.length <= SNIPPET_WORDS) return [...parts];
  const firstMatch = Math.max(0, words.findIndex((index) => pieces[index]!.match));
  const start = Math.max(0, Math.min(firstMatch - SNIPPET_WORDS / 2, words.length - SNIPPET_WORDS));
  const end = start + SNIPPET_WORDS - 1;
  return pieces.slice(words[start], words[end]! + 1);
}
