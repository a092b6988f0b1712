import { describe, expect, it } from 'vitest';
import { UnrepresentableFilterError } from '../../typesense/filter-by/index.js';
import type { Filter } from '../../query/types.js';
import { compileFilter } from './filter.js';
import type { ServedPlace } from '../../domain/geography.types.js';

/** Compiled over a collection whose CUSTOM activities have these radii (none by default). */
const compile = (filter: Filter, radii: number[] = []) => compileFilter(filter, radii);

const RENNES: ServedPlace = { type: 'commune', code: '35238', department: '35', region: '53', postcodes: ['35000', '35200'], point: { lat: 48.11, lng: -1.68 } };

describe('compileFilter', () => {
  it('quotes values holding commas, &&, ||, parentheses and spaces in backticks', () => {
    expect(compile({ op: 'in', field: 'id', values: ['a, b', 'x && y || z', 'Saint-Denis (La Réunion)', 'plain-1'] })).toBe(
      'id:=[`a, b`, `x && y || z`, `Saint-Denis (La Réunion)`, plain-1]',
    );
  });

  it('refuses a value holding a backtick, which filter_by cannot escape', () => {
    expect(() => compile({ op: 'in', field: 'id', values: ['a`b'] })).toThrow(UnrepresentableFilterError);
  });

  it('folds lists that match nothing or everything', () => {
    expect(compile({ op: 'in', field: 'kind', values: [] })).toBe(false);
    expect(compile({ op: 'not', filter: { op: 'in', field: 'kind', values: [] } })).toBe(true);
    expect(compile({ op: 'and', filters: [] })).toBe(true);
    expect(compile({ op: 'or', filters: [{ op: 'in', field: 'kind', values: [] }, { op: 'in', field: 'kind', values: ['EI'] }] })).toBe('kind:=[EI]');
  });

  it('negates groups by De Morgan and activity values on the supplier-level unions', () => {
    expect(
      compile({ op: 'not', filter: { op: 'and', filters: [{ op: 'in', field: 'kind', values: ['EI'] }, { op: 'in', field: 'network', values: ['coorace'] }] } }),
    ).toBe('kind:!=[EI] || networks:!=[coorace]');
    expect(compile({ op: 'not', filter: { op: 'activity', condition: { prestaTypes: ['PREST'] } } })).toBe('presta_types:!=[PREST]');
    expect(() => compile({ op: 'not', filter: { op: 'near', point: { lat: 1, lng: 2 }, radiusKm: 3 } })).toThrow(UnrepresentableFilterError);
  });

  it('holds the conditions of one activity together, and serves a commune by tokens, by each radius around its centre, or by address', () => {
    expect(compile({ op: 'activity', condition: { sectors: ['a-1'], prestaTypes: ['PREST'], serves: [RENNES] } }, [10, 12.5])).toBe(
      'activities.{sector:=[a-1] && presta_types:=[PREST] && serves:=[FR, commune:35238, department:35, region:53]}' +
        ' || (activities.{sector:=[a-1] && presta_types:=[PREST] && custom_km:=10} && location:(48.11, -1.68, 10 km))' +
        ' || (activities.{sector:=[a-1] && presta_types:=[PREST] && custom_km:=12.5} && location:(48.11, -1.68, 12.5 km))' +
        ' || (postcode:=[35000, 35200] && activities.{sector:=[a-1] && presta_types:=[PREST]})',
    );
  });

  it('serves a commune by radius alone when the activity has no other condition, and never a department by radius', () => {
    expect(compile({ op: 'activity', condition: { serves: [RENNES] } }, [30])).toBe(
      'activities.{serves:=[FR, commune:35238, department:35, region:53]}' +
        ' || (activities.{custom_km:=30} && location:(48.11, -1.68, 30 km))' +
        ' || (postcode:=[35000, 35200] && activity_count:>0)',
    );
    expect(compile({ op: 'activity', condition: { serves: [{ type: 'department', code: '35', region: '53' }] } }, [30])).toBe(
      'activities.{serves:=[FR, department:35, region:53]} || (department:=[35] && activity_count:>0)',
    );
  });

  it('serves a region only by the country or the region itself, plus the own-region address rule', () => {
    expect(compile({ op: 'activity', condition: { serves: [{ type: 'region', code: '53' }] } })).toBe(
      'activities.{serves:=[FR, region:53]} || (region:=[53] && activity_count:>0)',
    );
  });

  it('writes ranges, radii and polygons', () => {
    expect(compile({ op: 'range', field: 'employeesInclusive', min: 2, max: 9 })).toBe('employees_inclusive:[2..9]');
    expect(compile({ op: 'range', field: 'updatedAt', min: 10 })).toBe('updated_at:>=10');
    expect(compile({ op: 'near', point: { lat: 48.1, lng: -1.6 }, radiusKm: 12.5 })).toBe('location:(48.1, -1.6, 12.5 km)');
    expect(compile({ op: 'polygon', points: [{ lat: 1, lng: 2 }, { lat: 3, lng: 4 }, { lat: 5, lng: 6 }] })).toBe('location:(1, 2, 3, 4, 5, 6)');
  });
});
