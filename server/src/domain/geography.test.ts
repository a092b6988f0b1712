import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../sdk/src/types.js';
import { distanceKm } from './geo-distance.js';
import { getGeography, isOverseasCollectivity, parsePlaceId } from './geography.js';

const geography = getGeography();

/** The 2022 commune centres, a test fixture (source and licence: server/test-fixtures/README.md). */
function referenceCentres(): Map<string, Point> {
  const csv = readFileSync(new URL('../../test-fixtures/communes-2022-centres.csv', import.meta.url), 'utf8');
  const centres = new Map<string, Point>();
  for (const line of csv.trim().split('\n').slice(1)) {
    const [code, lat, lon] = line.split(',');
    if (lat && lon) centres.set(code, { lat: Number(lat), lng: Number(lon) });
  }
  return centres;
}

/** The error below which `share` of the total weight lies. */
function quantile(errors: { km: number; weight: number }[], share: number): number {
  const sorted = [...errors].sort((a, b) => a.km - b.km);
  const total = sorted.reduce((sum, e) => sum + e.weight, 0);
  let seen = 0;
  for (const e of sorted) {
    seen += e.weight;
    if (seen >= share * total) return e.km;
  }
  return Number.NaN;
}

describe('the commune points', () => {
  const reference = referenceCentres();
  const errors = geography.communes().flatMap((c) => {
    const centre = reference.get(c.code);
    return centre ? [{ km: distanceKm(c.point, centre), population: c.population }] : [];
  });
  const unweighted = errors.map((e) => ({ km: e.km, weight: 1 }));
  const weighted = errors.map((e) => ({ km: e.km, weight: e.population }));

  it('are close to the 2022 reference centres, weighted by population', () => {
    const figures = {
      compared: errors.length,
      medianKm: quantile(unweighted, 0.5),
      p95Km: quantile(unweighted, 0.95),
      weightedMedianKm: quantile(weighted, 0.5),
      weightedP95Km: quantile(weighted, 0.95),
    };
    console.log('Commune points vs 2022 reference centres:', figures);
    expect(errors.length).toBeGreaterThan(34_800);
    expect(figures.weightedMedianKm).toBeLessThanOrEqual(1.5);
    expect(figures.weightedP95Km).toBeLessThanOrEqual(10);
  });

  it('exist for every commune, within France or its overseas departments', () => {
    // Between La Réunion (-21°) and Dunkirk (51°), Guadeloupe (-61.8°) and La Réunion (55.8°).
    const outside = geography
      .communes()
      .filter((c) => !isOverseasCollectivity(c.department))
      .filter(({ point: { lat, lng } }) => !(lat > -22 && lat < 51.2 && lng > -62 && lng < 56))
      .map((c) => c.code);
    expect(outside).toEqual([]);
  });

  it('put each overseas collectivity where it lies', () => {
    // South-west and north-east corners of each collectivity, with a margin.
    const boxes: Record<string, [number, number, number, number]> = {
      '975': [46.5, -56.6, 47.2, -56],
      '977': [17.8, -63, 18, -62.7],
      '978': [18, -63.2, 18.2, -62.9],
      '984': [-67, 39, -10, 141],
      '986': [-14.5, -178.3, -13.1, -176],
      '987': [-28, -155, -7.8, -134],
      '988': [-23, 163, -19.5, 168.2],
      '989': [10.2, -109.3, 10.4, -109.1],
    };
    const misplaced = geography
      .communes()
      .filter((c) => isOverseasCollectivity(c.department))
      .filter(({ department, point: { lat, lng } }) => {
        const [south, west, north, east] = boxes[department]!;
        return !(lat >= south && lat <= north && lng >= west && lng <= east);
      })
      .map((c) => c.code);
    expect(misplaced).toEqual([]);
  });
});

describe('Geography', () => {
  it('holds the current communes of metropolitan France, the DROM and the overseas collectivities', () => {
    // 34,875 current communes, plus 94 in the eight overseas collectivities (975 to 989), each its own
    // department and region: 101 + 8 departments, 18 + 8 regions.
    expect(geography.communes().length).toBeGreaterThanOrEqual(34_900);
    expect(geography.departments()).toHaveLength(109);
    expect(geography.regions()).toHaveLength(26);
    const collectivities = geography.departments().filter((d) => isOverseasCollectivity(d.code));
    expect(collectivities.map((d) => [d.code, d.region])).toEqual(
      ['975', '977', '978', '984', '986', '987', '988', '989'].map((code) => [code, code]),
    );
    expect(geography.communes().filter((c) => isOverseasCollectivity(c.department))).toHaveLength(94);
    const codes = geography.communes().map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keeps Paris, Lyon and Marseille whole, with their districts postcodes', () => {
    expect(geography.communesByPostcode('75001').map((c) => c.code)).toEqual(['75056']);
    expect(geography.communesByPostcode('69009').map((c) => c.code)).toEqual(['69123']);
    expect(geography.communesByPostcode('13008').map((c) => c.code)).toEqual(['13055']);
    expect(geography.commune('75101')).toBeUndefined();
    expect(geography.commune('75056')?.postcodes).toHaveLength(21);
  });

  it('finds the communes sharing a postcode, and none for an unknown one', () => {
    const names = geography.communesByPostcode('01400').map((c) => c.name);
    expect(names).toContain("L'Abergement-Clémenciat");
    expect(names.length).toBeGreaterThan(1);
    expect(geography.communesByPostcode('00000')).toEqual([]);
  });

  it('knows Corsica as departments 2A and 2B of region 94', () => {
    expect(geography.department('2A')).toEqual({ code: '2A', name: 'Corse-du-Sud', region: '94' });
    expect(geography.department('2B')?.name).toBe('Haute-Corse');
    expect(geography.commune('2A004')).toMatchObject({ name: 'Ajaccio', department: '2A', region: '94' });
    expect(geography.commune('2B033')).toMatchObject({ name: 'Bastia', department: '2B', region: '94' });
  });

  it('gives a commune its department region, population and EPCI', () => {
    const lyon = geography.commune('69123');
    expect(lyon).toMatchObject({ name: 'Lyon', department: '69', region: '84', epci: '200046977' });
    expect(lyon!.population).toBeGreaterThan(500_000);
    expect(distanceKm(lyon!.point, { lat: 45.764, lng: 4.8357 })).toBeLessThan(2);
    expect(geography.commune('97601')).toMatchObject({ name: 'Acoua', department: '976', region: '06' });
  });

  it('knows Saint-Martin, Saint-Barthélemy and Saint-Pierre-et-Miquelon by their codes and postcodes', () => {
    expect(geography.communesByPostcode('97150').map((c) => [c.code, c.name])).toEqual([['97801', 'Saint-Martin']]);
    expect(geography.communesByPostcode('97133').map((c) => [c.code, c.name])).toEqual([['97701', 'Saint-Barthélemy']]);
    expect(geography.communesByPostcode('97500').map((c) => c.name)).toEqual(['Miquelon-Langlade', 'Saint-Pierre']);
    expect(geography.commune('97502')).toMatchObject({ department: '975', region: '975' });
    expect(geography.place('department:978')).toEqual({
      id: 'department:978',
      type: 'department',
      code: '978',
      name: 'Saint-Martin',
      region: '978',
    });
    expect(geography.servedPlace('region:988')).toEqual({ type: 'region', code: '988' });
    expect(geography.searchPlaces('saint martin', 3).map((p) => p.id).sort()).toEqual(['commune:97801', 'department:978', 'region:978']);
    expect(geography.searchPlaces('nouméa', 1)[0]?.id).toBe('commune:98818');
  });

  it('finds communes by name whatever the case, accents, hyphens or "St"', () => {
    expect(geography.communesByName('ST OMER').map((c) => c.code)).toEqual(['14635', '62765']);
    expect(geography.communesByName('saint-etienne').map((c) => c.code)).toEqual(['42218']);
    expect(geography.communesByName('Le Havre').map((c) => c.code)).toEqual(['76351']);
    expect(geography.communesByName('Nowhere-sur-Rien')).toEqual([]);
  });

  it('gives the department of a postcode no commune lists, from its neighbours or its first digits', () => {
    expect(geography.departmentOfPostcode('85021')?.code).toBe('85');
    expect(geography.departmentOfPostcode('20090')?.code).toBe('2A');
    expect(geography.departmentOfPostcode('20601')?.code).toBe('2B');
    expect(geography.departmentOfPostcode('97150')?.code).toBe('978');
    expect(geography.departmentOfPostcode('98714')?.code).toBe('987');
    expect(geography.departmentOfPostcode('00100')).toBeUndefined();
    expect(geography.departmentOfPostcode('850')).toBeUndefined();
  });

  it("takes a department's most populous commune as its centre", () => {
    expect(geography.departmentCentre('67')?.name).toBe('Strasbourg');
    expect(geography.departmentCentre('99')).toBeUndefined();
  });

  it('resolves region 84 and department 84 as two different places', () => {
    expect(geography.place('region:84')).toEqual({
      id: 'region:84',
      type: 'region',
      code: '84',
      name: 'Auvergne-Rhône-Alpes',
    });
    expect(geography.place('department:84')).toEqual({
      id: 'department:84',
      type: 'department',
      code: '84',
      name: 'Vaucluse',
      region: '93',
    });
  });

  it('resolves a commune place with its postcodes, department, region, population and point', () => {
    const place = geography.place('commune:35238');
    expect(place).toMatchObject({ id: 'commune:35238', type: 'commune', name: 'Rennes', department: '35' });
    expect(place).toMatchObject({ region: '53', postcodes: ['35000', '35200', '35700'] });
    expect(place?.population).toBeGreaterThan(200_000);
    expect(place?.point).toEqual(geography.commune('35238')?.point);
  });

  it('resolves no place for an unknown code', () => {
    expect(geography.place('commune:99999')).toBeUndefined();
    expect(geography.place('department:99')).toBeUndefined();
    expect(geography.place('region:99')).toBeUndefined();
    expect(geography.servedPlace('commune:99999')).toBeUndefined();
  });

  it('resolves served places for the engines', () => {
    expect(geography.servedPlace('region:84')).toEqual({ type: 'region', code: '84' });
    expect(geography.servedPlace('department:84')).toEqual({ type: 'department', code: '84', region: '93' });
    expect(geography.servedPlace('commune:2A004')).toEqual({
      type: 'commune',
      code: '2A004',
      department: '2A',
      region: '94',
      postcodes: ['20000', '20090', '20167'],
      point: geography.commune('2A004')!.point,
    });
  });
});

describe('parsePlaceId', () => {
  it('accepts well-formed commune, department and region ids', () => {
    for (const id of ['commune:69123', 'commune:2A004', 'department:69', 'department:2B', 'department:974', 'region:84', 'department:978', 'region:988', 'commune:98818']) {
      expect(parsePlaceId(id)).toBe(id);
    }
  });

  it('rejects anything else', () => {
    for (const id of ['69123', 'commune:6912', 'commune:2C004', 'department:9', 'department:2a', 'region:845', 'region:990', 'department:990', 'city:69123', 'region:84 ', '']) {
      expect(parsePlaceId(id)).toBeUndefined();
    }
  });
});

describe('searchPlaces', () => {
  const ids = (q: string, limit = 5) => geography.searchPlaces(q, limit).map((p) => p.id);

  it('puts the exact name first', () => {
    expect(ids('lyon')[0]).toBe('commune:69123');
    expect(ids('Lyon', 3)).toHaveLength(3);
  });

  it('ignores accents, case and hyphens, and reads "st" as "saint"', () => {
    expect(ids('saint etienne')[0]).toBe('commune:42218');
    expect(ids('SAINT-ETIENNE')[0]).toBe('commune:42218');
    expect(ids('st étienne')[0]).toBe('commune:42218');
  });

  it('matches a later word of a commune name after the names that start with the query', () => {
    expect(ids('etienne', 3)).toEqual(['commune:42218', 'commune:76575', 'commune:44158']);
    expect(ids('marne', 50).indexOf('commune:92047')).toBeLessThan(ids('marne', 50).indexOf('commune:94017'));
  });

  it('matches any word of a department or region name like a prefix', () => {
    expect(ids('marne', 5)).toEqual(['department:51', 'department:77', 'department:94', 'department:52', 'commune:92047']);
  });

  it('finds a department by code, then the large communes of its postcodes', () => {
    expect(ids('69')).toEqual(['department:69', 'commune:69123', 'commune:69266', 'commune:69259', 'commune:69256']);
    expect(ids('2a')[0]).toBe('department:2A');
    expect(ids('974')[0]).toBe('department:974');
  });

  it('finds communes by postcode or postcode prefix', () => {
    expect(ids('35000')).toEqual(['commune:35238']);
    expect(ids('750')).toEqual(['commune:75056']);
    expect(ids('3500', 10)).toContain('commune:35238');
  });

  it('finds regions and departments by name before small communes', () => {
    expect(ids('bretagne')[0]).toBe('region:53');
    expect(ids('rhone', 3)).toEqual(['department:69', 'region:84', 'department:13']);
    expect(ids('la reunion', 2)).toEqual(['region:04', 'department:974']);
  });

  it('ranks equal matches by population', () => {
    const saintDenis = geography.searchPlaces('saint denis', 2).map((p) => p.code);
    expect(saintDenis).toEqual(['97411', '93066']);
  });

  it('returns nothing for an empty query, a zero limit or an unknown name', () => {
    expect(geography.searchPlaces('  - ', 5)).toEqual([]);
    expect(geography.searchPlaces('lyon', 0)).toEqual([]);
    expect(geography.searchPlaces('zzzzqx', 5)).toEqual([]);
  });

  it('puts the commune whose INSEE code is typed first, before the communes of the same postcode', () => {
    expect(ids('08430')[0]).toBe('commune:08430');
    // Every commune whose code is also another commune's postcode (2,991; 39 of them came after larger ones).
    const shadowed = geography.communes().filter((c) => geography.communesByPostcode(c.code).some((other) => other.code !== c.code));
    expect(shadowed.length).toBeGreaterThan(2_900);
    const notFirst = shadowed.filter((c) => geography.searchPlaces(c.code, 1)[0]?.id !== `commune:${c.code}`).map((c) => c.code);
    expect(notFirst).toEqual([]);
  });

  it('returns each place once, even when several words match', () => {
    const found = ids('saint', 30);
    expect(new Set(found).size).toBe(found.length);
  });
});
