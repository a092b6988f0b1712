/**
 * Query-string schemas of the API. Each schema reads `Record<parameter, string[]>`
 * (what `c.req.queries()` gives) and outputs the contract type, so the error path of
 * every issue is the query parameter's own name.
 *
 * Error codes: a malformed value, a value outside its documented range, an unknown
 * taxonomy value or a combination that makes no sense is `invalid_parameter`; going
 * past a size limit (text length, values per parameter, pagination depth) is
 * `limit_exceeded`; a parameter the endpoint does not know is `unknown_parameter`.
 */
import { z } from 'zod';
import type {
  FacetName,
  KindCode,
  KindFamily,
  LabelSlug,
  NetworkSlug,
  PrestaType,
  SearchRequest,
  SortOrder,
} from '../../../sdk/src/types.js';
import { KINDS, LABELS as LABEL_NAMES, NETWORKS as NETWORK_NAMES, PRESTA_TYPES as PRESTA_LABELS } from '../domain/taxonomy-data.js';
import { SECTOR_GROUPS as SECTOR_GROUP_DATA } from '../domain/taxonomy-sectors.js';
import { DEFAULT_PER_PAGE, DEFAULT_RADIUS_KM, MAX_RADIUS_KM, MAX_RESULT_DEPTH, MAX_SEARCH_TEXT, MAX_SUGGEST_TEXT } from '../query/limits.js';

export const MAX_VALUES_PER_PARAMETER = 50;
/** One raw value of a list parameter: room for 50 of the longest sector slugs, commas included. */
export const MAX_PARAMETER_LENGTH = 4000;

export const KIND_CODES = Object.keys(KINDS) as KindCode[];
export const KIND_FAMILIES: KindFamily[] = ['insertion', 'handicap'];
export const PRESTA_TYPES = Object.keys(PRESTA_LABELS) as PrestaType[];
export const SECTOR_GROUPS = SECTOR_GROUP_DATA.map((group) => group.slug);
export const SECTORS = SECTOR_GROUP_DATA.flatMap((group) => group.sectors.map((sector) => sector.slug));
export const NETWORKS = Object.keys(NETWORK_NAMES) as NetworkSlug[];
export const LABELS = Object.keys(LABEL_NAMES) as LabelSlug[];
export const SORT_ORDERS: SortOrder[] = ['relevance', 'distance', 'name', 'updated'];
export const FACET_NAMES: FacetName[] = [
  'kind',
  'prestaType',
  'sectorGroup',
  'sector',
  'network',
  'label',
  'department',
  'region',
];

/** Zod error customisation that names the offending value, for enums. */
const unknownValue = { error: (issue: { input?: unknown }) => `Unknown value "${String(issue.input)}".` };

export const kindSchema = z.enum(KIND_CODES, unknownValue);
export const kindFamilySchema = z.enum(KIND_FAMILIES, unknownValue);
export const prestaTypeSchema = z.enum(PRESTA_TYPES, unknownValue);
export const sectorGroupSchema = z.enum(SECTOR_GROUPS, unknownValue);
export const sectorSchema = z.enum(SECTORS, unknownValue);
export const networkSchema = z.enum(NETWORKS, unknownValue);
export const labelSchema = z.enum(LABELS, unknownValue);
export const sortOrderSchema = z.enum(SORT_ORDERS, unknownValue);
export const facetNameSchema = z.enum(FACET_NAMES, unknownValue);
export const interpretedTypeSchema = z.enum(['place', 'sector', 'kind'], unknownValue);

/** A place id in its canonical form; whether the place exists is checked against the geography. */
export const placeIdSchema = z.union(
  [
    z.templateLiteral(['commune:', z.string().regex(/^(?:[0-9]{5}|2[AB][0-9]{3})$/)]),
    z.templateLiteral(['department:', z.string().regex(/^(?:[0-9]{2}|2[AB]|9[78][0-9])$/)]),
    z.templateLiteral(['region:', z.string().regex(/^(?:[0-9]{2}|9[78][0-9])$/)]),
  ],
  { error: (issue) => `Invalid place id "${String(issue.input)}": expected commune:<INSEE code>, department:<code> or region:<code>.` },
);

/** A parameter given once; `page=1&page=2` is refused rather than silently taking one. */
function single<T extends z.ZodType<unknown, string>>(value: T) {
  return z
    .array(z.string())
    .refine((values) => values.length <= 1, { error: 'Given more than once.' })
    .transform((values) => values[0]!)
    .pipe(value)
    .optional();
}

/** Repeated (`kind=EI&kind=ACI`), comma-separated (`kind=EI,ACI`) or both; empty items dropped. */
function many<T extends z.ZodType<string, string>>(item: T) {
  return z
    .array(z.string().max(MAX_PARAMETER_LENGTH, { error: `At most ${MAX_PARAMETER_LENGTH} characters.` }))
    .max(MAX_VALUES_PER_PARAMETER, { error: `At most ${MAX_VALUES_PER_PARAMETER} values.` })
    .transform((values) => values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))
    .pipe(z.array(item).max(MAX_VALUES_PER_PARAMETER, { error: `At most ${MAX_VALUES_PER_PARAMETER} values.` }))
    .optional();
}

function positiveInteger(min: number, max: number) {
  return z
    .string()
    .regex(/^[0-9]{1,7}$/, { error: 'Expected a whole number.' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `Expected a number from ${min} to ${max}.` })
        .max(max, { error: `Expected a number from ${min} to ${max}.` }),
    );
}

const DECIMAL = /^-?[0-9]{1,3}(?:\.[0-9]{1,12})?$/;

const pointSchema = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()))
  .refine((parts) => parts.length === 2 && parts.every((part) => DECIMAL.test(part)), {
    error: 'Expected "lat,lng" in decimal degrees.',
  })
  .transform(([lat, lng]) => ({ lat: Number(lat), lng: Number(lng) }))
  .refine((point) => Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180, {
    error: 'Latitude must lie within ±90 and longitude within ±180.',
  });

const radiusSchema = z
  .string()
  .regex(/^[0-9]{1,4}(?:\.[0-9]{1,6})?$/, { error: 'Expected a distance in kilometres.' })
  .transform(Number)
  .refine((km) => km > 0 && km <= MAX_RADIUS_KM, {
    error: `Expected a distance above 0 and at most ${MAX_RADIUS_KM} km.`,
  });

const booleanSchema = z.enum(['true', 'false', '1', '0'], { error: 'Expected true, false, 1 or 0.' }).transform((value) => value === 'true' || value === '1');

function text(max: number) {
  return z
    .string()
    .max(max, { error: `At most ${max} characters.` })
    .transform((value) => value.trim());
}

/** GET /v1/suppliers. The output is the contract's SearchRequest. */
export const searchQuerySchema = z
  .strictObject({
    q: single(text(MAX_SEARCH_TEXT)),
    kind: many(kindSchema),
    family: many(kindFamilySchema),
    presta: many(prestaTypeSchema),
    sector: many(sectorSchema),
    sectorGroup: many(sectorGroupSchema),
    network: many(networkSchema),
    label: many(labelSchema),
    serves: many(placeIdSchema),
    location: many(placeIdSchema),
    near: single(pointSchema),
    radiusKm: single(radiusSchema),
    socialClause: single(booleanSchema),
    sort: single(sortOrderSchema),
    page: single(positiveInteger(1, MAX_RESULT_DEPTH)),
    perPage: single(positiveInteger(1, 100)),
    facets: many(facetNameSchema),
    literal: many(interpretedTypeSchema),
  })
  .superRefine((query, ctx) => {
    if (query.radiusKm !== undefined && query.near === undefined) {
      ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'Needs near=lat,lng.' });
    }
    if ((query.page ?? 1) * (query.perPage ?? DEFAULT_PER_PAGE) > MAX_RESULT_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['page'],
        message: `Pages stop at result ${MAX_RESULT_DEPTH}: narrow the search instead.`,
        params: { code: 'limit_exceeded' },
      });
    }
  })
  .transform((query): SearchRequest => {
    const request: SearchRequest = {};
    if (query.q) request.q = query.q;
    if (query.kind?.length) request.kinds = query.kind;
    if (query.family?.length) request.families = query.family;
    if (query.presta?.length) request.prestaTypes = query.presta;
    if (query.sector?.length) request.sectors = query.sector;
    if (query.sectorGroup?.length) request.sectorGroups = query.sectorGroup;
    if (query.network?.length) request.networks = query.network;
    if (query.label?.length) request.labels = query.label;
    if (query.serves?.length) request.serves = dedupe(query.serves);
    if (query.location?.length) request.location = dedupe(query.location);
    if (query.near) request.near = { ...query.near, radiusKm: query.radiusKm ?? DEFAULT_RADIUS_KM };
    if (query.socialClause !== undefined) request.socialClause = query.socialClause;
    if (query.sort) request.sort = query.sort;
    if (query.page !== undefined) request.page = query.page;
    if (query.perPage !== undefined) request.perPage = query.perPage;
    if (query.facets?.length) request.facets = dedupe(query.facets);
    if (query.literal?.length) request.literal = dedupe(query.literal);
    return request;
  });

function dedupe<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Rows of a CSV export at most: a spreadsheet's worth, a few seconds of paging. */
export const MAX_EXPORT_ROWS = 5_000;
/** Search parameters that do not apply to an export, which holds every result. */
export const NOT_FOR_EXPORT = ['page', 'perPage', 'facets'] as const;

/** GET /v1/suppliers.csv's own parameter; the rest are the search's (searchQuerySchema). */
export const exportLimitSchema = z.object({ limit: single(positiveInteger(1, MAX_EXPORT_ROWS)) });

const requiredText = (max: number) =>
  z
    .array(z.string(), { error: 'Required.' })
    .refine((values) => values.length <= 1, { error: 'Given more than once.' })
    .transform((values) => values[0]!)
    .pipe(text(max).refine((value) => value.length > 0, { error: 'Required.' }));

/** GET /v1/suggest. */
export const suggestQuerySchema = z.strictObject({ q: requiredText(MAX_SUGGEST_TEXT) });

/** GET /v1/places. */
export const placesQuerySchema = z.strictObject({
  q: requiredText(MAX_SUGGEST_TEXT),
  limit: single(positiveInteger(1, 20)),
});

/** Endpoints that take no parameters still refuse unknown ones, so typos surface. */
export const noQuerySchema = z.strictObject({});
