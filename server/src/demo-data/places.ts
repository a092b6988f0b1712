import type { Address, GeoRange, PlaceId, Point } from '../../../sdk/src/types.js';
import { distanceKm } from '../domain/geo-distance.js';
import { isOverseasCollectivity, type Geography } from '../domain/geography.js';
import type { Commune } from '../domain/geography.types.js';
import type { Random } from './random.js';

const STREET_TYPES: [string, number][] = [
  ['rue', 40], ['avenue', 12], ['boulevard', 5], ['chemin', 8], ['impasse', 5], ['allée', 5], ['route', 8], ['place', 4], ['quai', 2],
];
const STREET_NAMES = [
  'des Tanneurs', 'Jean Jaurès', 'Victor Hugo', 'de la République', 'du Général de Gaulle', 'Pasteur', 'des Écoles',
  "de l'Église", 'du Moulin', 'des Forges', 'Louise Michel', 'Marcel Pagnol', 'des Lilas', 'de la Gare', 'du Stade',
  'Émile Zola', 'des Artisans', "de l'Industrie", 'Gambetta', 'Jean Moulin', 'des Peupliers', 'du Château', 'Lucie Aubrac',
  'des Prés', 'de la Libération', 'Simone Veil', 'des Vergers', 'du Port', 'Anatole France', 'des Acacias',
];
const ZONE_NAMES = ['des Grands Champs', 'du Moulin', 'de la Gare', 'des Portes', 'du Bois Joli', 'de Beaulieu', 'des Noës'];

export function streetAddress(random: Random): string {
  if (random.chance(0.12)) return `${random.pick(['ZA', 'ZI', "Zone d'activités"])} ${random.pick(ZONE_NAMES)}`;
  const number = random.chance(0.9) ? `${random.int(1, 180)}${random.chance(0.06) ? ' bis' : ''} ` : '';
  return `${number}${random.weighted(STREET_TYPES)} ${random.pick(STREET_NAMES)}`;
}

/** The commune centre moved a few hundred metres, so that suppliers of a town do not share one point. */
function jitter(point: Point, random: Random): Point {
  const metres = random.int(50, 600);
  const angle = random.next() * 2 * Math.PI;
  const lat = point.lat + (metres * Math.cos(angle)) / 111_320;
  const lng = point.lng + (metres * Math.sin(angle)) / (111_320 * Math.cos((point.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/** Draws communes with probability proportional to population, and builds addresses and ranges around them. */
export class DemoPlaces {
  private readonly communes: readonly Commune[];
  private readonly cumulative: Float64Array;
  private readonly communesByDepartment = new Map<string, Commune[]>();
  private readonly townsByDepartment = new Map<string, Commune[]>();
  private readonly neighbours: Map<string, string[]>;

  constructor(private readonly geography: Geography) {
    // The seeded draw stays over metropolitan France and the DROM, so the demo suppliers are the same
    // since the overseas collectivities joined the geography.
    this.communes = geography.communes().filter((c) => c.population > 0 && !isOverseasCollectivity(c.department));
    this.cumulative = new Float64Array(this.communes.length);
    let total = 0;
    this.communes.forEach((commune, i) => {
      total += commune.population;
      this.cumulative[i] = total;
      const list = this.communesByDepartment.get(commune.department) ?? [];
      list.push(commune);
      this.communesByDepartment.set(commune.department, list);
    });
    for (const [department, communes] of this.communesByDepartment) {
      this.townsByDepartment.set(department, [...communes].sort((a, b) => b.population - a.population).slice(0, 5));
    }
    this.neighbours = nearestDepartments(this.communesByDepartment, 3);
  }

  commune(random: Random): Commune {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! <= target) lo = mid + 1;
      else hi = mid;
    }
    return this.communes[lo]!;
  }

  /** One of the five most populated communes of the commune's department. */
  townNear(commune: Commune, random: Random): Commune {
    return random.pick(this.townsByDepartment.get(commune.department)!);
  }

  departmentName(code: string): string {
    return this.geography.department(code)?.name ?? code;
  }

  address(commune: Commune, random: Random): Address {
    const address: Address = {
      postcode: random.pick(commune.postcodes),
      city: commune.name,
      communeCode: commune.code,
      department: commune.department,
      region: commune.region,
      point: jitter(commune.point, random),
    };
    if (random.chance(0.92)) address.street = streetAddress(random);
    return address;
  }

  /**
   * ZONES ~60% (own department mostly; else own region, neighbouring departments or
   * a few nearby communes), CUSTOM ~25%, COUNTRY ~15%, more when selling goods.
   */
  range(commune: Commune, sellsGoods: boolean, random: Random): GeoRange {
    const country = sellsGoods ? 0.3 : 0.12;
    const r = random.next();
    if (r < country) return { type: 'COUNTRY' };
    if (r < country + 0.26) return { type: 'CUSTOM', km: 5 * random.int(2, 20) };
    const zone = random.weighted([['department', 65], ['region', 14], ['neighbours', 13], ['communes', 8]] as const);
    const zones: PlaceId[] =
      zone === 'department' ? [`department:${commune.department}`]
      : zone === 'region' ? [`region:${commune.region}`]
      : zone === 'neighbours' ? [commune.department, ...this.neighbours.get(commune.department)!.slice(0, random.int(1, 3))].map((d): PlaceId => `department:${d}`)
      : this.nearbyCommunes(commune, random);
    return { type: 'ZONES', zones };
  }

  private nearbyCommunes(commune: Commune, random: Random): PlaceId[] {
    const ids = new Set<PlaceId>([`commune:${commune.code}`]);
    const sameDepartment = this.communesByDepartment.get(commune.department)!;
    const wanted = random.int(1, 5);
    for (let tries = 0; ids.size < wanted && tries < 20; tries++) {
      ids.add(`commune:${random.pick(sameDepartment).code}`);
    }
    return [...ids];
  }
}

/** Departments whose population centres are nearest: close enough to "neighbouring" for demo ranges. */
function nearestDepartments(communesByDepartment: Map<string, Commune[]>, n: number): Map<string, string[]> {
  const centres = [...communesByDepartment].map(([code, communes]) => {
    let people = 0;
    let lat = 0;
    let lng = 0;
    for (const c of communes) {
      people += c.population;
      lat += c.point.lat * c.population;
      lng += c.point.lng * c.population;
    }
    return { code, point: { lat: lat / people, lng: lng / people } };
  });
  return new Map(
    centres.map((centre) => [
      centre.code,
      centres
        .filter((other) => other.code !== centre.code)
        .map((other) => ({ code: other.code, km: distanceKm(centre.point, other.point) }))
        .sort((a, b) => a.km - b.km)
        .slice(0, n)
        .map((other) => other.code),
    ]),
  );
}
