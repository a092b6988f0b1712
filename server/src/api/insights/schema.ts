/** Runtime schemas of the insights' answers and the contact event, for the OpenAPI document (held to the contract by schema.type-test.ts). */
import { z } from 'zod';

const count = z.object({ value: z.string(), count: z.number() });

const dayCounts = {
  searches: z.number().describe('Searches, first pages only.'),
  zeroResults: z.number().describe('Of those, searches that found nothing.'),
  sheets: z.number().describe('Supplier sheets opened.'),
  contacts: z.number().describe('Contacts clicked.'),
  needsPosted: z.number(),
  needsConfirmed: z.number(),
  suppliersReached: z.number().describe('Suppliers the needs sent that day went to.'),
  interested: z.number().describe('"Interested" answers.'),
  contracts: z.number().describe('Contracts declared signed.'),
  contractAmountEur: z.number().describe('Their amounts, in euros, when given.'),
};

export const insightsDaySchema = z.object({ day: z.string().describe('YYYY-MM-DD, UTC.'), ...dayCounts });

export const insightsReportSchema = z.object({
  key: z.string().describe('The site key’s name.'),
  from: z.string(),
  to: z.string(),
  totals: z.object(dayCounts),
  days: z.array(insightsDaySchema).describe('Every day of the period, zeros included.'),
  topQueries: z.array(count).describe('Normalised texts (personal-looking words removed), most asked first, at most 20.'),
  topZeroResultQueries: z.array(count).describe('Searches that found nothing: text and filters.'),
  topSectors: z.array(count),
  topPlaces: z.array(count),
  contactsByChannel: z.array(count),
});

export const contactEventResponseSchema = z.object({ recorded: z.boolean().describe('false when no site key was sent: nothing is counted.') });
