/**
 * Where a supplier is: its commune found from the INSEE code, or from the postcode
 * and the city name; department and region follow from the commune, and the point
 * too when the source has none.
 */
import type { Address, Point } from '../../../../sdk/src/types.js';
import type { Geography } from '../../domain/geography.js';
import type { Commune } from '../../domain/geography.types.js';
import { fold } from '../../domain/text-normalize.js';
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
  warnings: { field: keyof LocationInput; reason: string }[];
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

function cityKey(text: string): string {
  return fold(text)
    .replace(/\b(st|ste)\b/g, (word) => (word === 'st' ? 'saint' : 'sainte'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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
  if (communes.length === 0) throw new LocationProblem('postcode', 'code postal inconnu / unknown postcode');
  if (communes.length === 1) return communes[0]!;
  const wanted = city && cityKey(city);
  const named = wanted ? communes.find((c) => cityKey(c.name) === wanted) ?? communes.find((c) => wanted.startsWith(cityKey(c.name))) : undefined;
  if (named) return named;
  // Several communes share the postcode: the most populous is the likeliest, and said so.
  const likeliest = [...communes].sort((a, b) => b.population - a.population)[0]!;
  warnings.push({
    field: 'city',
    reason: `commune ambiguë pour ${postcode}, retenue : ${likeliest.name} / ambiguous commune for ${postcode}, chose ${likeliest.name}`,
  });
  return likeliest;
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
    warnings.push({ field: 'communeCode', reason: 'code commune inconnu, code postal utilisé / unknown commune code, postcode used' });
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
    warnings.push({ field: 'lat', reason: `${error.message} ; centre de la commune utilisé / commune centre used` });
  }
  const street = read('street', () => textOf(input.street, 300));
  const address: Address = {
    postcode: postcode && commune.postcodes.includes(postcode) ? postcode : commune.postcodes[0]!,
    city: city ?? commune.name,
    communeCode: commune.code,
    department: commune.department,
    region: commune.region,
    point: point ?? commune.point,
  };
  if (street) address.street = street;
  return { address, warnings };
}
