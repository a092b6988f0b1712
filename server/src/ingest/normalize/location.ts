/**
 * Where a supplier is: its commune found from the INSEE code, or from the postcode
 * and the city name; department and region follow from the commune, and the point
 * too when the source has none.
 *
 * Real directories hold postcodes no commune lists: CEDEX codes of big senders
 * ("85021 LA ROCHE SUR YON CEDEX"). Such a supplier is still real: it is found by its
 * city name within the postcode's department, then by a city name unique in France,
 * else placed at the department's centre, each time with a warning. The postcode's
 * department is trusted over a city name that points elsewhere ("21024 Le Havre").
 */
import type { Address, Point } from '../../../../sdk/src/types.js';
import type { Department, Geography } from '../../domain/geography.js';
import type { Commune } from '../../domain/geography.types.js';
import { fold } from '../../domain/text-normalize.js';
import type { FindingCode } from '../types.js';
import { numberOf, textOf, ValueProblem } from './values.js';

export interface LocationInput {
  communeCode?: unknown;
  postcode?: unknown;
  city?: unknown;
  street?: unknown;
  lat?: unknown;
  lng?: unknown;
}

export interface Located {
  address: Address;
  warnings: { field: keyof LocationInput; reason: string; code: FindingCode }[];
}

export class LocationProblem extends Error {
  override name = 'LocationProblem';
  constructor(
    readonly field: keyof LocationInput,
    reason: string,
  ) {
    super(reason);
  }
}

/** The commune name in a city as mail is addressed: "ST OMER CEDEX 2" is "saint omer". */
function cityKey(text: string): string {
  return fold(text)
    .replace(/\bcedex\b.*$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(st|ste)\b/g, (word) => (word === 'st' ? 'saint' : 'sainte'));
}

/**
 * The commune a city names among `communes`: the same name (the most populous of
 * homonyms), else a name and a city starting one with the other ("PARIS 15",
 * "Lesquin" for "LESQUIN CENTRE"), else the one name starting with the city's
 * first word ("ROISSY CDG" for Roissy-en-France).
 */
function namedAmong(communes: readonly Commune[], wanted: string): Commune | undefined {
  const mostPopulous = (list: Commune[]) => list.sort((a, b) => b.population - a.population)[0];
  const keyed = communes.map((c) => ({ c, key: cityKey(c.name) }));
  const exact = keyed.filter(({ key }) => key === wanted).map(({ c }) => c);
  if (exact.length) return mostPopulous(exact);
  const prefixed = keyed.filter(({ key }) => wanted.startsWith(`${key} `) || key.startsWith(`${wanted} `)).map(({ c }) => c);
  if (prefixed.length) return mostPopulous(prefixed);
  const first = wanted.split(' ')[0]!;
  if (first.length < 4 || first === 'saint' || first === 'sainte') return undefined;
  const byFirstWord = keyed.filter(({ key }) => key.split(' ')[0] === first);
  return byFirstWord.length === 1 ? byFirstWord[0]!.c : undefined;
}

function communesOf(geography: Geography, department: Department): Commune[] {
  return geography.communes().filter((c) => c.department === department.code);
}

/** Spreadsheets drop the leading zero of Ain's "01000". */
function postcodeOf(value: unknown): string | undefined {
  const text = textOf(value, 20)?.replace(/\s/g, '');
  if (text === undefined) return undefined;
  if (/^\d{4}$/.test(text)) return `0${text}`;
  if (!/^\d{5}$/.test(text)) throw new ValueProblem('code postal à 5 chiffres attendu / 5-digit postcode expected');
  return text;
}

function pointOf(input: LocationInput): Point | undefined {
  const lat = numberOf(input.lat);
  const lng = numberOf(input.lng);
  if (lat === undefined && lng === undefined) return undefined;
  if (lat === undefined || lng === undefined || Math.abs(lat) > 90 || Math.abs(lng) > 180 || (lat === 0 && lng === 0)) {
    throw new ValueProblem('latitude et longitude invalides / invalid latitude and longitude');
  }
  return { lat, lng };
}

function byPostcode(geography: Geography, postcode: string, city: string | undefined, warnings: Located['warnings']): Commune {
  const communes = geography.communesByPostcode(postcode);
  const wanted = city ? cityKey(city) : '';
  if (communes.length === 0) return byUnknownPostcode(geography, postcode, wanted, warnings);
  const named = wanted ? namedAmong(communes, wanted) : undefined;
  if (named) return named;
  // The postcode is trusted: the most populous of its communes is the likeliest.
  const likeliest = [...communes].sort((a, b) => b.population - a.population)[0]!;
  if (wanted && geography.communesByName(wanted).length > 0) {
    warnings.push({
      field: 'city',
      code: 'city_postcode_mismatch',
      reason: `la ville ne correspond pas au code postal ${postcode}, retenue : ${likeliest.name} / city does not match postcode ${postcode}, chose ${likeliest.name}`,
    });
  } else if (communes.length > 1) {
    warnings.push({
      field: 'city',
      code: 'ambiguous_commune',
      reason: `commune ambiguë pour ${postcode}, retenue : ${likeliest.name} / ambiguous commune for ${postcode}, chose ${likeliest.name}`,
    });
  }
  return likeliest;
}

/** A postcode no commune lists (see the header). */
function byUnknownPostcode(geography: Geography, postcode: string, wanted: string, warnings: Located['warnings']): Commune {
  const department = geography.departmentOfPostcode(postcode);
  const inDepartment = department && wanted ? namedAmong(communesOf(geography, department), wanted) : undefined;
  const everywhere = wanted && !inDepartment ? geography.communesByName(wanted) : [];
  const unique = everywhere.length === 1 ? everywhere[0] : undefined;
  const found = inDepartment ?? (unique && (!department || unique.department === department.code) ? unique : undefined);
  if (found) {
    warnings.push({
      field: 'postcode',
      code: 'cedex_postcode',
      reason: `code postal ${postcode} (CEDEX ?) absent des communes, commune trouvée par son nom : ${found.name} / postcode ${postcode} (CEDEX?) lists no commune, found by city name: ${found.name}`,
    });
    return found;
  }
  const centre = department && geography.departmentCentre(department.code);
  if (!department || !centre) throw new LocationProblem('postcode', 'code postal inconnu, hors de tout département / unknown postcode, in no department');
  if (everywhere.length > 0) {
    warnings.push({
      field: 'city',
      code: 'city_postcode_mismatch',
      reason: `la ville est hors du département ${department.code} du code postal ${postcode}, centre du département retenu : ${centre.name} / city lies outside postcode ${postcode}'s department ${department.code}, department centre used: ${centre.name}`,
    });
  } else {
    warnings.push({
      field: 'postcode',
      code: 'department_centre',
      reason: `code postal ${postcode} et ville introuvables, centre du département ${department.code} retenu : ${centre.name} / postcode ${postcode} and city not found, department ${department.code} centre used: ${centre.name}`,
    });
  }
  return centre;
}

export function locate(input: LocationInput, geography: Geography): Located {
  const warnings: Located['warnings'] = [];
  const read = <T>(field: keyof LocationInput, read: () => T): T => {
    try {
      return read();
    } catch (error) {
      if (error instanceof ValueProblem) throw new LocationProblem(field, error.message);
      throw error;
    }
  };
  const code = read('communeCode', () => textOf(input.communeCode, 10));
  const postcode = read('postcode', () => postcodeOf(input.postcode));
  const city = read('city', () => textOf(input.city, 200));
  let commune = code ? geography.commune(code.padStart(5, '0')) : undefined;
  if (code && !commune) {
    if (!postcode) throw new LocationProblem('communeCode', 'code commune inconnu / unknown commune code');
    warnings.push({ field: 'communeCode', code: 'unknown_commune_code', reason: 'code commune inconnu, code postal utilisé / unknown commune code, postcode used' });
  }
  if (!commune) {
    if (!postcode) throw new LocationProblem('postcode', 'code postal ou code commune requis / postcode or commune code required');
    commune = byPostcode(geography, postcode, city, warnings);
  }
  let point: Point | undefined;
  try {
    point = pointOf(input);
  } catch (error) {
    if (!(error instanceof ValueProblem)) throw error;
    warnings.push({ field: 'lat', code: 'invalid_point', reason: `${error.message} ; centre de la commune utilisé / commune centre used` });
  }
  const street = read('street', () => textOf(input.street, 300));
  const placedElsewhere = warnings.some((w) => w.code === 'cedex_postcode' || w.code === 'department_centre' || w.code === 'city_postcode_mismatch');
  const address: Address = {
    postcode: postcode && commune.postcodes.includes(postcode) ? postcode : (commune.postcodes[0] ?? postcode ?? ''),
    // A city the data names is kept unless the supplier was placed in another commune than it says.
    city: city && !placedElsewhere ? city : commune.name,
    communeCode: commune.code,
    department: commune.department,
    region: commune.region,
    point: point ?? commune.point,
  };
  if (street) address.street = street;
  return { address, warnings };
}
