import { describe, expect, it } from 'vitest';
import { scopedSearchKey, scopeFilterBy } from './typesense-scoped.js';

const PARENT = 'RN23GFr1s6jQ9kgSNg2O7fYcAUXU7127';

describe('scopedSearchKey', () => {
  it('matches the example of Typesense’s documentation (filter_by and expires_at)', () => {
    // As published in Typesense's API keys guide and checked in its Dart and Elixir clients' tests.
    expect(scopedSearchKey(PARENT, { filter_by: 'company_id:124', expires_at: 1906054106 })).toBe(
      'OW9DYWZGS1Q1RGdSbmo0S1QrOWxhbk9PL2kxbTU1eXA3bCthdmE5eXJKRT1STjIzeyJmaWx0ZXJfYnkiOiJjb21wYW55X2lkOjEyNCIsImV4cGlyZXNfYXQiOjE5MDYwNTQxMDZ9',
    );
  });

  it('matches typesense-js’s own test vector (filter_by only)', () => {
    expect(scopedSearchKey(PARENT, { filter_by: 'company_id:124' })).toBe(
      'SC9sT0hncHFwTHNFc3U3d3psRDZBUGNXQUViQUdDNmRHSmJFQnNnczJ4VT1STjIzeyJmaWx0ZXJfYnkiOiJjb21wYW55X2lkOjEyNCJ9',
    );
  });

  it('carries the parameters in clear after the digest and the parent’s first 4 characters', () => {
    const decoded = Buffer.from(scopedSearchKey(PARENT, { filter_by: 'network:=[`coorace`]' }), 'base64').toString();
    expect(decoded).toMatch(/^[A-Za-z0-9+/]{43}=RN23\{"filter_by":"network:=\[`coorace`\]"\}$/);
  });
});

describe('scopeFilterBy', () => {
  it('ANDs one list per part of the scope, in the gateway’s field names', () => {
    expect(scopeFilterBy({ networks: ['coorace'], regions: ['53', '52'] })).toBe('networks:=[coorace] && region:=[53, 52]');
  });

  it('spells social-clause-only as the kinds that count', () => {
    expect(scopeFilterBy({ socialClause: true })).toMatch(/^kind:=\[([A-Z]+, )*[A-Z]+\]$/);
  });

  it('leaves an empty scope unfiltered', () => {
    expect(scopeFilterBy({})).toBeUndefined();
  });
});
