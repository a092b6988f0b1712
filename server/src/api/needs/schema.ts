/**
 * POST /v1/needs body: every field typed and bounded, unknown fields refused. Each
 * 400 names the field (`buyer.email`, `places`...). Checks that need the geography,
 * the clock or the key (places exist, deadline not past, scope) are in the route.
 */
import { z } from 'zod';
import type { NeedAmount, NeedKind } from '../../../../sdk/src/types.js';
import { ApiException, invalidParameter } from '../../errors.js';
import { kindSchema, placeIdSchema, prestaTypeSchema, sectorSchema } from '../schema.js';

export const NEED_KINDS: NeedKind[] = ['QUOTE', 'TENDER', 'SOURCING'];
export const NEED_AMOUNTS: NeedAmount[] = [
  '0-1K', '1-5K', '5-10K', '10-15K', '15-20K', '20-30K', '30-50K', '50-100K',
  '100-150K', '150-250K', '250-500K', '500-750K', '750K-1M', '>1M', 'unknown', 'undisclosed',
];
export const NEED_LIMITS = { title: 200, description: 5000, sectors: 20, places: 50, supplierIds: 20, link: 500 } as const;

const unknownValue = { error: (issue: { input?: unknown }) => `Unknown value "${String(issue.input)}".` };
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD.').refine((value) => {
  const date = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, 'Not a calendar date.');
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).refine((values) => new Set(values).size === values.length, 'Values repeat.');

export const needInputSchema = z
  .strictObject({
    kind: z.enum(NEED_KINDS, unknownValue),
    title: text(5, NEED_LIMITS.title),
    description: text(10, NEED_LIMITS.description),
    sectors: list(sectorSchema, NEED_LIMITS.sectors),
    places: list(placeIdSchema, NEED_LIMITS.places).optional(),
    nationwide: z.boolean().optional(),
    prestaTypes: list(prestaTypeSchema, 4).optional(),
    kinds: list(kindSchema, 10).optional(),
    socialClause: z.boolean().optional(),
    supplierIds: list(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Expected a supplier id.'), NEED_LIMITS.supplierIds).optional(),
    deadline: day,
    startDate: day.optional(),
    amount: z.enum(NEED_AMOUNTS, unknownValue),
    reservedLot: z.boolean().optional(),
    acceptsCoContracting: z.boolean().optional(),
    externalLink: z.url({ protocol: /^https?$/, error: 'Expected an http(s) link.' }).max(NEED_LIMITS.link).optional(),
    buyer: z.strictObject({
      name: text(1, 120),
      organisation: text(1, 200),
      email: z.email({ error: 'Expected an e-mail address.' }).max(254),
      phone: z.string().trim().regex(/^\+?[0-9 ().-]{6,30}$/, 'Expected a phone number.').optional(),
    }),
    locale: z.enum(['fr', 'en'], unknownValue).optional(),
    homepage: z.string().max(500).optional(),
  })
  .superRefine((need, context) => {
    const named = Boolean(need.supplierIds?.length);
    const fail = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (!named && !need.sectors.length) fail('sectors', 'At least one sector, unless supplierIds names the suppliers.');
    if (need.nationwide && need.places?.length) fail('nationwide', 'Either places or nationwide, not both.');
    if (!named && !need.nationwide && !need.places?.length) fail('places', 'At least one place, or nationwide: true.');
  });

/** The first zod issue as the API's 400, naming the field by its path (`buyer.email`). */
export function bodyIssue(issues: readonly z.core.$ZodIssue[]): ApiException {
  const unknown = issues.find((issue) => issue.code === 'unrecognized_keys');
  if (unknown) {
    const parameter = [...unknown.path.filter((p) => typeof p === 'string'), unknown.keys[0]].join('.');
    return invalidParameter(parameter, `Unknown field "${parameter}".`, 'unknown_parameter');
  }
  const issue = issues[0]!;
  const parameter = issue.path.filter((p) => typeof p === 'string').join('.');
  const code = issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array') ? 'limit_exceeded' : 'invalid_body';
  return invalidParameter(parameter, `${parameter}: ${issue.message}`, code);
}

export async function readNeedInput(request: Request): Promise<z.output<typeof needInputSchema>> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    throw new ApiException(400, 'invalid_body', 'The body is a need as JSON (content-type: application/json).');
  }
  const body: unknown = await request.json().catch(() => {
    throw new ApiException(400, 'invalid_body', 'The body is not valid JSON.');
  });
  const result = needInputSchema.safeParse(body);
  if (!result.success) throw bodyIssue(result.error.issues);
  return result.data;
}
