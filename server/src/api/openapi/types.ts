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

export interface Response {
  description: string;
  content?: Record<string, { schema: JsonSchema; examples?: Record<string, Example> }>;
}

export type ResponseOrRef = Response | { $ref: string };

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

export interface Operation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: Parameter[];
  responses: Record<string, ResponseOrRef>;
  /** Example query strings, shown on /docs as curl commands. */
  'x-examples'?: string[];
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers?: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Partial<Record<HttpMethod, Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, Response>;
    securitySchemes: Record<string, { type: 'apiKey'; in: 'header'; name: string; description: string }>;
  };
}
