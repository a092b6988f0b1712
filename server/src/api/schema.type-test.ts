import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  ErrorBody,
  Place,
  PlacesResponse,
  ContactEvent,
  InsightsReport,
  PotentialRequest,
  PotentialResponse,
  SearchRequest,
  SearchResponse,
  Suggestion,
  SuggestResponse,
  Supplier,
  Taxonomy,
} from '../../../sdk/src/types.js';
import type {
  errorBodySchema,
  placeSchema,
  placesResponseSchema,
  searchResponseSchema,
  suggestionSchema,
  suggestResponseSchema,
  supplierSchema,
  taxonomySchema,
} from './response-schema.js';
import type { contactEventSchema } from './events/index.js';
import type { insightsReportSchema } from './insights/schema.js';
import type { potentialQuerySchema, potentialResponseSchema } from './potential/schema.js';
import type { placesQuerySchema, searchQuerySchema, suggestQuerySchema } from './schema.js';

describe('the runtime schemas match the contract types', () => {
  it('reads GET /v1/suppliers parameters into a SearchRequest', () => {
    expectTypeOf<z.output<typeof searchQuerySchema>>().toEqualTypeOf<SearchRequest>();
  });

  it('reads GET /v1/potential parameters into a PotentialRequest, and describes its answer', () => {
    expectTypeOf<z.output<typeof potentialQuerySchema>>().toEqualTypeOf<PotentialRequest>();
    expectTypeOf<z.infer<typeof potentialResponseSchema>>().toEqualTypeOf<PotentialResponse>();
  });

  it('describes the insights report and reads a contact event', () => {
    expectTypeOf<z.infer<typeof insightsReportSchema>>().toEqualTypeOf<InsightsReport>();
    expectTypeOf<z.output<typeof contactEventSchema>>().toEqualTypeOf<ContactEvent>();
  });

  it('reads the suggest and places parameters from the query string', () => {
    expectTypeOf<z.input<typeof suggestQuerySchema>>().toEqualTypeOf<{ q: string[] }>();
    expectTypeOf<z.output<typeof placesQuerySchema>>().toEqualTypeOf<{ q: string; limit?: number | undefined }>();
  });

  it('describes every answer exactly', () => {
    expectTypeOf<z.infer<typeof supplierSchema>>().toEqualTypeOf<Supplier>();
    expectTypeOf<z.infer<typeof placeSchema>>().toEqualTypeOf<Place>();
    expectTypeOf<z.infer<typeof searchResponseSchema>>().toEqualTypeOf<SearchResponse>();
    expectTypeOf<z.infer<typeof suggestionSchema>>().toEqualTypeOf<Suggestion>();
    expectTypeOf<z.infer<typeof suggestResponseSchema>>().toEqualTypeOf<SuggestResponse>();
    expectTypeOf<z.infer<typeof placesResponseSchema>>().toEqualTypeOf<PlacesResponse>();
    expectTypeOf<z.infer<typeof taxonomySchema>>().toEqualTypeOf<Taxonomy>();
    expectTypeOf<z.infer<typeof errorBodySchema>>().toEqualTypeOf<ErrorBody>();
  });
});
