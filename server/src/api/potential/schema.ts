/** GET /v1/potential: its query string, read into the contract's PotentialRequest, and its answer's schema. */
import { z } from 'zod';
import type { PotentialRequest } from '../../../../sdk/src/types.js';
import { placeSchema, searchResponseSchema } from '../response-schema.js';
import { kindFamilySchema, many, placeIdSchema, sectorGroupSchema, sectorSchema } from '../schema.js';

const onePlace = z
  .array(z.string(), { error: 'Required: the one place to serve.' })
  .refine((values) => values.length <= 1, { error: 'Given more than once: the potential is for one place.' })
  .transform((values) => values[0]!)
  .pipe(placeIdSchema);

export const potentialQuerySchema = z
  .strictObject({
    sector: many(sectorSchema),
    sectorGroup: many(sectorGroupSchema),
    serves: onePlace,
  })
  .superRefine((query, ctx) => {
    if (!query.sector?.length && !query.sectorGroup?.length) {
      ctx.addIssue({ code: 'custom', path: ['sector'], message: 'Required: at least one sector or sectorGroup.' });
    }
  })
  .transform((query): PotentialRequest => {
    const request: PotentialRequest = { serves: query.serves };
    if (query.sector?.length) request.sectors = [...new Set(query.sector)];
    if (query.sectorGroup?.length) request.sectorGroups = [...new Set(query.sectorGroup)];
    return request;
  });

const localizedSchema = z.object({ fr: z.string(), en: z.string() });
const countSchema = z.object({ value: z.string(), count: z.number() });

export const potentialResponseSchema = z.object({
  place: placeSchema,
  sectors: z.array(z.object({ slug: sectorSchema, label: localizedSchema })),
  sectorGroups: z.array(z.object({ slug: sectorGroupSchema, label: localizedSchema })),
  found: z.number().describe('Suppliers that can serve the place in one of the sectors (one activity for both).'),
  byKind: z.array(countSchema).describe('found, by kind, most first.'),
  byFamily: z.record(kindFamilySchema, z.number()).describe('found, by kind family.'),
  reservedLots: z.number().describe('Of found, those whose kind is eligible to reserved lots and the social clause.'),
  withContact: z.number().describe('Of found, those with a public e-mail, phone or website (share: withContact / found).'),
  nearest: searchResponseSchema.shape.hits.describe('Up to five: the nearest when the place is a commune, else the first in the search’s order.'),
});
