/**
 * The OpenAPI 3.1 document of the API. Types, values and limits are generated from the
 * zod schemas the routes validate with; only the prose (summaries, descriptions) is
 * written here and in parameters.ts and errors.ts.
 */
import { placesQuerySchema, searchQuerySchema, suggestQuerySchema } from '../schema.js';
import { errorResponseName, errorResponses } from './errors.js';
import { PLACES_PARAMETERS, SEARCH_PARAMETERS, SUGGEST_PARAMETERS } from './parameters.js';
import { componentSchemas, queryParameters, ref, type ComponentName } from './schemas.js';
import type { HttpMethod, JsonSchema, OpenApiDocument, Operation, Parameter, ResponseOrRef } from './types.js';

export interface DocumentOptions {
  /** The API's version, shown in `info.version`. */
  version: string;
}

export const API_KEY_HEADER = 'x-api-key';

/** Errors any /v1 route may answer: a bad query, a key refused, a method, too many requests. */
const V1_ERRORS = [400, 401, 403, 405, 429, 500];

interface Route {
  /** GET unless said otherwise. */
  method?: HttpMethod;
  path: string;
  operationId: string;
  tag: 'Search' | 'Reference' | 'Service';
  summary: string;
  description: string;
  parameters?: Parameter[];
  /** A component, or an inline schema with its media type. */
  success: ComponentName | { mediaType: string; schema: JsonSchema; description: string };
  errors: number[];
  examples?: string[];
}

const SUPPLIER_ID: Parameter = {
  name: 'id',
  in: 'path',
  description: 'The supplier’s id, or its SIRET (14 digits; spaces and dots are ignored).',
  required: true,
  schema: { type: 'string', maxLength: 64 },
  example: '12345678900012',
};

function routes(): Route[] {
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
      examples: ['/docs'],
    },
  ];
}

function operation(route: Route): Operation {
  const success: ResponseOrRef =
    typeof route.success === 'string'
      ? { description: 'OK', content: { 'application/json': { schema: ref(route.success) } } }
      : { description: route.success.description, content: { [route.success.mediaType]: { schema: route.success.schema } } };
  const responses: Record<string, ResponseOrRef> = { 200: success };
  for (const status of route.errors) responses[status] = { $ref: `#/components/responses/${errorResponseName(status)}` };
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    tags: [route.tag],
    parameters: route.parameters ?? [],
    responses,
    ...(route.examples ? { 'x-examples': route.examples } : {}),
  };
}

function pathItems(list: Route[]): OpenApiDocument['paths'] {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of list) paths[route.path] = { ...paths[route.path], [route.method ?? 'get']: operation(route) };
  return paths;
}

export function openApiDocument({ version }: DocumentOptions): OpenApiDocument {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'achat-inclusif API',
      version,
      description:
        'Search France’s inclusive suppliers (SIAE, ESAT, EA, prison workshops) by text, sector and the places they can serve. Answers are JSON; every error has the same body (ErrorBody), whose error code is the stable part to branch on.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'Search', description: 'Suppliers, and suggestions for a search box.' },
      { name: 'Reference', description: 'The values filters take: places and the taxonomy.' },
      { name: 'Service', description: 'Health and this documentation.' },
    ],
    // The empty requirement makes the key optional: without one, the API answers unscoped.
    security: [{}, { siteKey: [] }],
    paths: pathItems(routes()),
    components: {
      schemas: componentSchemas(),
      responses: errorResponses(),
      securitySchemes: {
        siteKey: {
          type: 'apiKey',
          in: 'header',
          name: API_KEY_HEADER,
          description: 'A site’s public key: it may restrict the origins allowed, scope every query (networks, regions, departments, kinds) and set a rate limit.',
        },
      },
    },
  };
}
