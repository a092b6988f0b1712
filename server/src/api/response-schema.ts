/**
 * Runtime schemas of the API's answers, for the OpenAPI document. The type test
 * (schema.type-test.ts) holds each one equal to its contract type.
 */
import { z } from 'zod';
import {
  facetNameSchema,
  interpretedTypeSchema,
  kindFamilySchema,
  kindSchema,
  labelSchema,
  networkSchema,
  placeIdSchema,
  prestaTypeSchema,
  sectorGroupSchema,
  sectorSchema,
} from './schema.js';

const localizedSchema = z.object({ fr: z.string(), en: z.string() });
export const pointSchema = z.object({ lat: z.number(), lng: z.number() });

export const placeSchema = z.object({
  id: placeIdSchema,
  type: z.enum(['commune', 'department', 'region']),
  code: z.string(),
  name: z.string(),
  postcodes: z.array(z.string()).optional(),
  department: z.string().optional(),
  region: z.string().optional(),
  population: z.number().optional(),
  point: pointSchema.optional(),
});

const geoRangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('COUNTRY') }),
  z.object({ type: z.literal('ZONES'), zones: z.array(placeIdSchema) }),
  z.object({ type: z.literal('CUSTOM'), km: z.number() }),
]);

export const supplierSchema = z.object({
  id: z.string(),
  siret: z.string(),
  name: z.string(),
  brand: z.string().optional(),
  kind: kindSchema,
  naf: z.string().optional(),
  description: z.string().optional(),
  website: z.string().optional(),
  contact: z.object({ email: z.string().optional(), phone: z.string().optional() }).optional(),
  address: z.object({
    street: z.string().optional(),
    postcode: z.string(),
    city: z.string(),
    communeCode: z.string(),
    department: z.string(),
    region: z.string(),
    point: pointSchema,
  }),
  activities: z.array(
    z.object({ sector: sectorSchema, prestaTypes: z.array(prestaTypeSchema), range: geoRangeSchema }),
  ),
  networks: z.array(networkSchema),
  labels: z.array(labelSchema),
  offers: z.array(z.object({ name: z.string(), description: z.string().optional() })),
  clientReferences: z.array(z.object({ name: z.string() })),
  employees: z.object({ inclusive: z.number().optional(), permanent: z.number().optional() }).optional(),
  active: z.boolean().optional(),
  siretVerified: z.boolean().optional(),
  headOffice: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const highlightSchema = z.object({
  field: z.enum(['name', 'brand', 'description', 'offers', 'city']),
  parts: z.array(z.object({ text: z.string(), match: z.boolean() })),
});

export const searchResponseSchema = z.object({
  found: z.number(),
  page: z.number(),
  perPage: z.number(),
  pages: z.number(),
  hits: z.array(
    z.object({ supplier: supplierSchema, distanceKm: z.number().optional(), highlights: z.array(highlightSchema) }),
  ),
  facets: z.partialRecord(facetNameSchema, z.array(z.object({ value: z.string(), count: z.number() }))),
  interpretation: z
    .object({
      text: z.string(),
      parts: z.array(z.object({ type: interpretedTypeSchema, value: z.string(), label: z.string(), words: z.string() })),
    })
    .optional(),
});

export const suggestionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('supplier'), id: z.string(), label: z.string(), kind: kindSchema, city: z.string() }),
  z.object({ type: z.literal('sector'), value: sectorSchema, label: z.string(), group: sectorGroupSchema }),
  z.object({ type: z.literal('place'), place: placeSchema }),
]);

export const suggestResponseSchema = z.object({ suggestions: z.array(suggestionSchema) });

export const placesResponseSchema = z.object({ places: z.array(placeSchema) });

export const taxonomySchema = z.object({
  kinds: z.array(
    z.object({ code: kindSchema, family: kindFamilySchema, socialClause: z.boolean(), label: localizedSchema }),
  ),
  prestaTypes: z.array(z.object({ code: prestaTypeSchema, label: localizedSchema })),
  sectorGroups: z.array(
    z.object({
      slug: sectorGroupSchema,
      label: localizedSchema,
      sectors: z.array(z.object({ slug: sectorSchema, label: localizedSchema })),
    }),
  ),
  networks: z.array(z.object({ slug: networkSchema, name: z.string(), brand: z.string().optional() })),
  labels: z.array(z.object({ slug: labelSchema, name: z.string() })),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  departments: z.array(z.object({ code: z.string(), name: z.string(), region: z.string() })),
});

export const errorCodeSchema = z.enum([
  'invalid_parameter',
  'unknown_parameter',
  'limit_exceeded',
  'invalid_body',
  'not_found',
  'method_not_allowed',
  'unauthorized',
  'forbidden',
  'rate_limited',
  'payload_too_large',
  'unavailable',
  'demo_data',
  'internal',
]);

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.looseObject({ parameter: z.string().optional() }).optional(),
  }),
  requestId: z.string(),
});

export const healthSchema = z.object({ status: z.literal('ok'), engine: z.string(), suppliers: z.number() });
