/**
 * The need form as a pure module: the draft the buyer edits (strings and lists, as the
 * inputs hold them), made from the search in force, checked field by field, turned into
 * the POST /v1/needs body, and the API's 400 mapped back to the field it names. The dialog
 * only renders a draft and its errors.
 */
import { isApiError } from '../../sdk/src/index.js';
import type {
  KindCode,
  NeedAmount,
  NeedInput,
  NeedKind,
  PlaceId,
  PrestaType,
  SearchRequest,
  SectorGroupSlug,
  SectorSlug,
  Supplier,
} from '../../sdk/src/types.js';

export const needKinds: readonly NeedKind[] = ['QUOTE', 'TENDER', 'SOURCING'];

/** The reference system's ranges, in euros excl. tax, then the two answers without a figure. */
export const needAmounts: readonly NeedAmount[] = [
  '0-1K',
  '1-5K',
  '5-10K',
  '10-15K',
  '15-20K',
  '20-30K',
  '30-50K',
  '50-100K',
  '100-150K',
  '150-250K',
  '250-500K',
  '500-750K',
  '750K-1M',
  '>1M',
  'unknown',
  'undisclosed',
];

/** What the server accepts at most, checked here first so that the buyer hears it at once. */
export const limits = {
  title: { min: 5, max: 200 },
  description: { min: 10, max: 5000 },
  name: { max: 120 },
  organisation: { max: 200 },
  email: { max: 254 },
  phone: { max: 30 },
  link: { max: 500 },
} as const;

/** `nationwide`, or one place the need is to be served at. */
export type NeedPlace = PlaceId | 'nationwide' | '';

export interface NeedDraft {
  kind: NeedKind;
  title: string;
  description: string;
  sectors: SectorSlug[];
  place: NeedPlace;
  kinds: KindCode[];
  prestaTypes: PrestaType[];
  socialClause: boolean;
  /** A quote asked of named suppliers only ("Demander un devis" on a sheet). */
  supplierIds: string[];
  /** yyyy-mm-dd, as a date input holds it. */
  deadline: string;
  startDate: string;
  amount: NeedAmount | '';
  reservedLot: boolean;
  acceptsCoContracting: boolean;
  externalLink: string;
  buyer: { name: string; organisation: string; email: string; phone: string };
  /** Filled by robots only: the input is hidden from people and assistive technologies. */
  homepage: string;
}

/** The fields an error can be tied to, in the order the form shows them. */
export const needFields = [
  'kind',
  'title',
  'description',
  'sectors',
  'place',
  'deadline',
  'startDate',
  'amount',
  'externalLink',
  'buyer.name',
  'buyer.organisation',
  'buyer.email',
  'buyer.phone',
] as const;

export type NeedField = (typeof needFields)[number];

/** What is wrong with a field, in the form's words (i18n has a sentence for each). */
export type NeedProblem = 'required' | 'tooShort' | 'tooLong' | 'email' | 'phone' | 'url' | 'date' | 'past' | 'startAfterDeadline';

/** A problem found here, or the API's own message for a field it refused. */
export type FieldError = NeedProblem | { server: string };

export type NeedErrors = Partial<Record<NeedField, FieldError>>;

/** The sectors a need asks for when the search chose sector groups, not sectors. */
export type SectorsOf = (group: SectorGroupSlug) => readonly string[];

export interface Prefill {
  /** The search in force (presets applied): its place, sectors, kinds and social clause. */
  request: SearchRequest;
  sectorsOf: SectorsOf;
  /** The place the buyer chose, by its name: also with a radius, when the search has no `serves`. */
  place?: { id: PlaceId; name: string };
  /** The supplier a quote is asked of. */
  supplier?: Supplier;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** A draft with what the search already says; the buyer writes the rest. */
export function draftFromSearch({ request, sectorsOf, place, supplier }: Prefill): NeedDraft {
  const sectors = request.sectors?.length ? request.sectors : (request.sectorGroups ?? []).flatMap((group) => sectorsOf(group) as SectorSlug[]);
  return {
    kind: 'QUOTE',
    title: '',
    description: '',
    sectors: unique(sectors),
    place: request.serves?.[0] ?? place?.id ?? '',
    kinds: supplier ? [] : [...(request.kinds ?? [])],
    prestaTypes: supplier ? [] : [...(request.prestaTypes ?? [])],
    socialClause: !supplier && request.socialClause === true,
    supplierIds: supplier ? [supplier.id] : [],
    deadline: '',
    startDate: '',
    amount: '',
    reservedLot: false,
    acceptsCoContracting: false,
    externalLink: '',
    buyer: { name: '', organisation: '', email: '', phone: '' },
    homepage: '',
  };
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const isEmail = (value: string) => /^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/.test(value);
const isPhone = (value: string) => /^\+?\d{6,15}$/.test(value.replace(/[\s.()-]/g, ''));
function isWebUrl(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function text(value: string, { min = 0, max }: { min?: number; max: number }, required: boolean, check?: (value: string) => boolean, problem?: NeedProblem) {
  const trimmed = value.trim();
  if (!trimmed) return required ? 'required' : undefined;
  if (trimmed.length < min) return 'tooShort';
  if (trimmed.length > max) return 'tooLong';
  return check && !check(trimmed) ? problem : undefined;
}

/**
 * The draft's problems, by field (none: it can be posted). `today` is the buyer's date
 * (yyyy-mm-dd): a deadline in the past is refused. A need to named suppliers needs no
 * sector nor place: the suppliers are its recipients.
 */
export function validate(draft: NeedDraft, today: string): NeedErrors {
  const named = draft.supplierIds.length > 0;
  const deadline = draft.deadline.trim();
  const startDate = draft.startDate.trim();
  const problems: Record<NeedField, FieldError | undefined> = {
    kind: needKinds.includes(draft.kind) ? undefined : 'required',
    title: text(draft.title, limits.title, true),
    description: text(draft.description, limits.description, true),
    sectors: named || draft.sectors.length ? undefined : 'required',
    place: named || draft.place ? undefined : 'required',
    deadline: !deadline ? 'required' : !isDate(deadline) ? 'date' : deadline < today ? 'past' : undefined,
    startDate: !startDate ? undefined : !isDate(startDate) ? 'date' : undefined,
    amount: draft.amount ? undefined : 'required',
    externalLink: text(draft.externalLink, limits.link, false, isWebUrl, 'url'),
    'buyer.name': text(draft.buyer.name, limits.name, true),
    'buyer.organisation': text(draft.buyer.organisation, limits.organisation, true),
    'buyer.email': text(draft.buyer.email, limits.email, true, isEmail, 'email'),
    'buyer.phone': text(draft.buyer.phone, limits.phone, false, isPhone, 'phone'),
  };
  // A start before the answers are in makes no sense to a supplier.
  if (!problems.deadline && !problems.startDate && startDate && startDate < deadline) problems.startDate = 'startAfterDeadline';
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem)) as NeedErrors;
}

/** The first field with an error, in the form's order: where focus goes. */
export const firstInvalid = (errors: NeedErrors): NeedField | undefined => needFields.find((field) => errors[field]);

/** The POST /v1/needs body: trimmed, without the optional fields left empty; mails in the buyer's language. */
export function toNeedInput(draft: NeedDraft, locale: 'fr' | 'en'): NeedInput {
  const optional = (value: string) => value.trim() || undefined;
  const input: NeedInput = {
    kind: draft.kind,
    title: draft.title.trim(),
    description: draft.description.trim(),
    sectors: [...draft.sectors],
    deadline: draft.deadline,
    amount: draft.amount as NeedAmount,
    buyer: {
      name: draft.buyer.name.trim(),
      organisation: draft.buyer.organisation.trim(),
      email: draft.buyer.email.trim(),
      phone: optional(draft.buyer.phone),
    },
  };
  if (draft.place === 'nationwide') input.nationwide = true;
  else if (draft.place) input.places = [draft.place];
  if (draft.kinds.length) input.kinds = [...draft.kinds];
  if (draft.prestaTypes.length) input.prestaTypes = [...draft.prestaTypes];
  if (draft.socialClause) input.socialClause = true;
  if (draft.supplierIds.length) input.supplierIds = [...draft.supplierIds];
  if (draft.startDate) input.startDate = draft.startDate;
  if (draft.reservedLot) input.reservedLot = true;
  if (draft.acceptsCoContracting) input.acceptsCoContracting = true;
  const link = optional(draft.externalLink);
  if (link) input.externalLink = link;
  if (locale !== 'fr') input.locale = locale;
  if (draft.homepage) input.homepage = draft.homepage;
  if (!input.buyer.phone) delete input.buyer.phone;
  return input;
}

/** The API's names for a field (`places`, `buyer.email`, `buyer/email`, `buyer[email]`) as the form's. */
function fieldOf(parameter: string): NeedField | undefined {
  const path = parameter.replace(/\[(\w+)\]/g, '.$1').replace(/\//g, '.').replace(/\.\d+$/, '');
  const field = ({ places: 'place', nationwide: 'place' } as Record<string, NeedField>)[path] ?? path;
  return (needFields as readonly string[]).includes(field) ? (field as NeedField) : undefined;
}

/**
 * A failed post as the form shows it: a 400 (bad value) or a 403 (outside the site key's
 * scope, such as a place) naming a field of the form goes under that field with the API's
 * message; anything else is one message for the whole form.
 */
export function errorsFromFailure(error: unknown): { errors: NeedErrors; form?: 'invalid' | 'rateLimited' | 'failed' } {
  if (!isApiError(error)) return { errors: {}, form: 'failed' };
  if (error.status === 429) return { errors: {}, form: 'rateLimited' };
  const refused = error.status === 400 || error.status === 403;
  const field = refused ? fieldOf(error.body?.error.details?.parameter ?? '') : undefined;
  if (field) return { errors: { [field]: { server: error.message } } };
  return { errors: {}, form: refused ? 'invalid' : 'failed' };
}

/** The buyer's date as yyyy-mm-dd (a date input's value), not UTC's. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
