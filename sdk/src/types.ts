/**
 * The public contract of the achat-inclusif API: types only, one source of truth.
 * The server imports these with `import type` and checks its runtime schemas against
 * them (server/src/api/schema.type-test.ts); the SDK and the widget build on them.
 */
import type {
  KindCode,
  LabelSlug,
  NetworkSlug,
  PrestaType,
  SectorGroupSlug,
  SectorSlug,
} from './codes.js';

export type {
  KindCode,
  LabelSlug,
  NetworkSlug,
  PrestaType,
  SectorGroupSlug,
  SectorSlug,
} from './codes.js';

/** insertion: SIAE and prison workshops; handicap: EA, EATT, ESAT. */
export type KindFamily = 'insertion' | 'handicap';

/** A text in French and in English. */
export interface Localized {
  fr: string;
  en: string;
}

export type PlaceType = 'commune' | 'department' | 'region';

/**
 * An unambiguous place id: `commune:<INSEE code>`, `department:<code>` or
 * `region:<code>` (a region and a department can share a code: 84 is both).
 */
export type PlaceId = `commune:${string}` | `department:${string}` | `region:${string}`;

export interface Point {
  lat: number;
  lng: number;
}

export interface Place {
  id: PlaceId;
  type: PlaceType;
  /** INSEE commune code, department code or region code. */
  code: string;
  name: string;
  /** Communes only. */
  postcodes?: string[];
  /** Department code; communes only. */
  department?: string;
  /** Region code; communes and departments. */
  region?: string;
  /** Communes only. */
  population?: number;
  /** Centre point; communes only. */
  point?: Point;
}

/** Where an activity is offered: all of France, listed zones, or a radius around the address. */
export type GeoRange =
  | { type: 'COUNTRY' }
  | { type: 'ZONES'; zones: PlaceId[] }
  | { type: 'CUSTOM'; km: number };

/** One sector, the service types offered in it, and where. */
export interface Activity {
  sector: SectorSlug;
  prestaTypes: PrestaType[];
  range: GeoRange;
}

/** Something the supplier sells, in its own words. */
export interface Offer {
  name: string;
  description?: string;
}

/** A buyer the supplier has worked for. */
export interface ClientReference {
  name: string;
}

export interface Address {
  street?: string;
  postcode: string;
  city: string;
  /** INSEE code of the commune. */
  communeCode: string;
  department: string;
  region: string;
  point: Point;
}

/** People employed, the supplier's social impact. */
export interface Employees {
  /** People in an insertion path or with disabilities. */
  inclusive?: number;
  /** Permanent staff. */
  permanent?: number;
}

export interface Contact {
  email?: string;
  phone?: string;
}

export interface Supplier {
  id: string;
  /** 14 digits. */
  siret: string;
  /** Legal name, as registered (often in capitals). */
  name: string;
  /** Trading name, when it has one. */
  brand?: string;
  kind: KindCode;
  /** NAF/APE code such as "8121Z". */
  naf?: string;
  description?: string;
  website?: string;
  contact?: Contact;
  address: Address;
  activities: Activity[];
  networks: NetworkSlug[];
  labels: LabelSlug[];
  offers: Offer[];
  clientReferences: ClientReference[];
  employees?: Employees;
  /** False when delisted: kept in storage, never returned by search. Default true. */
  active?: boolean;
  /**
   * False when the SIRET's establishment number (NIC) fails its check digit while the
   * SIREN is valid: a real supplier whose number was typed wrong somewhere. Absent: verified.
   */
  siretVerified?: boolean;
  /** True for the company's head office (siège), false for another establishment; absent when unknown. */
  headOffice?: boolean;
  createdAt: string;
  updatedAt: string;
}

export type SortOrder = 'relevance' | 'distance' | 'name' | 'updated';

export type FacetName =
  | 'kind'
  | 'prestaType'
  | 'sectorGroup'
  | 'sector'
  | 'network'
  | 'label'
  | 'department'
  | 'region';

/** A search, as the SDK sends it (GET /v1/suppliers query parameters in brackets). */
export interface SearchRequest {
  /** Free text, a SIRET (14 digits) or a SIREN (9 digits). [q] */
  q?: string;
  kinds?: KindCode[]; // [kind]
  families?: KindFamily[]; // [family]
  prestaTypes?: PrestaType[]; // [presta]
  sectors?: SectorSlug[]; // [sector]
  sectorGroups?: SectorGroupSlug[]; // [sectorGroup]
  networks?: NetworkSlug[]; // [network]
  labels?: LabelSlug[]; // [label]
  /** Places the supplier can serve (OR-ed), by the intervention-perimeter rule. [serves] */
  serves?: PlaceId[];
  /** Where the supplier is located (OR-ed). [location] */
  location?: PlaceId[];
  /** Suppliers located within radiusKm of a point. [near=lat,lng & radiusKm] */
  near?: Point & { radiusKm: number };
  /** Only kinds eligible to the social clause of public contracts. [socialClause] */
  socialClause?: boolean;
  sort?: SortOrder; // [sort]
  /** 1-based. [page] */
  page?: number;
  /** 1 to 100, default 20. [perPage] */
  perPage?: number;
  /** Facet counts to return. [facets] */
  facets?: FacetName[];
  /**
   * Parts of `q` to search as words rather than apply as filters (see SearchResponse's
   * `interpretation`): the buyer removed them. [literal]
   */
  literal?: InterpretedType[];
}

/** What the text of a search can be understood as. */
export type InterpretedType = 'place' | 'sector' | 'kind';

/** One thing understood in the text, applied as a filter. */
export interface InterpretedPart {
  type: InterpretedType;
  /** A place id (serves), a sector or sector-group slug, or a kind code. */
  value: string;
  /** What to show: "Lyon", "Traiteur", "Espaces verts & extérieurs", "ESAT". */
  label: string;
  /** The words of the query it was read from, as typed. */
  words: string;
}

/**
 * How `q` was read: "traiteur lyon" is the sector Traiteur, serving Lyon, with no words
 * left to search. Absent when nothing was recognised (the text was searched as typed).
 */
export interface Interpretation {
  /** The words searched as text once the parts are taken out (may be empty). */
  text: string;
  parts: InterpretedPart[];
}

/** A run of a field's text, marked when it matched the query. Data, never HTML. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

export type HighlightField = 'name' | 'brand' | 'description' | 'offers' | 'city';

export interface Highlight {
  field: HighlightField;
  parts: HighlightPart[];
}

export interface Hit {
  supplier: Supplier;
  /** Kilometres to the reference point (the one commune served, or `near`), when there is one. */
  distanceKm?: number;
  highlights: Highlight[];
}

export interface FacetValue {
  value: string;
  count: number;
}

/** Disjunctive: a facet's counts ignore that facet's own selection. */
export type FacetCounts = Partial<Record<FacetName, FacetValue[]>>;

export interface SearchResponse {
  found: number;
  page: number;
  perPage: number;
  pages: number;
  hits: Hit[];
  facets: FacetCounts;
  /** How the text was understood, when a place, a sector or a kind was recognised in it. */
  interpretation?: Interpretation;
}

export type Suggestion =
  | { type: 'supplier'; id: string; label: string; kind: KindCode; city: string }
  | { type: 'sector'; value: SectorSlug; label: string; group: SectorGroupSlug }
  | { type: 'place'; place: Place };

export interface SuggestResponse {
  suggestions: Suggestion[];
}

export interface PlacesResponse {
  places: Place[];
}

export interface TaxonomyKind {
  code: KindCode;
  family: KindFamily;
  socialClause: boolean;
  label: Localized;
}

export interface Taxonomy {
  kinds: TaxonomyKind[];
  prestaTypes: { code: PrestaType; label: Localized }[];
  sectorGroups: {
    slug: SectorGroupSlug;
    label: Localized;
    sectors: { slug: SectorSlug; label: Localized }[];
  }[];
  networks: { slug: NetworkSlug; name: string; brand?: string }[];
  labels: { slug: LabelSlug; name: string }[];
  regions: { code: string; name: string }[];
  departments: { code: string; name: string; region: string }[];
}

export type ErrorCode =
  | 'invalid_parameter'
  | 'unknown_parameter'
  | 'limit_exceeded'
  | 'invalid_body'
  | 'not_found'
  | 'method_not_allowed'
  | 'unauthorized'
  | 'forbidden'
  | 'demo_data'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unavailable'
  | 'internal';

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: {
      /** The query parameter, path segment or body field at fault. */
      parameter?: string;
      [key: string]: unknown;
    };
  };
  requestId: string;
}

/** What the buyer asks for: a quote, a tender's answers, or sourcing before a tender. */
export type NeedKind = 'QUOTE' | 'TENDER' | 'SOURCING';

/**
 * The estimated amount, in the reference system's ranges (Le Marché de l'inclusion,
 * lemarche/tenders/constants.py), or why it is not given.
 */
export type NeedAmount =
  | '0-1K'
  | '1-5K'
  | '5-10K'
  | '10-15K'
  | '15-20K'
  | '20-30K'
  | '30-50K'
  | '50-100K'
  | '100-150K'
  | '150-250K'
  | '250-500K'
  | '500-750K'
  | '750K-1M'
  | '>1M'
  | 'unknown'
  | 'undisclosed';

/** The person posting a need: personal data, kept a limited time after the need closes. */
export interface NeedBuyer {
  /** 1 to 120 characters. */
  name: string;
  /** 1 to 200 characters. */
  organisation: string;
  /** Where the confirmation and the follow-up link go. */
  email: string;
  phone?: string;
}

/** A need, as posted (POST /v1/needs body). */
export interface NeedInput {
  kind: NeedKind;
  /** 5 to 200 characters. */
  title: string;
  /** 10 to 5 000 characters, plain text. */
  description: string;
  /** 1 to 20 sectors; may be empty only with `supplierIds`. */
  sectors: SectorSlug[];
  /** 1 to 50 places where the work is done; omitted with `nationwide` or `supplierIds`. */
  places?: PlaceId[];
  /** The work can be done anywhere in France. */
  nationwide?: boolean;
  prestaTypes?: PrestaType[];
  kinds?: KindCode[];
  /** Only kinds eligible to reserved lots and social clauses. */
  socialClause?: boolean;
  /** A need addressed to these suppliers only (1 to 20 ids), such as a quote from one sheet. */
  supplierIds?: string[];
  /** Last day to answer, `YYYY-MM-DD`, today or later. */
  deadline: string;
  /** `YYYY-MM-DD`. */
  startDate?: string;
  amount: NeedAmount;
  reservedLot?: boolean;
  acceptsCoContracting?: boolean;
  /** An https link to the tender's documents. */
  externalLink?: string;
  buyer: NeedBuyer;
  /** The language of the buyer's mails and pages. Default `fr`. */
  locale?: 'fr' | 'en';
  /** Left empty by people; a form hides it, robots fill it. */
  homepage?: string;
}

/**
 * unconfirmed: waiting for the buyer's e-mail confirmation; moderation: waiting for an admin;
 * rejected: refused by an admin; sent: delivered to its recipients; closed: closed by the buyer.
 */
export type NeedStatus = 'unconfirmed' | 'moderation' | 'rejected' | 'sent' | 'closed';

/** How many suppliers a need reaches once confirmed, and how many of them by e-mail. */
export interface NeedRecipientCounts {
  found: number;
  withEmail: number;
}

/** POST /v1/needs answer (201). */
export interface NeedCreated {
  need: { id: string; status: 'unconfirmed'; recipients: NeedRecipientCounts };
}

/** A supplier as the buyer sees it on the follow-up: who, and how to reach them. */
export interface NeedSupplierContact {
  id: string;
  name: string;
  brand?: string;
  kind: KindCode;
  city: string;
  email?: string;
  phone?: string;
  website?: string;
  /** The supplier's message with its answer; plain text. */
  message?: string;
  answeredAt?: string;
}

/** The buyer's answer to "was a contract signed with an inclusive supplier?". */
export interface NeedOutcome {
  contractSigned: 'yes' | 'no' | 'unknown';
  /** Euros, when signed and given. */
  amountEur?: number;
  answeredAt: string;
}

/** GET /v1/needs/{id}?token= answer: the buyer's follow-up. */
export interface NeedFollowUp {
  need: {
    id: string;
    status: NeedStatus;
    kind: NeedKind;
    title: string;
    deadline: string;
    amount: NeedAmount;
    createdAt: string;
    sentAt?: string;
    closedAt?: string;
    recipients: NeedRecipientCounts & { reached: number; opened: number; interested: number; notInterested: number };
    /** Suppliers who answered "interested", with their contacts. */
    interested: NeedSupplierContact[];
    /** Recipients without an e-mail address: the buyer reaches them by phone or website. */
    withoutEmail: NeedSupplierContact[];
    outcome?: NeedOutcome;
  };
}
