/** The Typesense-compatible gateway (api/typesense/index.ts) in the document. */
import { COLLECTION } from '../../typesense/schema.js';
import type { Route } from './route.js';
import { FACET_VALUES_PER_TOKEN, MAX_FACET_VALUES_PER_REQUEST, MAX_RESULTS_PER_REQUEST, RESULTS_PER_TOKEN } from '../../http/rate-limit/work.js';
import { MAX_SEARCHES, typesenseQueryParameters } from './typesense-parameters.js';
import type { RequestBody, SecurityRequirement } from './types.js';

const PROTOCOL =
  'Typesense protocol: see Typesense’s API reference for the full grammar; this gateway speaks it for typesense-instantsearch-adapter and the official typesense clients, whatever engine is behind. Supported: the suppliers collection (schema SupplierDocument), q, query_by, filter_by (with activities.{...} and the serves place rule), facet_by, max_facet_values, facet_query, sort_by (one criterion), page, per_page, highlighting and include/exclude_fields. Any other parameter answers 400 (unknown_parameter) rather than a silently different answer; so do a value the gateway cannot honour exactly (an unknown field, a sort on another field, a malformed filter). The key’s scope is ANDed into every search.';

/** Typesense clients send the key as x-typesense-api-key (the search client puts it in the URL); the API's own ways work too. */
const GATEWAY_SECURITY: SecurityRequirement[] = [{}, { siteKey: [] }, { siteKeyQuery: [] }, { typesenseKey: [] }, { typesenseKeyQuery: [] }];

/** Refusals before the search runs (key, rate, body size) come from the API's guards, in its ErrorBody. */
const GUARD_ERRORS = [401, 403, 405, 413, 429, 500];

const TYPESENSE_400 = { description: 'Bad request: the message names the parameter and what is wrong.', schema: 'TypesenseError' } as const;

export const MULTI_SEARCH_EXAMPLE = {
  searches: [
    { collection: COLLECTION, q: 'nettoyage', query_by: 'name,brand,description,offers,city', facet_by: 'kind,sector_groups', per_page: 10 },
    { collection: COLLECTION, q: '*', filter_by: 'department:35', sort_by: 'display_name:asc' },
  ],
};

/** How the gateway charges rate limits (http/rate-limit/work.ts). */
const WORK_COST = `Rate limits are charged by the work asked: each search takes one token per ${RESULTS_PER_TOKEN} results asked (at least one) plus one per ${FACET_VALUES_PER_TOKEN} facet values; a request costing more than the key’s burst answers 400, one costing more than its bucket holds 429 with Retry-After.`;

const MULTI_SEARCH_BODY: RequestBody = {
  description: `{ "searches": [...] }, at most ${MAX_SEARCHES} searches, read as JSON whatever the content type: typesense-instantsearch-adapter sends text/plain, which spares a CORS preflight.`,
  required: true,
  content: {
    'text/plain': { schema: { $ref: '#/components/schemas/MultiSearchRequest' }, examples: { search: { summary: 'Two searches', value: MULTI_SEARCH_EXAMPLE } } },
    'application/json': { schema: { $ref: '#/components/schemas/MultiSearchRequest' } },
  },
};

export function gatewayRoutes(): Route[] {
  return [
    {
      method: 'post',
      path: '/typesense/multi_search',
      operationId: 'typesenseMultiSearch',
      tag: 'Typesense',
      summary: 'Several Typesense searches at once',
      description: `${PROTOCOL} Query parameters are common to every search; a search’s own value wins. A search that fails (a bad parameter, another collection) answers { error, code } in its place among the results, and the others still answer; a body that is not JSON, union: true, more than ${MAX_SEARCHES} searches, more than ${MAX_RESULTS_PER_REQUEST} results (per_page over all searches) or ${MAX_FACET_VALUES_PER_REQUEST} facet values (facet_by lists x max_facet_values) answers 400 limit_exceeded. ${WORK_COST}`,
      parameters: typesenseQueryParameters({ qRequired: false }),
      requestBody: MULTI_SEARCH_BODY,
      success: 'MultiSearchResponse',
      answers: { 400: TYPESENSE_400 },
      errors: GUARD_ERRORS,
      security: GATEWAY_SECURITY,
      examples: ['/typesense/multi_search'],
    },
    {
      path: `/typesense/collections/${COLLECTION}/documents/search`,
      operationId: 'typesenseSearch',
      tag: 'Typesense',
      summary: 'One Typesense search',
      description: PROTOCOL,
      parameters: typesenseQueryParameters({ qRequired: true }),
      success: 'TypesenseSearchResult',
      answers: { 400: TYPESENSE_400 },
      errors: GUARD_ERRORS,
      security: GATEWAY_SECURITY,
      examples: [`/typesense/collections/${COLLECTION}/documents/search?q=nettoyage&query_by=name,description,offers&filter_by=department:35&facet_by=kind`],
    },
  ];
}
