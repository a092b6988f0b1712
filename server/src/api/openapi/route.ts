/** A route as the document's modules write it, and the OpenAPI operation it becomes. */
import { errorResponseName } from './errors.js';
import { ref, type ComponentName } from './schemas.js';
import type { HttpMethod, JsonSchema, Operation, Parameter, RequestBody, ResponseOrRef, SecurityRequirement } from './types.js';

export type Tag = 'Search' | 'Reference' | 'Service' | 'Typesense' | 'Administration' | 'Needs';

/** A successful or route-specific answer: a component as JSON, or a schema with its media type. */
export type Answer = ComponentName | { description: string; schema: ComponentName | JsonSchema; mediaType?: string };

export interface Route {
  /** GET unless said otherwise. */
  method?: HttpMethod;
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description: string;
  parameters?: Parameter[];
  requestBody?: RequestBody;
  /** 200 unless said otherwise (201 for a POST that creates). */
  successStatus?: number;
  success: Answer;
  /** Answers besides 200 and the shared errors: a 201, or errors in another shape (the gateway's). */
  answers?: Record<number, Answer>;
  /** Statuses answered with the shared ErrorBody responses (errors.ts). */
  errors: number[];
  /** When the document's (an optional site key) does not apply. */
  security?: SecurityRequirement[];
  /** Paths with their query strings, shown on /docs as curl commands. */
  examples?: string[];
}

function response(answer: Answer): ResponseOrRef {
  const { description, schema, mediaType = 'application/json' } = typeof answer === 'string' ? { description: 'OK', schema: answer } : answer;
  return { description, content: { [mediaType]: { schema: typeof schema === 'string' ? ref(schema) : schema } } };
}

export function operation(route: Route): Operation {
  const responses: Record<string, ResponseOrRef> = { [route.successStatus ?? 200]: response(route.success) };
  for (const [status, answer] of Object.entries(route.answers ?? {})) responses[status] = response(answer);
  for (const status of route.errors) responses[status] ??= { $ref: `#/components/responses/${errorResponseName(status)}` };
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    tags: [route.tag],
    parameters: route.parameters ?? [],
    ...(route.requestBody ? { requestBody: route.requestBody } : {}),
    responses,
    ...(route.security ? { security: route.security } : {}),
    ...(route.examples ? { 'x-examples': route.examples } : {}),
  };
}
