/**
 * The OpenAPI 3.1 document of the API. Types, values and limits are generated from the
 * zod schemas the routes validate with; only the prose (summaries, descriptions) is
 * written here, in parameters.ts and errors.ts, and for the Typesense gateway and
 * the admin routes in gateway-routes.ts and admin-routes.ts.
 */
import { DEFAULT_ANONYMOUS_RULE, DEFAULT_SITE_KEY_RULE } from '../../http/rate-limit/index.js';
import { RESULTS_PER_TOKEN } from '../../http/rate-limit/work.js';
import { exportLimitSchema, NOT_FOR_EXPORT, placesQuerySchema, searchQuerySchema, suggestQuerySchema } from '../schema.js';
import { adminRoutes } from './admin-routes.js';
import { errorResponses } from './errors.js';
import { gatewayRoutes } from './gateway-routes.js';
import { needsRoutes } from './needs-routes.js';
import { EXPORT_PARAMETERS, PLACES_PARAMETERS, SEARCH_PARAMETERS, SUGGEST_PARAMETERS } from './parameters.js';
import { operation, type Route } from './route.js';
import { componentSchemas, queryParameters } from './schemas.js';
import type { OpenApiDocument, Parameter } from './types.js';

export interface DocumentOptions {
  /** The API's version, shown in `info.version`. */
  version: string;
}

export const API_KEY_HEADER = 'x-api-key';
export const API_KEY_QUERY_PARAMETER = 'key';

/** Errors any /v1 route may answer: a bad query, a key refused, a method, too many requests. */
const V1_ERRORS = [400, 401, 403, 405, 429, 500];

const SUPPLIER_ID: Parameter = {
  name: 'id',
  in: 'path',
  description: 'The supplier’s id, or its SIRET (14 digits; spaces and dots are ignored).',
  required: true,
  schema: { type: 'string', maxLength: 64 },
  example: '12345678900012',
};

function publicRoutes(): Route[] {
  return [
    {
      path: '/v1/suppliers',
      operationId: 'searchSuppliers',
      tag: 'Search',
      summary: 'Search suppliers',
      description: 'Finds inclusive suppliers by text, kind, sector, network, label and place, with facet counts. A site key’s scope is ANDed into every search and cannot be widened by a parameter.',
      parameters: queryParameters(searchQuerySchema.in, SEARCH_PARAMETERS),
      success: 'SearchResponse',
      errors: V1_ERRORS,
      examples: ['/v1/suppliers?q=nettoyage&serves=commune:35238', '/v1/suppliers?kind=EA,ESAT&location=department:35&facets=sectorGroup&perPage=50'],
    },
    {
      path: '/v1/suppliers.csv',
      operationId: 'exportSuppliers',
      tag: 'Search',
      summary: 'Export a search as CSV',
      description:
        'Every result of a search (the same parameters as GET /v1/suppliers but paging and facets, within the key’s scope) as a spreadsheet file: UTF-8 with a byte-order mark, cells separated by ";", CRLF line ends, columns name, trading name, SIRET, kind, address, postcode, city, e-mail, phone, website, sectors, networks. A cell starting with = + - @ gets a leading apostrophe, so that no spreadsheet runs it as a formula. X-Total-Count says how many suppliers matched. For a download link, send the site key as the key query parameter.',
      parameters: [
        ...queryParameters(searchQuerySchema.in, SEARCH_PARAMETERS).filter((parameter) => !(NOT_FOR_EXPORT as readonly string[]).includes(parameter.name)),
        ...queryParameters(exportLimitSchema, EXPORT_PARAMETERS),
      ],
      success: { mediaType: 'text/csv', schema: { type: 'string' }, description: 'The suppliers, one line each after a line of column titles.' },
      errors: V1_ERRORS,
      examples: ['/v1/suppliers.csv?sectorGroup=hygiene-et-proprete-64&serves=commune:35238', '/v1/suppliers.csv?network=coorace&limit=500'],
    },
    {
      path: '/v1/suppliers/{id}',
      operationId: 'getSupplier',
      tag: 'Search',
      summary: 'Get one supplier',
      description: 'One supplier by id or SIRET. A supplier outside the key’s scope is not found.',
      parameters: [SUPPLIER_ID],
      success: 'Supplier',
      errors: [...V1_ERRORS, 404],
      examples: ['/v1/suppliers/12345678900012'],
    },
    {
      path: '/v1/suggest',
      operationId: 'suggest',
      tag: 'Search',
      summary: 'Suggest as the user types',
      description: 'Suppliers, sectors and places matching the start of what the user typed, for a search box.',
      parameters: queryParameters(suggestQuerySchema, SUGGEST_PARAMETERS),
      success: 'SuggestResponse',
      errors: V1_ERRORS,
      examples: ['/v1/suggest?q=renn'],
    },
    {
      path: '/v1/places',
      operationId: 'searchPlaces',
      tag: 'Reference',
      summary: 'Find places',
      description: 'Communes, departments and regions by name, postcode or code, with the ids that serves and location take.',
      parameters: queryParameters(placesQuerySchema, PLACES_PARAMETERS),
      success: 'PlacesResponse',
      errors: V1_ERRORS,
      examples: ['/v1/places?q=Rennes&limit=5'],
    },
    {
      path: '/v1/taxonomy',
      operationId: 'getTaxonomy',
      tag: 'Reference',
      summary: 'The taxonomy',
      description: 'Kinds, service types, sector groups and sectors, networks, labels, regions and departments, with French and English labels: every value the filters accept.',
      success: 'Taxonomy',
      errors: V1_ERRORS,
      examples: ['/v1/taxonomy'],
    },
    {
      path: '/healthz',
      operationId: 'health',
      tag: 'Service',
      summary: 'Health check',
      description: 'For load balancers: answers 200 while the search engine answers, 503 otherwise. Never cached.',
      success: 'Health',
      errors: [503],
      security: [],
      examples: ['/healthz'],
    },
    {
      path: '/openapi.json',
      operationId: 'getOpenApiDocument',
      tag: 'Service',
      summary: 'This API description',
      description: 'The OpenAPI 3.1 document, generated from the schemas the server validates with.',
      success: { mediaType: 'application/json', schema: { type: 'object' }, description: 'An OpenAPI 3.1 document.' },
      errors: [],
      security: [],
      examples: ['/openapi.json'],
    },
    {
      path: '/docs',
      operationId: 'getDocs',
      tag: 'Service',
      summary: 'This reference as a page',
      description: 'The same document as readable HTML, with no script.',
      success: { mediaType: 'text/html', schema: { type: 'string' }, description: 'An HTML page.' },
      errors: [],
      security: [],
      examples: ['/docs'],
    },
  ];
}

function pathItems(list: Route[]): OpenApiDocument['paths'] {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of list) paths[route.path] = { ...paths[route.path], [route.method ?? 'get']: operation(route) };
  return paths;
}

const SITE_KEY =
  'A site’s public key (pk_...): it may restrict the origins allowed, scope every query (networks, regions, departments, kinds) and set a rate limit. Required when the server runs with keys (KEYS_FILE): without one, 401. Optional on an open server (npm start without KEYS_FILE), which answers unscoped.';
const ONE_KEY = 'Send one key: two different ones answer 401.';

/** The limits enforced by default (http/rate-limit/index.ts), stated from the same constants. */
const RATE_LIMITS =
  `Rate limits are token buckets per key and client address: without a key, ${DEFAULT_ANONYMOUS_RULE.perMinute} tokens a minute in bursts of ${DEFAULT_ANONYMOUS_RULE.burst}; ` +
  `with a site key, its own rule, or ${DEFAULT_SITE_KEY_RULE.perMinute} a minute in bursts of ${DEFAULT_SITE_KEY_RULE.burst}. ` +
  `A request takes one token, a search one per ${RESULTS_PER_TOKEN} results asked; past the bucket, 429 with Retry-After.`;

export function openApiDocument({ version }: DocumentOptions): OpenApiDocument {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'achat-inclusif API',
      version,
      description: `Search France’s inclusive suppliers (SIAE, ESAT, EA, prison workshops) by text, sector and the places they can serve. Answers are JSON; every error has the same body (ErrorBody), whose error code is the stable part to branch on. ${RATE_LIMITS}`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'Search', description: 'Suppliers, and suggestions for a search box.' },
      { name: 'Reference', description: 'The values filters take: places and the taxonomy.' },
      { name: 'Typesense', description: 'The same search in Typesense’s protocol, for InstantSearch interfaces and Typesense clients.' },
      { name: 'Administration', description: 'Importing and changing suppliers, with an admin key.' },
      { name: 'Needs', description: 'A buyer’s need sent to the suppliers who can answer it, their answers, the buyer’s follow-up; the pages the mails’ links open.' },
      { name: 'Service', description: 'Health and this documentation.' },
    ],
    // The empty requirement makes the key optional, as on an open server; one with keys answers 401 without.
    security: [{}, { siteKey: [] }, { siteKeyQuery: [] }],
    paths: pathItems([...publicRoutes(), ...gatewayRoutes(), ...adminRoutes(), ...needsRoutes()]),
    components: {
      schemas: componentSchemas(),
      responses: errorResponses(),
      securitySchemes: {
        siteKey: { type: 'apiKey', in: 'header', name: API_KEY_HEADER, description: SITE_KEY },
        siteKeyQuery: {
          type: 'apiKey',
          in: 'query',
          name: API_KEY_QUERY_PARAMETER,
          description: `The same public key in the URL, for where a header cannot be set (a link, an image). ${ONE_KEY}`,
        },
        typesenseKey: { type: 'apiKey', in: 'header', name: 'x-typesense-api-key', description: `A site key where Typesense clients put theirs. ${ONE_KEY}` },
        typesenseKeyQuery: {
          type: 'apiKey',
          in: 'query',
          name: 'x-typesense-api-key',
          description: `A site key where Typesense’s search client puts it, in the URL. ${ONE_KEY}`,
        },
        adminKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'sk_...',
          description: 'An admin key (sk_...), as Authorization: Bearer sk_.... Accepted in a header only, never in a URL, and never from a browser (a request with Origin or Sec-Fetch-Site answers 403). A site key answers 403.',
        },
      },
    },
  };
}
