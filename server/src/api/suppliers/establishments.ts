/**
 * A SIREN names a company; the directory lists its establishments (SIRETs) one by
 * one. A buyer who types it wants the company: the head office first (the record's
 * `headOffice`; Marché's `nature`), then the other establishments by their number
 * (NIC), the order INSEE lists them in, the ones not known either way between.
 */
import type { Hit, SearchRequest } from '../../../../sdk/src/types.js';
import { textOrIdentifier } from '../../query/identifier.js';
import type { EngineQuery } from '../../query/types.js';

/** Establishments a company can have and still be ordered whole; past that, the engine's order. */
export const MAX_ESTABLISHMENTS = 100;

export function isSirenSearch(request: SearchRequest): boolean {
  const { identifier } = textOrIdentifier(request.q ?? '');
  return identifier?.op === 'in' && identifier.field === 'siren' && !request.sort;
}

/** The query asking for every establishment at once (the page is cut after ordering). */
export function allEstablishments(query: EngineQuery): EngineQuery {
  return { ...query, page: 1, perPage: MAX_ESTABLISHMENTS };
}

const officeRank = (hit: Hit) => (hit.supplier.headOffice === true ? 0 : hit.supplier.headOffice === false ? 2 : 1);

/** The page `query` asked for, out of every establishment, the head office first. */
export function headOfficeFirst(hits: readonly Hit[], query: EngineQuery): Hit[] {
  const ordered = [...hits].sort(
    (a, b) => officeRank(a) - officeRank(b) || (a.supplier.siret < b.supplier.siret ? -1 : a.supplier.siret > b.supplier.siret ? 1 : 0),
  );
  const start = (query.page - 1) * query.perPage;
  return ordered.slice(start, start + query.perPage);
}
