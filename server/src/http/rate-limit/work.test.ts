import { describe, expect, it } from 'vitest';
import { ApiException } from '../../errors.js';
import { MAX_FACET_VALUES_PER_REQUEST, MAX_RESULTS_PER_REQUEST, requestTokens, searchTokens } from './work.js';

describe('the work a request asks for, in tokens', () => {
  it('costs one token for a page of up to 25 results, one more per 25, and one per 250 facet values', () => {
    expect(searchTokens({ results: 0, facetValues: 0 })).toBe(1);
    expect(searchTokens({ results: 20, facetValues: 80 })).toBe(1);
    expect(searchTokens({ results: 26, facetValues: 0 })).toBe(2);
    expect(searchTokens({ results: 250, facetValues: 1000 })).toBe(14);
  });

  it('adds up the searches of a request', () => {
    expect(requestTokens([{ results: 20, facetValues: 0 }, { results: 0, facetValues: 40 }, { results: 100, facetValues: 0 }])).toBe(6);
  });

  it('refuses a request past the results or facet values bound with limit_exceeded naming it', () => {
    const refusal = (searches: { results: number; facetValues: number }[]) => {
      try {
        requestTokens(searches);
      } catch (error) {
        return error as ApiException;
      }
      throw new Error('accepted');
    };
    const results = refusal(Array.from({ length: 3 }, () => ({ results: 200, facetValues: 0 })));
    expect(results).toBeInstanceOf(ApiException);
    expect(results).toMatchObject({ status: 400, code: 'limit_exceeded', details: { parameter: 'per_page', limit: MAX_RESULTS_PER_REQUEST } });
    expect(results.message).toContain('asked: 600');
    const facets = refusal([{ results: 0, facetValues: MAX_FACET_VALUES_PER_REQUEST + 1 }]);
    expect(facets).toMatchObject({ code: 'limit_exceeded', details: { parameter: 'max_facet_values' } });
  });
});
