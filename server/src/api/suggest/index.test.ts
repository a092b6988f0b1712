import { describe, expect, it } from 'vitest';
import type { ErrorBody, SuggestResponse } from '../../../../sdk/src/types.js';
import { taxonomy } from '../../domain/taxonomy.js';
import { createApp } from '../../app.js';
import { fakeEngine, fakeGeography } from '../../../test-support/fakes.test-support.js';
import { matchingSectors } from './sectors.js';

describe('GET /v1/suggest', () => {
  it('suggests suppliers, then sectors, then places', async () => {
    const geography = fakeGeography();
    const app = createApp({ engine: fakeEngine(), geography });
    const suppliers = (await (await app.request('/v1/suggest?q=tremplin')).json()) as SuggestResponse;
    expect(suppliers.suggestions).toEqual([{ type: 'supplier', id: 'sup-1', label: 'ASSOC TREMPLIN 35', kind: 'ACI', city: 'Rennes' }]);

    const places = (await (await app.request('/v1/suggest?q=Renn')).json()) as SuggestResponse;
    expect(places.suggestions.map((s) => s.type)).toEqual(['place']);
    expect(geography.searches).toContainEqual(['Renn', 5]);
  });

  it('needs q, and refuses more than 100 characters', async () => {
    const app = createApp({ engine: fakeEngine(), geography: fakeGeography() });
    for (const [query, code] of [['', 'invalid_parameter'], ['?q=%20', 'invalid_parameter'], [`?q=${'a'.repeat(101)}`, 'limit_exceeded']]) {
      const res = await app.request(`/v1/suggest${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error).toMatchObject({ code, details: { parameter: 'q' } });
    }
  });
});

describe('matchingSectors', () => {
  it('matches every typed word as a word prefix, whatever the accents', () => {
    expect(matchingSectors(taxonomy(), 'nett loc', 5)).toEqual([
      { type: 'sector', value: 'nettoyage-de-locaux-16', label: 'Nettoyage de locaux', group: 'hygiene-et-proprete-64' },
    ]);
    expect(matchingSectors(taxonomy(), 'genie ECOLO', 5).map((s) => s.value)).toEqual(['genie-ecologique']);
  });

  it('matches English labels too, answers in French, and stops at the limit', () => {
    expect(matchingSectors(taxonomy(), 'laundry', 5).map((s) => s.label)).toContain('Blanchisserie');
    expect(matchingSectors(taxonomy(), 'collecte', 3)).toHaveLength(3);
    expect(matchingSectors(taxonomy(), '  ', 3)).toEqual([]);
  });
});
