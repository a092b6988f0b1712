import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSearchParams, toSearchParams } from './params.js';
import type { SearchRequest } from './types.js';

describe('toSearchParams', () => {
  it('writes nothing for an empty search, nor for empty values', () => {
    expect(toSearchParams({}).toString()).toBe('');
    expect(toSearchParams({ q: '  ', kinds: [], serves: [] }).toString()).toBe('');
  });

  it('writes parameters in a fixed order, whatever the order of the fields', () => {
    const a = toSearchParams({ page: 2, q: 'bio', kinds: ['EI'] }).toString();
    const b = toSearchParams({ kinds: ['EI'], q: 'bio', page: 2 }).toString();
    expect(a).toBe('q=bio&kind=EI&page=2');
    expect(b).toBe(a);
  });

  it('writes the parts of q to keep as words as literal', () => {
    expect(toSearchParams({ q: 'traiteur lyon', literal: ['place', 'sector'] }).toString()).toBe('q=traiteur+lyon&literal=place%2Csector');
  });

  it('writes socialClause=false when asked to', () => {
    expect(toSearchParams({ socialClause: false }).toString()).toBe('socialClause=false');
  });
});

describe('fromSearchParams', () => {
  it('reads repeated and comma-separated values alike', () => {
    const params = new URLSearchParams('kind=EI&kind=ESAT,EA&serves=commune:75056&facets=kind,,sector');
    expect(fromSearchParams(params)).toEqual({
      kinds: ['EI', 'ESAT', 'EA'],
      serves: ['commune:75056'],
      facets: ['kind', 'sector'],
    });
  });

  it('reads near, socialClause and numbers', () => {
    const params = new URLSearchParams('near=45.76,4.83&radiusKm=25&socialClause=1&sort=distance&page=3&perPage=50');
    expect(fromSearchParams(params)).toEqual({
      near: { lat: 45.76, lng: 4.83, radiusKm: 25 },
      socialClause: true,
      sort: 'distance',
      page: 3,
      perPage: 50,
    });
  });

  it('ignores what it cannot read', () => {
    const params = new URLSearchParams('near=45.7&radiusKm=10&page=deux&perPage=&q=');
    expect(fromSearchParams(params)).toEqual({});
    expect(fromSearchParams(new URLSearchParams('near=a,b&radiusKm=5'))).toEqual({});
    expect(fromSearchParams(new URLSearchParams('near=45,4'))).toEqual({});
  });
});

const code = fc.constantFrom('EI', 'ESAT', 'commune:75056', 'region:84', 'espaces-verts', 'DISP');
const list = fc.array(code, { minLength: 1, maxLength: 3 });
const search: fc.Arbitrary<SearchRequest> = fc.record(
  {
    q: fc.string({ minLength: 1 }).map((q) => q.trim()).filter(Boolean),
    kinds: list,
    families: list,
    prestaTypes: list,
    sectors: list,
    sectorGroups: list,
    networks: list,
    labels: list,
    serves: list,
    location: list,
    facets: list,
    literal: fc.array(fc.constantFrom('place', 'sector', 'kind'), { minLength: 1, maxLength: 3 }),
    near: fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
      radiusKm: fc.integer({ min: 1, max: 500 }),
    }),
    socialClause: fc.boolean(),
    sort: fc.constantFrom('relevance', 'distance', 'name', 'updated'),
    page: fc.integer({ min: 1, max: 1000 }),
    perPage: fc.integer({ min: 1, max: 100 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<SearchRequest>;

describe('round trip', () => {
  it('fromSearchParams(toSearchParams(search)) gives the search back', () => {
    fc.assert(
      fc.property(search, (request) => {
        const back = fromSearchParams(new URLSearchParams(toSearchParams(request).toString()));
        // -0 is written "0": the same place.
        if (request.near) back.near = { ...back.near!, lat: back.near!.lat || request.near.lat, lng: back.near!.lng || request.near.lng };
        expect(back).toEqual(request);
      }),
    );
  });
});
