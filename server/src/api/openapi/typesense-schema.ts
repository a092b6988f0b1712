/**
 * The gateway's document and answers as zod schemas, for the OpenAPI document only:
 * the gateway builds them itself (api/typesense/response.ts), and openapi.type-test.ts
 * holds these to its types. What each document field can do comes from the
 * gateway's tables (typesense/schema.ts).
 */
import { z } from 'zod';
import { DOCUMENT_FIELDS, FACET_FIELDS, FILTER_FIELDS, TEXT_FIELDS, type DocumentField } from '../../typesense/schema.js';
import { errorCodeSchema } from '../response-schema.js';
import { kindFamilySchema, kindSchema, labelSchema, networkSchema, prestaTypeSchema, sectorGroupSchema, sectorSchema } from '../schema.js';
import { SORT_BY } from './typesense-parameters.js';

const SORTED = new Set(SORT_BY.map((criterion) => criterion.split(/[:(]/)[0]!));

/** "query_by, filter_by, facet_by": where a field may be named. */
export function fieldAbilities(field: DocumentField): string {
  const abilities = [
    (TEXT_FIELDS as readonly string[]).includes(field) && 'query_by',
    field in FILTER_FIELDS && 'filter_by',
    field in FACET_FIELDS && 'facet_by',
    SORTED.has(field) && 'sort_by',
  ].filter((ability) => ability !== false);
  return abilities.length ? `In ${abilities.join(', ')}.` : 'Returned only.';
}

const documentShape = {
  id: z.string(),
  siret: z.string(),
  siren: z.string(),
  name: z.string().describe('Legal name.'),
  brand: z.string().optional(),
  display_name: z.string().describe('Trading name, else legal name.'),
  kind: kindSchema,
  kind_family: kindFamilySchema,
  social_clause: z.boolean(),
  naf: z.string().optional(),
  description: z.string().optional(),
  offers: z.string().optional().describe('Offer names, comma-separated.'),
  networks: z.array(networkSchema),
  labels: z.array(labelSchema),
  sectors: z.array(sectorSchema),
  sector_groups: z.array(sectorGroupSchema),
  presta_types: z.array(prestaTypeSchema),
  city: z.string(),
  postcode: z.string(),
  commune_code: z.string(),
  department: z.string(),
  region: z.string(),
  location: z.tuple([z.number(), z.number()]).describe('[lat, lng], a Typesense geopoint.'),
  employees_inclusive: z.number().optional(),
  employees_permanent: z.number().optional(),
  updated_at: z.number().describe('Seconds since the epoch.'),
  website: z.string().optional(),
};

/** Each field's own words followed by what it can do. */
function withAbilities<Shape extends Record<DocumentField, z.ZodType>>(shape: Shape): Shape {
  return Object.fromEntries(
    DOCUMENT_FIELDS.map((field) => {
      const schema = shape[field];
      return [field, schema.describe([schema.description, fieldAbilities(field)].filter(Boolean).join(' '))];
    }),
  ) as Shape;
}

export const typesenseDocumentSchema = z.object(withAbilities(documentShape));

const fieldHighlightSchema = z.object({
  field: z.string(),
  matched_tokens: z.array(z.string()),
  snippet: z.string(),
  value: z.string().optional(),
});

const hitSchema = z.object({
  document: typesenseDocumentSchema,
  highlight: z.record(z.string(), fieldHighlightSchema.omit({ field: true })),
  highlights: z.array(fieldHighlightSchema),
  geo_distance_meters: z.object({ location: z.number() }).optional(),
});

export const typesenseSearchResultSchema = z.object({
  facet_counts: z.array(
    z.object({
      field_name: z.string(),
      counts: z.array(z.object({ count: z.number(), highlighted: z.string(), value: z.string() })),
      sampled: z.literal(false),
      stats: z.object({ total_values: z.number() }),
    }),
  ),
  found: z.number(),
  hits: z.array(hitSchema),
  out_of: z.number(),
  page: z.number(),
  request_params: z.object({ collection_name: z.string(), first_q: z.string(), per_page: z.number(), q: z.string() }),
  search_cutoff: z.literal(false),
  search_time_ms: z.number(),
});

/** A search of a multi_search that failed: the others still answer. */
export const typesenseSearchFailureSchema = z.object({ error: z.string(), code: z.number() });

export const multiSearchResponseSchema = z.object({
  results: z.array(z.union([typesenseSearchResultSchema, typesenseSearchFailureSchema])),
});

export const typesenseErrorSchema = z.object({ message: z.string(), code: errorCodeSchema, requestId: z.string() });
