/** What a reader of requests (the planner, the gateway's filter_by) needs besides the request itself. */
import type { PlaceId } from '../../../sdk/src/types.js';
import type { ServedPlace } from '../domain/geography.types.js';
import type { Filter } from './types.js';

/** The one thing a query asks of the geography. */
export interface PlaceResolver {
  servedPlace(id: PlaceId): ServedPlace | undefined;
}

export interface QueryContext {
  places: PlaceResolver;
  /** The calling key's scope, ANDed into every filter; a request can only narrow it. */
  scope?: Filter;
}
