/** The parts of OpenAPI 3.1 this API's document uses; schemas are JSON Schema 2020-12. */

export type JsonSchema = { [keyword: string]: unknown };

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  description: string;
  required: boolean;
  schema: JsonSchema;
  /** Lists are given by repeating the parameter (`kind=EI&kind=ACI`). */
  style?: 'form' | 'simple';
  explode?: boolean;
  /** A list's example is a list of values. */
  example?: string | string[];
}

export interface Example {
  summary: string;
  value: unknown;
}

export interface MediaType {
  schema: JsonSchema;
  examples?: Record<string, Example>;
}

export interface Response {
  description: string;
  content?: Record<string, MediaType>;
}

/** What a POST or PUT sends: one entry per media type the route reads. */
export interface RequestBody {
  description: string;
  required: boolean;
  content: Record<string, MediaType>;
}

export type ResponseOrRef = Response | { $ref: string };

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

export interface Operation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: Parameter[];
  requestBody?: RequestBody;
  responses: Record<string, ResponseOrRef>;
  /** Replaces the document's security for this operation; `{}` among them makes a key optional. */
  security?: SecurityRequirement[];
  /** Example query strings, shown on /docs as curl commands. */
  'x-examples'?: string[];
}

/** Scheme names (components.securitySchemes) to the scopes required: none here. */
export type SecurityRequirement = Record<string, string[]>;

export type SecurityScheme =
  | { type: 'apiKey'; in: 'header' | 'query'; name: string; description: string }
  | { type: 'http'; scheme: 'bearer'; bearerFormat?: string; description: string };

export interface OpenApiDocument {
  openapi: '3.1.0';
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers?: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  security: SecurityRequirement[];
  paths: Record<string, Partial<Record<HttpMethod, Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, Response>;
    securitySchemes: Record<string, SecurityScheme>;
  };
}
