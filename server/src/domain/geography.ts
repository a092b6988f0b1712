import type { Place, PlaceId } from '../../../sdk/src/types.js';
import data from '../../data/communes.json' with { type: 'json' };
import { normalizePlaceName, PlaceSearch, type SearchablePlace } from './geo-search.js';
import type { Commune, ServedPlace } from './geography.types.js';

/**
 * France's communes, departments and regions (metropolitan France, the five
 * DROM and the overseas collectivities, each of which is its own department and
 * region under its 97x/98x code), from server/data/communes.json, which server/scripts/build-geography.ts
 * builds. Points: GeoNames (CC-BY 4.0) or an estimate for small communes.
 */

export interface Department {
  code: string;
  name: string;
  region: string;
}

export interface Region {
  code: string;
  name: string;
}

/** The layout of communes.json: rows, to keep the file small. */
export interface GeographyData {
  regions: (readonly [code: string, name: string])[];
  departments: (readonly [code: string, name: string, region: string])[];
  communes: (readonly [
    code: string,
    name: string,
    /** Space-separated. */
    postcodes: string,
    department: string,
    population: number,
    /** Empty when the commune belongs to no EPCI. */
    epci: string,
    lat: number,
    lng: number,
  ])[];
}

/** Departments and regions: two characters in metropolitan France, 97x in the DROM, 97x/98x overseas collectivities. */
const PLACE_ID = /^(?:commune:(?:\d{5}|2[AB]\d{3})|department:(?:\d{2}|2[AB]|9[78]\d)|region:(?:\d{2}|9[78]\d))$/;

/** The id if `s` is a well-formed place id (it may still name no place: see Geography.place). */
export function parsePlaceId(s: string): PlaceId | undefined {
  return PLACE_ID.test(s) ? (s as PlaceId) : undefined;
}

function splitPlaceId(id: PlaceId): { type: Place['type']; code: string } {
  const colon = id.indexOf(':');
  return { type: id.slice(0, colon) as Place['type'], code: id.slice(colon + 1) };
}

export class Geography {
  private readonly communeList: readonly Commune[];
  private readonly departmentList: readonly Department[];
  private readonly regionList: readonly Region[];
  private readonly communeByCode: ReadonlyMap<string, Commune>;
  private readonly departmentByCode: ReadonlyMap<string, Department>;
  private readonly regionByCode: ReadonlyMap<string, Region>;
  private byPostcode?: Map<string, Commune[]>;
  private byName?: Map<string, Commune[]>;
  private search?: PlaceSearch;

  constructor(source: GeographyData) {
    this.regionList = source.regions.map(([code, name]) => ({ code, name }));
    this.departmentList = source.departments.map(([code, name, region]) => ({ code, name, region }));
    this.regionByCode = new Map(this.regionList.map((r) => [r.code, r]));
    this.departmentByCode = new Map(this.departmentList.map((d) => [d.code, d]));
    this.communeList = source.communes.map(([code, name, postcodes, department, population, epci, lat, lng]) => {
      const region = this.departmentByCode.get(department)?.region;
      if (!region) throw new Error(`Commune ${code} is in unknown department ${department}`);
      const commune: Commune = {
        code,
        name,
        // The TAAF's districts have no postcode.
        postcodes: postcodes ? postcodes.split(' ') : [],
        department,
        region,
        population,
        point: { lat, lng },
      };
      if (epci) commune.epci = epci;
      return commune;
    });
    this.communeByCode = new Map(this.communeList.map((c) => [c.code, c]));
  }

  communes(): readonly Commune[] {
    return this.communeList;
  }

  commune(code: string): Commune | undefined {
    return this.communeByCode.get(code);
  }

  communesByPostcode(postcode: string): readonly Commune[] {
    return this.postcodeIndex().get(postcode) ?? [];
  }

  private postcodeIndex(): ReadonlyMap<string, Commune[]> {
    if (!this.byPostcode) {
      this.byPostcode = new Map();
      for (const c of this.communeList) {
        for (const pc of c.postcodes) {
          const list = this.byPostcode.get(pc) ?? [];
          list.push(c);
          this.byPostcode.set(pc, list);
        }
      }
    }
    return this.byPostcode;
  }

  /** Communes named so, whatever the case, accents, hyphens or "St"/"Ste" for Saint/Sainte. */
  communesByName(name: string): readonly Commune[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const c of this.communeList) {
        const key = communeNameKey(c.name);
        const list = this.byName.get(key) ?? [];
        list.push(c);
        this.byName.set(key, list);
      }
    }
    return this.byName.get(communeNameKey(name)) ?? [];
  }

  /**
   * The department a postcode belongs to, even one no commune lists (a CEDEX, a
   * company's own code): that of the known postcodes sharing its first three
   * digits when they agree on one (Corsica's 20xxx are split between 2A and 2B
   * that way), else the department its first two digits (three overseas) name.
   */
  departmentOfPostcode(postcode: string): Department | undefined {
    if (!/^\d{5}$/.test(postcode)) return undefined;
    const known = this.communesByPostcode(postcode)[0];
    if (known) return this.departmentByCode.get(known.department);
    const prefix = postcode.slice(0, 3);
    const near = new Set<string>();
    for (const [other, communes] of this.postcodeIndex()) {
      if (other.startsWith(prefix)) for (const c of communes) near.add(c.department);
    }
    if (near.size === 1) return this.departmentByCode.get([...near][0]!);
    return this.departmentByCode.get(postcode.startsWith('97') || postcode.startsWith('98') ? prefix : postcode.slice(0, 2));
  }

  /** The department's most populous commune: where its CEDEX sorting offices mostly are, and its centre here. */
  departmentCentre(code: string): Commune | undefined {
    let centre: Commune | undefined;
    for (const c of this.communeList) {
      if (c.department === code && (!centre || c.population > centre.population)) centre = c;
    }
    return centre;
  }

  departments(): readonly Department[] {
    return this.departmentList;
  }

  department(code: string): Department | undefined {
    return this.departmentByCode.get(code);
  }

  regions(): readonly Region[] {
    return this.regionList;
  }

  region(code: string): Region | undefined {
    return this.regionByCode.get(code);
  }

  place(id: PlaceId): Place | undefined {
    const { type, code } = splitPlaceId(id);
    if (type === 'commune') {
      const c = this.communeByCode.get(code);
      return c && communePlace(c);
    }
    if (type === 'department') {
      const d = this.departmentByCode.get(code);
      return d && { id, type, code, name: d.name, region: d.region };
    }
    if (type === 'region') {
      const r = this.regionByCode.get(code);
      return r && { id, type, code, name: r.name };
    }
    return undefined;
  }

  servedPlace(id: PlaceId): ServedPlace | undefined {
    const { type, code } = splitPlaceId(id);
    if (type === 'commune') {
      const c = this.communeByCode.get(code);
      return (
        c && {
          type,
          code,
          department: c.department,
          region: c.region,
          postcodes: c.postcodes,
          point: c.point,
        }
      );
    }
    if (type === 'department') {
      const d = this.departmentByCode.get(code);
      return d && { type, code, region: d.region };
    }
    if (type === 'region') return this.regionByCode.has(code) ? { type, code } : undefined;
    return undefined;
  }

  /** Search-as-you-type by name, postcode (2 to 5 digits), department code or INSEE code. */
  searchPlaces(q: string, limit: number): Place[] {
    this.search ??= new PlaceSearch(this.searchablePlaces());
    return this.search.search(q, limit);
  }

  private searchablePlaces(): SearchablePlace[] {
    const departmentPopulation = new Map<string, number>();
    const regionPopulation = new Map<string, number>();
    for (const c of this.communeList) {
      departmentPopulation.set(c.department, (departmentPopulation.get(c.department) ?? 0) + c.population);
      regionPopulation.set(c.region, (regionPopulation.get(c.region) ?? 0) + c.population);
    }
    return [
      ...this.regionList.map((r) => ({
        place: this.place(`region:${r.code}`)!,
        population: regionPopulation.get(r.code) ?? 0,
        postcodes: [],
      })),
      ...this.departmentList.map((d) => ({
        place: this.place(`department:${d.code}`)!,
        population: departmentPopulation.get(d.code) ?? 0,
        postcodes: [],
      })),
      ...this.communeList.map((c) => ({ place: communePlace(c), population: c.population, postcodes: c.postcodes })),
    ];
  }
}

/** "ST-OMER", "Saint Omer" and "saint-omer" are one key; "STE" is "sainte". */
function communeNameKey(name: string): string {
  return normalizePlaceName(name)
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

function communePlace(c: Commune): Place {
  return {
    id: `commune:${c.code}`,
    type: 'commune',
    code: c.code,
    name: c.name,
    postcodes: c.postcodes,
    department: c.department,
    region: c.region,
    population: c.population,
    point: c.point,
  };
}

/** The overseas collectivities' codes (975 to 989), each both a department and a region. */
export const isOverseasCollectivity = (code: string): boolean => /^9(?:7[578]|8\d)$/.test(code);

/**
 * What the routes ask of the geography: the real Geography, or a fake in tests. With
 * the names of its communes, departments and regions, search texts are read for
 * places, sectors and kinds ("traiteur lyon"); without them (small fakes), never.
 */
export type PlaceDirectory = Pick<Geography, 'servedPlace' | 'searchPlaces'> & Partial<Pick<Geography, 'communes' | 'departments' | 'regions'>>;

let shared: Geography | undefined;

/** The geography of the bundled data, built on first use. */
export function getGeography(): Geography {
  shared ??= new Geography(data as unknown as GeographyData);
  return shared;
}

export const departments = (): readonly Department[] => getGeography().departments();
export const regions = (): readonly Region[] => getGeography().regions();
