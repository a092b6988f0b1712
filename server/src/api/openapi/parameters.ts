/** The prose of each query parameter; the compiler holds each list complete against its schema. */
import { DEFAULT_PER_PAGE, DEFAULT_RADIUS_KM, MAX_RADIUS_KM, MAX_RESULT_DEPTH } from '../../query/limits.js';
import { MAX_EXPORT_ROWS, MAX_VALUES_PER_PARAMETER, type exportLimitSchema, type placesQuerySchema, type searchQuerySchema, type suggestQuerySchema } from '../schema.js';
import type { ParameterText } from './schemas.js';

const LIST = `Repeat the parameter or separate values with commas; any value matches. At most ${MAX_VALUES_PER_PARAMETER} values.`;
const PLACE_IDS = 'Place ids: commune:<INSEE code>, department:<code>, region:<code> (GET /v1/places finds them).';

export const SEARCH_PARAMETERS: Record<keyof typeof searchQuerySchema.in.shape, ParameterText> = {
  q: {
    description:
      'Free text: name, trading name, activity, offers, city; or a SIRET (14 digits) or SIREN (9 digits, every establishment, the head office first), spaces allowed. Case and accents are ignored, French words are stemmed. ' +
      'A place (commune, department name or number, region, postcode), a sector or sector group, and a kind named unambiguously in the text are applied as filters (serves the place, the sector, the kind), as the response\'s interpretation says: "traiteur lyon" is the sector Traiteur serving Lyon. ' +
      'Read so when the whole text is such words or names a place; a search that then finds nothing is answered with the text as typed.',
    example: 'traiteur lyon',
  },
  kind: { description: `Supplier kinds. ${LIST}`, example: 'EI,ACI' },
  family: { description: `Kind families: insertion (SIAE, prison workshops) or handicap (EA, EATT, ESAT). ${LIST}`, example: 'handicap' },
  presta: { description: `Service types. ${LIST}`, example: 'PREST' },
  sector: {
    description: `Activity sectors. With serves, the same activity must be in the sector and serve the place. ${LIST}`,
    example: 'nettoyage-de-locaux-16',
  },
  sectorGroup: { description: `Sector groups (each covers several sectors). ${LIST}`, example: 'hygiene-et-proprete-64' },
  network: { description: `Networks the supplier belongs to. ${LIST}`, example: 'coorace' },
  label: { description: `Labels the supplier holds. ${LIST}`, example: 'esus' },
  serves: {
    description: `Places the supplier can work in, by its intervention perimeter (whole country, listed zones, or a distance around its address). ${PLACE_IDS} ${LIST}`,
    example: 'commune:35238',
  },
  location: { description: `Places where the supplier is located (its address). ${PLACE_IDS} ${LIST}`, example: 'department:35' },
  near: { description: 'A point, "lat,lng" in decimal degrees: suppliers located within radiusKm of it.', example: '48.1114,-1.6819' },
  radiusKm: {
    description: `Radius around near, in kilometres: above 0, at most ${MAX_RADIUS_KM}; ${DEFAULT_RADIUS_KM} by default. Needs near.`,
    example: '15',
  },
  socialClause: { description: 'true or 1: only kinds eligible to the social clause of public contracts (not GEIQ, EITI, SEP).', example: 'true' },
  sort: {
    description:
      'distance: nearest first (the default with exactly one commune in serves, text or not, and with near without text; needs one of them); relevance (the default otherwise): with text, text similarity; without text, the most complete profile first (one point each for offers, description, client references, e-mail, phone, website, sectors), then the nearest to the place (suppliers inside the commune served first) or to near, else the most recently updated; name; updated (most recent first).',
    example: 'distance',
  },
  page: { description: `Page number, from 1. page × perPage may not pass result ${MAX_RESULT_DEPTH} (limit_exceeded).`, example: '2' },
  perPage: { description: `Results per page, ${DEFAULT_PER_PAGE} by default.`, example: '50' },
  facets: { description: `Facets to count; each facet's counts ignore that facet's own selection. ${LIST}`, example: 'kind,sectorGroup' },
  literal: {
    description: `Parts of q to search as words instead of applying them as filters: place, sector, kind (the interpretation's chips the buyer removed). A part is never read from q either when the request sets that filter itself (serves, location or near; sector or sectorGroup; kind or family). ${LIST}`,
    example: 'place',
  },
};

export const SUGGEST_PARAMETERS: Record<keyof typeof suggestQuerySchema.shape, ParameterText> = {
  q: { description: 'What the user has typed so far: suggests suppliers, sectors and places.', example: 'renn' },
};

export const PLACES_PARAMETERS: Record<keyof typeof placesQuerySchema.shape, ParameterText> = {
  q: { description: 'A commune, department or region name, a postcode or an INSEE code.', example: 'Rennes' },
  limit: { description: 'How many places, 10 by default.', example: '5' },
};

export const EXPORT_PARAMETERS: Record<keyof typeof exportLimitSchema.shape, ParameterText> = {
  limit: {
    description: `At most this many rows, the first in the search's order. Without it, more than ${MAX_EXPORT_ROWS} matches answer 400 limit_exceeded (details.found says how many): narrow the search, or ask for the first ${MAX_EXPORT_ROWS}.`,
    example: '500',
  },
};
