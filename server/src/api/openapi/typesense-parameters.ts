/**
 * The search parameters the gateway reads (api/typesense/params.ts), in prose and as
 * JSON Schema. The field lists come from the gateway's own tables; the limits that
 * params.ts keeps to itself are restated here and held true by the gateway tests
 * in gateway.test.ts, which send each documented value and each documented limit.
 */
import { z } from 'zod';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from '../../typesense/filter-by/index.js';
import { COLLECTION, DOCUMENT_FIELDS, FACET_FIELDS, FILTER_FIELDS, TEXT_FIELDS } from '../../typesense/schema.js';
import { MAX_RESULT_DEPTH, MAX_SEARCH_TEXT } from '../../query/limits.js';
import type { JsonSchema, Parameter } from './types.js';

import { MAX_SEARCHES } from '../typesense/index.js';
import { MAX_PER_PAGE, MAX_TAG_LENGTH } from '../typesense/params.js';

export { MAX_PER_PAGE, MAX_SEARCHES, MAX_TAG_LENGTH };
/** The criteria sort_by takes, one at a time; the point is an example. */
export const SORT_BY = ['_text_match:desc', 'display_name:asc', 'updated_at:desc', 'location(48.1114, -1.6819):asc'];

const list = (fields: readonly string[]) => `Comma-separated, among: ${fields.join(', ')}.`;

/** Numbers come as text in a query string and as JSON numbers in a multi_search body. */
const whole = (minimum: number, maximum: number) => z.union([z.int().min(minimum).max(maximum), z.string().regex(/^\d{1,9}$/)]);
const text = (maxLength?: number) => (maxLength === undefined ? z.string() : z.string().max(maxLength));

interface SearchParameter {
  schema: z.ZodType;
  description: string;
  example?: string;
}

export const TYPESENSE_SEARCH_PARAMETERS: Record<string, SearchParameter> = {
  q: {
    schema: text(MAX_SEARCH_TEXT),
    description: 'Text to search, or * for every supplier; a SIRET (14 digits) or SIREN (9 digits) finds that supplier. Required: in the query string, or in each search of a multi_search.',
    example: 'nettoyage',
  },
  query_by: {
    schema: text(),
    description: `${list(TEXT_FIELDS)} Checked, then every text field is searched, whichever are named; query_by_weights is not supported.`,
    example: 'name,brand,description,offers,city',
  },
  filter_by: {
    schema: text(MAX_FILTER_LENGTH),
    description: `Typesense's filter grammar: field:value, field:=[a, b], :!=, numeric :> :>= :< :<=, && and ||, parentheses (at most ${MAX_FILTER_DEPTH} levels), values in backticks, location:(lat, lng, 5 km) or a polygon, and activities.{sector:=x && serves:=commune:35238} for conditions one activity meets together. Fields: ${Object.keys(FILTER_FIELDS).join(', ')}. serves is the perimeter rule and takes place ids (commune:<INSEE code>, department:<code>, region:<code>). A site key's scope is ANDed in; a filter can only narrow it.`,
    example: 'kind:=[EI,ACI] && activities.{sector:=nettoyage-de-locaux-16 && serves:=commune:35238}',
  },
  facet_by: { schema: text(), description: list(Object.keys(FACET_FIELDS)), example: 'kind,sector_groups' },
  max_facet_values: { schema: whole(0, 1000), description: 'Values per facet, 10 by default.', example: '20' },
  facet_query: { schema: text(), description: 'field:prefix, the field one of facet_by: only that facet’s values with a word starting with the prefix, the prefix highlighted.', example: 'sector_groups:hyg' },
  sort_by: { schema: text(), description: `One criterion: ${SORT_BY.join(', ')}. Text match by default.`, example: 'display_name:asc' },
  page: { schema: whole(1, MAX_RESULT_DEPTH), description: `Page number, from 1. page × per_page may not pass result ${MAX_RESULT_DEPTH}.`, example: '2' },
  per_page: { schema: whole(0, MAX_PER_PAGE), description: `Hits per page, 10 by default, at most ${MAX_PER_PAGE}.`, example: '20' },
  highlight_fields: { schema: text(), description: `${list(TEXT_FIELDS)} query_by by default.`, example: 'name,description' },
  highlight_full_fields: { schema: text(), description: `${list(TEXT_FIELDS)} Their highlight also carries the whole value.`, example: 'name' },
  highlight_start_tag: { schema: text(MAX_TAG_LENGTH), description: '<mark> by default.', example: '<b>' },
  highlight_end_tag: { schema: text(MAX_TAG_LENGTH), description: '</mark> by default.', example: '</b>' },
  include_fields: { schema: text(), description: `Document fields to return. ${list(DOCUMENT_FIELDS)}`, example: 'id,name,city' },
  exclude_fields: { schema: text(), description: `Document fields to leave out. ${list(DOCUMENT_FIELDS)}`, example: 'description' },
  use_cache: { schema: z.union([z.boolean(), z.string()]), description: 'Accepted, without effect.' },
  cache_ttl: { schema: z.union([z.int(), z.string()]), description: 'Accepted, without effect.' },
  preset: { schema: z.literal(''), description: 'Accepted when empty only: presets are not supported.' },
};

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema) as JsonSchema;
  return json;
}

/** The parameters as query parameters: those of a GET search (q required), or the common ones of a multi_search. */
export function typesenseQueryParameters({ qRequired }: { qRequired: boolean }): Parameter[] {
  return Object.entries(TYPESENSE_SEARCH_PARAMETERS).map(([name, { schema, description, example }]) => ({
    name,
    in: 'query',
    description,
    required: qRequired && name === 'q',
    schema: jsonSchema(schema),
    ...(example === undefined ? {} : { example }),
  }));
}

/** One search of a multi_search body; each key also may come from the query string, which the search's own value overrides. */
export const typesenseSearchSchema = z.object({
  collection: z.literal(COLLECTION).describe(`The one collection, "${COLLECTION}"; another answers that search { error, code: 404 }.`),
  ...Object.fromEntries(
    Object.entries(TYPESENSE_SEARCH_PARAMETERS).map(([name, { schema, description }]) => [name, schema.describe(description).optional()]),
  ),
});

export const multiSearchRequestSchema = z.object({
  searches: z.array(typesenseSearchSchema).max(MAX_SEARCHES),
  union: z.literal(false).optional().describe('Union searches are not supported: true answers 400.'),
});
