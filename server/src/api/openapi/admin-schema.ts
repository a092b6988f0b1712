/**
 * The admin routes' bodies and answers as zod schemas, for the OpenAPI document only:
 * the routes read bodies through the import normaliser, which takes more than this
 * (Le Marché de l'inclusion records, labels instead of codes). The supplier sent is
 * the contract's Supplier with what the server fills in made optional;
 * openapi.type-test.ts holds the report to the importer's type.
 */
import { z } from 'zod';
import { supplierSchema } from '../response-schema.js';

export const importFormatSchema = z.enum(['ndjson', 'json', 'marche', 'csv']);
export const importModeSchema = z.enum(['merge', 'replace']);

/** What a PUT or an import row must give: the server fills in the id (from the path), dates, department, region and point. */
export const supplierInputSchema = supplierSchema
  .extend({ address: supplierSchema.shape.address.partial() })
  .partial()
  .required({ siret: true, name: true, kind: true, address: true })
  // Keys it does not know are ignored, and a Marché record is read as one.
  .loose();

const reportEntrySchema = z.object({
  severity: z.enum(['rejected', 'warning']),
  code: z.string().describe('Class of the problem: cedex_postcode, department_centre, city_postcode_mismatch, siret_unverified, no_identity, no_name, ignored:<field>…'),
  line: z.number().optional(),
  index: z.number().optional(),
  field: z.string(),
  reason: z.string(),
  value: z.string().optional(),
  siret: z.string().optional(),
});

export const importReportSchema = z.object({
  status: z.enum(['ok', 'partial', 'failed']),
  source: z.string(),
  format: importFormatSchema.optional(),
  startedAt: z.string(),
  finishedAt: z.string(),
  rows: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  warnings: z.number(),
  duplicatesMerged: z.number(),
  warningsByClass: z.record(z.string(), z.number()),
  rejectedByClass: z.record(z.string(), z.number()),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  stored: z.number(),
  active: z.number(),
  error: z.string().optional(),
  entries: z.array(reportEntrySchema),
});

export const upsertResponseSchema = z.object({
  supplier: supplierSchema,
  warnings: z.array(reportEntrySchema.pick({ severity: true, field: true, reason: true, value: true })),
});

export const removalSchema = z.union([
  z.object({ id: z.string(), delisted: z.literal(true) }),
  z.object({ id: z.string(), removed: z.literal(true) }),
]);

export const reindexResponseSchema = z.object({ reindexed: z.literal(true), suppliers: z.number(), active: z.number() });
