import { describe, expect, it } from 'vitest';
import { fakeGeography, RENNES } from '../../../test-support/fakes.test-support.js';
import { sectorsOfGroup, taxonomy } from '../../domain/taxonomy.js';
import type { Filter } from '../../query/types.js';
import { ApiException } from '../../errors.js';
import { parseFilterBy } from './index.js';

const context = { places: fakeGeography() };
const parse = (text: string) => parseFilterBy(text, context);

function refusal(text: string): ApiException {
  let caught: unknown;
  try {
    parse(text);
  } catch (error) {
    caught = error;
  }
  expect(caught, `"${text}" should be refused`).toBeInstanceOf(ApiException);
  return caught as ApiException;
}

const kindsWhere = (test: (kind: { family: string; socialClause: boolean }) => boolean) =>
  taxonomy().kinds.filter(test).map((kind) => kind.code);

describe('parseFilterBy: values and lists', () => {
  it('reads field:value, field:=value and lists alike on code fields', () => {
    const ei: Filter = { op: 'in', field: 'kind', values: ['EI'] };
    expect(parse('kind:EI')).toEqual(ei);
    expect(parse('kind:=EI')).toEqual(ei);
    expect(parse('  kind :=  EI  ')).toEqual(ei);
    expect(parse('kind:=[EI, ESAT]')).toEqual({ op: 'in', field: 'kind', values: ['EI', 'ESAT'] });
    expect(parse('networks:[coorace]')).toEqual({ op: 'in', field: 'network', values: ['coorace'] });
    expect(parse('commune_code:=35238')).toEqual({ op: 'in', field: 'communeCode', values: ['35238'] });
  });

  it('negates with :!= and :![...]', () => {
    const notEi: Filter = { op: 'not', filter: { op: 'in', field: 'kind', values: ['EI', 'EA'] } };
    expect(parse('kind:!=[EI,EA]')).toEqual(notEi);
    expect(parse('kind:![EI,EA]')).toEqual(notEi);
  });

  it('reads backtick literals holding commas, &&, ||, parentheses and brackets verbatim', () => {
    expect(parse('id:=[`Saint-Denis (La Réunion)`, `a, b`, `x && y || z`, ` [spaced] `]')).toEqual({
      op: 'in',
      field: 'id',
      values: ['Saint-Denis (La Réunion)', 'a, b', 'x && y || z', ' [spaced] '],
    });
    expect(parse('id:=`a)b` && kind:=EI')).toEqual({
      op: 'and',
      filters: [
        { op: 'in', field: 'id', values: ['a)b'] },
        { op: 'in', field: 'kind', values: ['EI'] },
      ],
    });
  });

  it('refuses a backtick inside a backtick literal, which Typesense cannot escape', () => {
    expect(refusal('id:=`a\\`b`').message).toMatch(/backtick cannot appear/);
    expect(refusal('id:=`open').message).toMatch(/Unclosed backtick/);
    expect(refusal('id:=a(b').message).toMatch(/quote the value in backticks/);
  });
});

describe('parseFilterBy: combining', () => {
  const a: Filter = { op: 'in', field: 'kind', values: ['EI'] };
  const b: Filter = { op: 'in', field: 'region', values: ['53'] };
  const c: Filter = { op: 'in', field: 'department', values: ['35'] };

  it('binds && tighter than ||', () => {
    expect(parse('kind:EI || region:53 && department:35')).toEqual({ op: 'or', filters: [a, { op: 'and', filters: [b, c] }] });
    expect(parse('kind:EI && region:53 || department:35')).toEqual({ op: 'or', filters: [{ op: 'and', filters: [a, b] }, c] });
  });

  it('groups with parentheses', () => {
    expect(parse('(kind:EI || region:53) && department:35')).toEqual({ op: 'and', filters: [{ op: 'or', filters: [a, b] }, c] });
    expect(parse('((kind:EI))')).toEqual(a);
  });

  it('refuses more than 8 levels of parentheses and more than 2000 characters, as limits', () => {
    expect(parse(`${'('.repeat(8)}kind:EI${')'.repeat(8)}`)).toEqual(a);
    const deep = refusal(`${'('.repeat(9)}kind:EI${')'.repeat(9)}`);
    expect(deep.code).toBe('limit_exceeded');
    const long = refusal(`id:=[${'x,'.repeat(1000)}x]`);
    expect(long.code).toBe('limit_exceeded');
  });

  it('names what is wrong in malformed text', () => {
    expect(refusal('kind:EI &&').message).toMatch(/Expected a field name at character 11/);
    expect(refusal('(kind:EI').message).toMatch(/Expected "\)"/);
    expect(refusal('kind:EI)').message).toMatch(/Unexpected "\)"/);
    expect(refusal('kind').message).toMatch(/Expected ":"/);
    expect(refusal('kind:=[]').message).toMatch(/Expected a value/);
  });
});

describe('parseFilterBy: fields', () => {
  it('refuses unknown and unfilterable fields by name', () => {
    expect(refusal('price:>10').message).toMatch(/Unknown or unfilterable field "price"/);
    expect(refusal('name:=ATELIER').message).toMatch(/"name"/);
    expect(refusal('kind:>3').message).toMatch(/"kind" does not take ">"/);
  });

  it('maps kind_family and social_clause to kinds', () => {
    expect(parse('kind_family:=handicap')).toEqual({ op: 'in', field: 'kind', values: kindsWhere((kind) => kind.family === 'handicap') });
    expect(parse('social_clause:true')).toEqual({ op: 'in', field: 'kind', values: kindsWhere((kind) => kind.socialClause) });
    expect(parse('social_clause:!=true')).toEqual({
      op: 'not',
      filter: { op: 'in', field: 'kind', values: kindsWhere((kind) => kind.socialClause) },
    });
    expect(refusal('social_clause:yes').message).toMatch(/"yes" is not one of true, false/);
  });

  it('maps sectors, sector groups, service types and serves to activity conditions', () => {
    expect(parse('sectors:=[nettoyage-de-locaux-16]')).toEqual({ op: 'activity', condition: { sectors: ['nettoyage-de-locaux-16'] } });
    const group = taxonomy().sectorGroups[0]!.slug;
    expect(parse(`sector_groups:=${group}`)).toEqual({ op: 'activity', condition: { groupSectors: [...sectorsOfGroup(group)] } });
    expect(parse('presta_types:!=[PREST]')).toEqual({ op: 'not', filter: { op: 'activity', condition: { prestaTypes: ['PREST'] } } });
    expect(parse('serves:=commune:35238')).toEqual({ op: 'activity', condition: { serves: [RENNES] } });
    expect(refusal('serves:=commune:99999').message).toMatch(/no place "commune:99999"/);
    expect(refusal('sector_groups:=nope').message).toMatch(/no sector group "nope"/);
  });

  it('holds activities.{...} conditions to one activity', () => {
    expect(parse('activities.{sector:=[a-1, b-2] && presta_types:=PREST && serves:=[department:35]}')).toEqual({
      op: 'activity',
      condition: { sectors: ['a-1', 'b-2'], prestaTypes: ['PREST'], serves: [{ type: 'department', code: '35', region: '53' }] },
    });
    expect(refusal('activities.{sector:=a || presta_types:=PREST}').message).toMatch(/Only &&/);
    expect(refusal('activities.{sector:=a && sectors:=b}').message).toMatch(/appears twice/);
    expect(refusal('activities.{kind:=EI}').message).toMatch(/not a field of activities/);
  });

  it('compares numbers as whole numbers, with ranges and lists', () => {
    const field = 'employeesInclusive';
    expect(parse('employees_inclusive:>10')).toEqual({ op: 'range', field, min: 11 });
    expect(parse('employees_inclusive:>=10')).toEqual({ op: 'range', field, min: 10 });
    expect(parse('employees_inclusive:<10')).toEqual({ op: 'range', field, max: 9 });
    expect(parse('employees_inclusive:<=10')).toEqual({ op: 'range', field, max: 10 });
    expect(parse('employees_inclusive:=10')).toEqual({ op: 'range', field, min: 10, max: 10 });
    expect(parse('updated_at:[1700000000..1800000000]')).toEqual({ op: 'range', field: 'updatedAt', min: 1700000000, max: 1800000000 });
    expect(parse('employees_permanent:=[1..5, 9]')).toEqual({
      op: 'or',
      filters: [
        { op: 'range', field: 'employeesPermanent', min: 1, max: 5 },
        { op: 'range', field: 'employeesPermanent', min: 9, max: 9 },
      ],
    });
    expect(parse('employees_inclusive:!=3')).toEqual({ op: 'not', filter: { op: 'range', field, min: 3, max: 3 } });
    expect(refusal('employees_inclusive:>2.5').message).toMatch(/whole numbers, not "2.5"/);
    expect(refusal('employees_inclusive:>[1,2]').message).toMatch(/one number/);
  });

  it('reads a geo radius in km or miles, and a polygon', () => {
    expect(parse('location:(48.85, 2.35, 5 km)')).toEqual({ op: 'near', point: { lat: 48.85, lng: 2.35 }, radiusKm: 5 });
    expect(parse('location:(48.85,2.35,2mi)')).toEqual({ op: 'near', point: { lat: 48.85, lng: 2.35 }, radiusKm: 2 * 1.609344 });
    expect(parse('location:(48.9, 2.2, 48.9, 2.5, 48.8, 2.5, 48.8, 2.2)')).toEqual({
      op: 'polygon',
      points: [
        { lat: 48.9, lng: 2.2 },
        { lat: 48.9, lng: 2.5 },
        { lat: 48.8, lng: 2.5 },
        { lat: 48.8, lng: 2.2 },
      ],
    });
    expect(refusal('location:(48.85, 2.35)').message).toMatch(/three lat, lng vertices/);
    expect(refusal('location:(95, 2.35, 5 km)').message).toMatch(/out of range/);
    expect(refusal('location:(48.85, 2.35, 0 km)').message).toMatch(/radius above 0/);
    expect(refusal('location:=48.85').message).toMatch(/takes an area/);
    expect(refusal('kind:(1, 2, 3 km)').message).toMatch(/not a \(...\) area/);
  });
});
