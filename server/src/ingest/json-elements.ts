/**
 * Streams the elements of a JSON array, or of the `results` array of a DRF page
 * (`{count, next, previous, results: [...]}`), without holding the document: a
 * scanner tracks strings and nesting and cuts out one element's text at a time,
 * which JSON.parse then reads. An element over the cap is skipped and reported.
 */

export type JsonElement = { index: number; text: string } | { index: number; problem: string };

export class JsonStructureError extends Error {
  override name = 'JsonStructureError';
}

const OPEN = new Set(['{', '[']);

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}

export async function* jsonElements(texts: AsyncIterable<string>, maxElementChars: number): AsyncGenerator<JsonElement> {
  const depthStack: string[] = [];
  let inString = false;
  let escaped = false;
  /** Depth of the array whose elements we cut out, once it has opened. */
  let targetDepth = -1;
  let sawRoot = false;
  let key = '';
  let keyParts: string[] | undefined;
  let lastKey = '';
  let index = 0;
  let element: string[] | undefined;
  let elementLength = 0;
  let elementTooLong = false;
  let elementDepth = 0;

  const endElement = (): JsonElement => {
    const result: JsonElement = elementTooLong
      ? { index, problem: `élément de plus de ${maxElementChars} caractères / element too long` }
      : { index, text: element!.join('') };
    index++;
    element = undefined;
    elementLength = 0;
    elementTooLong = false;
    return result;
  };

  for await (const text of texts) {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (element && elementDepth === 0 && !inString && (ch === ',' || ch === ']' || isWhitespace(ch))) {
        // A scalar element ends where its token ends.
        element.push(text.slice(start, i));
        yield endElement();
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') {
          inString = false;
          if (keyParts) {
            key = keyParts.join('') + text.slice(start, i);
            keyParts = undefined;
          }
        }
        continue;
      }
      if (isWhitespace(ch)) continue;
      const depth = depthStack.length;
      if (!element && targetDepth !== -1 && depth === targetDepth && ch !== ',' && ch !== ']') {
        element = [];
        elementDepth = 0;
        start = i;
      }
      if (ch === '"') {
        inString = true;
        if (!element && depth === 1 && depthStack[0] === '{') {
          keyParts = [];
          start = i + 1;
        }
      } else if (ch === ':') {
        lastKey = key;
      } else if (OPEN.has(ch)) {
        if (depth === 0) {
          if (sawRoot) throw new JsonStructureError('plusieurs documents JSON / several JSON documents');
          sawRoot = true;
          if (ch === '[') targetDepth = 1;
        } else if (depth === 1 && ch === '[' && depthStack[0] === '{' && lastKey === 'results' && !element) {
          targetDepth = 2;
        }
        depthStack.push(ch);
        if (element) elementDepth++;
      } else if (ch === '}' || ch === ']') {
        const open = depthStack.pop();
        if (open === undefined || (open === '{') !== (ch === '}')) {
          throw new JsonStructureError(`« ${ch} » inattendu / unexpected "${ch}"`);
        }
        if (element) {
          elementDepth--;
          if (elementDepth === 0) {
            element.push(text.slice(start, i + 1));
            yield endElement();
          }
        }
      } else if (depth === 0) {
        throw new JsonStructureError('ni tableau ni objet JSON / neither a JSON array nor an object');
      }
    }
    if (keyParts) keyParts.push(text.slice(start));
    if (element) {
      const rest = text.slice(start);
      elementLength += rest.length;
      if (elementLength > maxElementChars) {
        elementTooLong = true;
        element.length = 0;
      } else if (!elementTooLong) element.push(rest);
    }
  }
  // A truncated file keeps the elements read in full; the cut one is reported.
  if (element || (targetDepth !== -1 && depthStack.length > 0)) {
    yield { index, problem: 'JSON tronqué : élément incomplet / truncated JSON: incomplete element' };
    return;
  }
  if (!sawRoot) throw new JsonStructureError('fichier vide / empty file');
  if (targetDepth === -1) throw new JsonStructureError('objet JSON sans tableau « results » / JSON object without a "results" array');
}
