/**
 * What a request costs, in rate-limit tokens, by the work it asks for: a search asking
 * for 250 results and every facet's 1,000 values is not the same request as a widget's
 * page of 20. Requests are also bounded whole, so that none holds the server for long.
 */
import { ApiException } from '../../errors.js';

/** Results one token pays for: a widget's page of 20 costs one token. */
export const RESULTS_PER_TOKEN = 25;
/** Facet values one token pays for (facet lists x values asked per list). */
export const FACET_VALUES_PER_TOKEN = 250;
/** The most results one request may ask for, all its searches together. */
export const MAX_RESULTS_PER_REQUEST = 500;
/** The most facet values one request may ask for, all its searches together. */
export const MAX_FACET_VALUES_PER_REQUEST = 5_000;

/** What one search asks the engine to send back. */
export interface SearchWork {
  results: number;
  facetValues: number;
}

/** Tokens for one search: at least one, more for many results or many facet values. */
export function searchTokens({ results, facetValues }: SearchWork): number {
  return Math.max(1, Math.ceil(results / RESULTS_PER_TOKEN) + Math.floor(facetValues / FACET_VALUES_PER_TOKEN));
}

/** Tokens for a request of several searches; 400 limit_exceeded, naming the bound, past one. */
export function requestTokens(searches: readonly SearchWork[]): number {
  const results = searches.reduce((sum, search) => sum + search.results, 0);
  if (results > MAX_RESULTS_PER_REQUEST) {
    throw new ApiException(400, 'limit_exceeded', `per_page: At most ${MAX_RESULTS_PER_REQUEST} results per request, all searches together (asked: ${results}).`, {
      parameter: 'per_page',
      limit: MAX_RESULTS_PER_REQUEST,
    });
  }
  const facetValues = searches.reduce((sum, search) => sum + search.facetValues, 0);
  if (facetValues > MAX_FACET_VALUES_PER_REQUEST) {
    throw new ApiException(
      400,
      'limit_exceeded',
      `max_facet_values: At most ${MAX_FACET_VALUES_PER_REQUEST} facet values per request, facet_by lists x max_facet_values over all searches (asked: ${facetValues}).`,
      { parameter: 'max_facet_values', limit: MAX_FACET_VALUES_PER_REQUEST },
    );
  }
  return searches.reduce((sum, search) => sum + searchTokens(search), 0);
}
