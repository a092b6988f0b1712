/**
 * parseFilterBy(toFilterBy(tree)) gives the tree back, for random trees of every
 * node the parser produces and values built from the grammar's own punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeGeography, RENNES } from '../../../test-support/fakes.test-support.js';
import { sectorsOfGroup, taxonomy } from '../../domain/taxonomy.js';
import type { ActivityCondition, Filter, NumericField, SupplierField } from '../../query/types.js';
import { parseFilterBy, toFilterBy, UnrepresentableFilterError } from './index.js';
import type { ServedPlace } from '../../domain/geography.types.js';

const context = { places: fakeGeography() };
const parse = (text: string) => parseFilterBy(text, context);

const PIECES = ['&&', '||', '(', ')', '[', ']', '{', '}', ',', ' ', '\\', ':', '=', '!', '>', '..', '"', "'", 'a', 'É', '7', '-', '\n', '%2C'];
/** Values made of the grammar's own operators and delimiters, and any other text. */
const hostile = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join('')),
  fc.string({ minLength: 0, maxLength: 12, unit: 'binary' }),
);
const value = hostile.filter((text) => !text.includes('`'));
const values = fc.array(value, { minLength: 1, maxLength: 4 });

const SUPPLIER_FIELDS: SupplierField[] = ['id', 'siret', 'siren', 'kind', 'network', 'label', 'postcode', 'communeCode', 'department', 'region'];
const NUMERIC_FIELDS: NumericField[] = ['employeesInclusive', 'employeesPermanent', 'updatedAt'];
const PLACES: ServedPlace[] = [RENNES, { type: 'department', code: '35', region: '53' }, { type: 'region', code: '53' }];
const GROUPS = taxonomy().sectorGroups.map((group) => group.slug);

const coordinate = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((n) => (n === 0 ? 0 : n));
const point = fc.record({ lat: coordinate(90), lng: coordinate(180) });
const integer = fc.integer({ min: -1_000_000, max: 2_000_000_000 });

const condition: fc.Arbitrary<ActivityCondition> = fc
  .record(
    {
      sectors: values,
      groupSectors: fc.uniqueArray(fc.constantFrom(...GROUPS), { minLength: 1, maxLength: 3 }).map((groups) => [...new Set(groups.flatMap((group) => sectorsOfGroup(group)))]),
      prestaTypes: values,
      serves: fc.uniqueArray(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: [] },
  )
  .filter((parts) => Object.keys(parts).length > 0);

const range: fc.Arbitrary<Filter> = fc
  .record({ field: fc.constantFrom(...NUMERIC_FIELDS), min: integer, max: integer }, { requiredKeys: ['field'] })
  .filter((node) => node.min !== undefined || node.max !== undefined)
  .map((node) => ({ op: 'range', ...node }));

const leaf: fc.Arbitrary<Filter> = fc.oneof(
  fc.record({ op: fc.constant('in' as const), field: fc.constantFrom(...SUPPLIER_FIELDS), values }),
  fc.record({ op: fc.constant('activity' as const), condition }),
  range,
  fc.record({ op: fc.constant('near' as const), point, radiusKm: fc.double({ min: 0.001, max: 20_000, noNaN: true }) }),
  fc.record({ op: fc.constant('polygon' as const), points: fc.array(point, { minLength: 3, maxLength: 6 }) }),
);

/** What a negation may wrap in filter_by: a list, one activity condition, one number. */
const negatable: fc.Arbitrary<Filter> = fc.oneof(
  fc.record({ op: fc.constant('in' as const), field: fc.constantFrom(...SUPPLIER_FIELDS), values }),
  condition.filter((parts) => Object.keys(parts).length === 1).map((parts): Filter => ({ op: 'activity', condition: parts })),
  fc.record({ field: fc.constantFrom(...NUMERIC_FIELDS), at: integer }).map(({ field, at }): Filter => ({ op: 'range', field, min: at, max: at })),
);

const { tree } = fc.letrec<{ tree: Filter; node: Filter }>((tie) => ({
  tree: fc.oneof({ maxDepth: 4, depthIdentifier: 'tree' }, leaf, negatable.map((filter): Filter => ({ op: 'not', filter })), tie('node')),
  node: fc.record({ op: fc.constantFrom('and' as const, 'or' as const), filters: fc.array(tie('tree'), { minLength: 2, maxLength: 4 }) }),
}));

function depth(filter: Filter): number {
  if (filter.op === 'and' || filter.op === 'or') return 1 + Math.max(...filter.filters.map(depth));
  return 0;
}

describe('filter_by round trip', () => {
  it('parses a serialized tree back to the same tree', () => {
    fc.assert(
      fc.property(tree.filter((filter) => depth(filter) <= 8), (filter) => {
        const text = toFilterBy(filter);
        if (text.length > 2000) return;
        expect(parse(text)).toEqual(filter);
      }),
      { numRuns: 400 },
    );
  });

  it('is stable from text: parse, serialize, parse gives the same tree', () => {
    fc.assert(
      fc.property(tree.filter((filter) => depth(filter) <= 8), (filter) => {
        const text = toFilterBy(filter);
        if (text.length > 2000) return;
        const once = parse(text);
        expect(toFilterBy(once)).toBe(text);
        expect(parse(toFilterBy(once))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to write a value holding a backtick rather than let it end the literal', () => {
    fc.assert(
      fc.property(fc.tuple(hostile, hostile).map(([before, after]) => `${before}\`${after}`), (text) => {
        expect(() => toFilterBy({ op: 'in', field: 'kind', values: [text] })).toThrow(UnrepresentableFilterError);
      }),
    );
    expect(() => toFilterBy({ op: 'in', field: 'kind', values: ['EI` || kind:=`EA'] })).toThrow(/backtick/);
  });

  it('keeps an injected operator inside its value', () => {
    const text = toFilterBy({ op: 'in', field: 'kind', values: ['EI) || (region:=53'] });
    expect(text).toBe('kind:=[`EI) || (region:=53`]');
    expect(parse(text)).toEqual({ op: 'in', field: 'kind', values: ['EI) || (region:=53'] });
  });

  it('writes negated groups by De Morgan, and drops what matches everything', () => {
    const a: Filter = { op: 'in', field: 'kind', values: ['EI'] };
    const b: Filter = { op: 'in', field: 'region', values: ['53'] };
    const written = toFilterBy({ op: 'and', filters: [{ op: 'not', filter: { op: 'and', filters: [a, b] } }, a] });
    expect(written).toBe('(kind:!=[EI] || region:!=[53]) && kind:=[EI]');
    expect(toFilterBy({ op: 'and', filters: [] })).toBe('');
    expect(toFilterBy({ op: 'and', filters: [{ op: 'and', filters: [] }, a] })).toBe('kind:=[EI]');
  });

  it('refuses nodes filter_by cannot express', () => {
    expect(() => toFilterBy({ op: 'not', filter: { op: 'near', point: { lat: 1, lng: 2 }, radiusKm: 3 } })).toThrow(UnrepresentableFilterError);
    expect(() => toFilterBy({ op: 'in', field: 'kind', values: [] })).toThrow(UnrepresentableFilterError);
    expect(() => toFilterBy({ op: 'activity', condition: { groupSectors: ['nettoyage-de-locaux-16'] } })).toThrow(/whole groups/);
  });
});
