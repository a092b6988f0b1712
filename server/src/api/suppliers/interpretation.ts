/**
 * The reading of a search's text (planner/interpret.ts) as the routes apply it: the
 * search (GET /v1/suppliers) and its export (GET /v1/suppliers.csv) read it alike.
 */
import type { Interpretation, SearchRequest } from '../../../../sdk/src/types.js';
import type { PlaceDirectory } from '../../domain/geography.js';
import { fold } from '../../domain/text-normalize.js';
import { interpret, typesNotRead } from '../../planner/interpret.js';
import { vocabularyOf } from '../../planner/vocabulary.js';
import { textOrIdentifier } from '../../query/identifier.js';
import type { Filter, SearchEngine } from '../../query/types.js';

/**
 * How the request's text reads (planner/interpret.ts), when the directory knows place
 * names; never when the text is a supplier's name as shown ("ESAT DE NANTES" is one
 * ESAT, not every ESAT serving Nantes).
 */
export async function interpretationOf(request: SearchRequest, geography: PlaceDirectory, engine: SearchEngine, scope: Filter | undefined): Promise<Interpretation | undefined> {
  const { communes, departments, regions } = geography;
  // A SIRET or SIREN is a number, not words: "971 234 567" is no Guadeloupe.
  if (!request.q || textOrIdentifier(request.q).identifier || !communes || !departments || !regions) return undefined;
  const interpretation = interpret(request.q, vocabularyOf(geography as Required<PlaceDirectory>), typesNotRead(request));
  if (!interpretation) return undefined;
  const named = await engine.suggest(request.q, NAME_CANDIDATES, scope);
  return named.some((suggestion) => nameKey(suggestion.label) === nameKey(request.q!)) ? undefined : interpretation;
}

/** Suggestions looked at for a name typed whole: homonyms beginning the same way come first. */
const NAME_CANDIDATES = 5;
const nameKey = (text: string) => fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
