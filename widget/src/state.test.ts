import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../../sdk/src/types.js';
import * as R from './request.js';
import * as S from './state.js';
import * as U from './state-url.js';

const lyon = { id: 'commune:69123' as const, name: 'Lyon', point: { lat: 45.76, lng: 4.83 } };
const rhone = { id: 'department:69' as const, name: 'Rhône' };

describe('state changes', () => {
  it('a new query, refinement or place goes back to page 1', () => {
    const onPage3 = S.withPage(S.initialState(), 3);
    expect(S.withQuery(onPage3, 'traiteur').page).toBe(1);
    expect(S.toggle(onPage3, 'kinds', 'EA').page).toBe(1);
    expect(S.withPlace(onPage3, lyon).page).toBe(1);
  });

  it('toggle adds then removes a value without touching the other fields', () => {
    const once = S.toggle(S.toggle(S.initialState(), 'networks', 'union-nationale-des-entreprises-adaptees'), 'kinds', 'ESAT');
    expect(once.refinements.kinds).toEqual(['ESAT']);
    expect(S.toggle(once, 'kinds', 'ESAT').refinements).toEqual({ ...S.initialState().refinements, networks: ['union-nationale-des-entreprises-adaptees'] });
  });

  it('removing a sector group removes its sectors, not the others', () => {
    let state = S.toggleSectorGroup(S.initialState(), 'restauration', ['traiteur', 'restaurants-cantines']);
    state = S.toggle(S.toggle(state, 'sectors', 'traiteur'), 'sectors', 'blanchisserie');
    state = S.toggleSectorGroup(state, 'restauration', ['traiteur', 'restaurants-cantines']);
    expect(state.refinements.sectorGroups).toEqual([]);
    expect(state.refinements.sectors).toEqual(['blanchisserie']);
  });

  it('a family selects all its kinds, and removes them once all are chosen', () => {
    const handicap = ['EA', 'EATT', 'ESAT'] as const;
    const some = S.toggle(S.initialState(), 'kinds', 'EA');
    const all = S.toggleFamily(some, handicap);
    expect(all.refinements.kinds).toEqual(['EA', 'EATT', 'ESAT']);
    expect(S.toggleFamily(S.toggle(all, 'kinds', 'EI'), handicap).refinements.kinds).toEqual(['EI']);
  });

  it('a radius needs a point, and a new place drops it', () => {
    expect(S.withRadius(S.withPlace(S.initialState(), rhone), 30).radiusKm).toBeUndefined();
    const near = S.withRadius(S.withPlace(S.initialState(), lyon), 30);
    expect(near.radiusKm).toBe(30);
    expect(S.withPlace(near, rhone).radiusKm).toBeUndefined();
  });

  it('clearing the filters keeps the query text', () => {
    const state = S.toggle(S.withPlace(S.withQuery(S.initialState(), 'menuiserie'), lyon), 'labels', 'rsei');
    expect(S.hasFilters(state)).toBe(true);
    const cleared = S.clearFilters(state);
    expect(cleared).toEqual(S.withQuery(S.initialState(), 'menuiserie'));
    expect(S.hasFilters(cleared)).toBe(false);
  });

  it('a preset value unticked keeps the others, the last one stays, and all of them ticked is the preset again', () => {
    const presets: S.Presets = { kinds: ['EA', 'ESAT', 'EATT'] };
    const withoutEa = S.toggleWithin(S.initialState(), 'kinds', 'EA', presets);
    expect(S.effective(withoutEa, 'kinds', presets)).toEqual(['ESAT', 'EATT']);
    const onlyEatt = S.toggleWithin(withoutEa, 'kinds', 'ESAT', presets);
    expect(S.toggleWithin(onlyEatt, 'kinds', 'EATT', presets)).toBe(onlyEatt);
    const back = S.toggleWithin(S.toggleWithin(onlyEatt, 'kinds', 'ESAT', presets), 'kinds', 'EA', presets);
    expect(back.refinements.kinds).toEqual([]);
    expect(S.effective(back, 'kinds', presets)).toEqual(['EA', 'ESAT', 'EATT']);
  });

  it('all of France drops the place and the preset places; choosing a place again ends it', () => {
    const presets: S.Presets = { serves: ['commune:35238'] };
    const nationwide = S.anywhere(S.withPlace(S.initialState(), lyon));
    expect(R.toRequest(nationwide, { presets }).serves).toBeUndefined();
    expect(S.withPlace(nationwide, rhone).anywhere).toBe(false);
    expect(S.hasFilters(nationwide)).toBe(true);
  });

  it('widens a commune to its department, the department to its region, the region to nothing', () => {
    const taxonomy = {
      departments: [{ code: '35', name: 'Ille-et-Vilaine', region: '53' }, { code: '971', name: 'Guadeloupe', region: '01' }],
      regions: [{ code: '53', name: 'Bretagne' }, { code: '01', name: 'Guadeloupe' }],
    } as unknown as Taxonomy;
    expect(S.widerPlace('commune:35238', taxonomy)).toEqual({ id: 'department:35', name: 'Ille-et-Vilaine' });
    expect(S.widerPlace('commune:97105', taxonomy)).toEqual({ id: 'department:971', name: 'Guadeloupe' });
    expect(S.widerPlace('department:35', taxonomy)).toEqual({ id: 'region:53', name: 'Bretagne' });
    expect(S.widerPlace('region:53', taxonomy)).toBeUndefined();
  });

  it('new text forgets the parts kept as words; a kept part is kept once', () => {
    const kept = S.keepLiteral(S.keepLiteral(S.withQuery(S.initialState(), 'nettoyage rennes'), 'place'), 'place');
    expect(kept.literal).toEqual(['place']);
    expect(S.withQuery(kept, 'espaces verts').literal).toEqual([]);
  });

  it('a chosen place replaces the text; a chosen sector adds itself and its group once', () => {
    const typed = S.withQuery(S.initialState(), 'ly');
    const place = S.withSuggestion(typed, { type: 'place', place: { id: 'commune:69123', type: 'commune', code: '69123', name: 'Lyon', point: lyon.point } });
    expect([place.q, place.place]).toEqual(['', lyon]);
    const sector = { type: 'sector', value: 'traiteur', label: 'Traiteur', group: 'restauration' } as const;
    const twice = S.withSuggestion(S.withSuggestion(typed, sector), sector);
    expect(twice.refinements.sectorGroups).toEqual(['restauration']);
    expect(twice.refinements.sectors).toEqual(['traiteur']);
  });

  it('pages are whole and at least 1', () => {
    expect(S.withPage(S.initialState(), 0).page).toBe(1);
    expect(S.withPage(S.initialState(), 2.7).page).toBe(2);
  });
});

describe('toRequest', () => {
  it("asks for the sectors' counts only once a sector group is chosen, since only then are they shown", () => {
    const initial = S.initialState();
    expect(R.facetsShown(initial)).toEqual(['kind', 'prestaType', 'sectorGroup', 'network', 'label']);
    expect(R.facetsShown(S.toggle(initial, 'sectorGroups', 'restauration'))).toEqual(['kind', 'prestaType', 'sectorGroup', 'sector', 'network', 'label']);
  });

  it('sends only what is set, trimmed, with perPage and facets', () => {
    expect(R.toRequest(S.initialState())).toEqual({});
    const state = S.withPage(S.toggle(S.withQuery(S.initialState(), '  nettoyage '), 'kinds', 'EI'), 2);
    expect(R.toRequest(state, { perPage: 10, facets: ['kind'] })).toEqual({
      q: 'nettoyage',
      kinds: ['EI'],
      page: 2,
      perPage: 10,
      facets: ['kind'],
    });
  });

  it('a place is served by the perimeter rule; with a radius it becomes near its point', () => {
    const at = S.withPlace(S.initialState(), lyon);
    expect(R.toRequest(at)).toEqual({ serves: ['commune:69123'] });
    expect(R.toRequest(S.withRadius(at, 30))).toEqual({ near: { lat: 45.76, lng: 4.83, radiusKm: 30 } });
  });

  it('presets apply always; a choice narrows them and cannot widen them', () => {
    const presets: S.Presets = { networks: ['union-nationale-des-entreprises-adaptees', 'coorace'], families: ['handicap'], serves: ['region:84'] };
    expect(R.toRequest(S.initialState(), { presets })).toEqual({
      networks: ['union-nationale-des-entreprises-adaptees', 'coorace'],
      families: ['handicap'],
      serves: ['region:84'],
    });
    const narrowed = S.toggle(S.initialState(), 'networks', 'union-nationale-des-entreprises-adaptees');
    expect(R.toRequest(narrowed, { presets }).networks).toEqual(['union-nationale-des-entreprises-adaptees']);
    const outside = S.toggle(S.initialState(), 'networks', 'federation-des-entreprises-dinsertion');
    expect(R.toRequest(outside, { presets }).networks).toEqual(['union-nationale-des-entreprises-adaptees', 'coorace']);
  });

  it('a single letter is not searched yet', () => {
    expect(R.toRequest(S.withQuery(S.initialState(), ' a '))).toEqual({});
    expect(R.toRequest(S.withQuery(S.initialState(), 'ab')).q).toBe('ab');
  });

  it('sends the social clause when the buyer or the site asks for it', () => {
    expect(R.toRequest(S.withSocialClause(S.initialState(), true)).socialClause).toBe(true);
    expect(R.toRequest(S.initialState(), { presets: { socialClause: true } }).socialClause).toBe(true);
    expect(R.toRequest(S.initialState()).socialClause).toBeUndefined();
  });

  it('sorts by distance only around one commune; the parts kept as words go with the text', () => {
    const byDistance = S.withSort(S.initialState(), 'distance');
    expect(R.toRequest(byDistance).sort).toBeUndefined();
    expect(R.sortOrders(byDistance, {})).not.toContain('distance');
    expect(R.toRequest(byDistance, { presets: { serves: ['commune:35238'] } }).sort).toBe('distance');
    expect(R.toRequest(S.withPlace(byDistance, rhone)).sort).toBeUndefined();
    expect(R.toRequest(S.withPlace(byDistance, lyon)).sort).toBe('distance');
    const kept = S.keepLiteral(S.withQuery(S.initialState(), 'nettoyage rennes'), 'place');
    expect(R.toRequest(kept).literal).toEqual(['place']);
  });

  it('preset sectors ask for the sectors counts, to show them ticked', () => {
    expect(R.facetsShown(S.initialState(), { sectors: ['traiteur'] })).toContain('sector');
  });

  it("the buyer's place replaces the preset places", () => {
    const request = R.toRequest(S.withPlace(S.initialState(), rhone), { presets: { serves: ['region:84'] } });
    expect(request.serves).toEqual(['department:69']);
  });
});

describe('URL state', () => {
  const full = S.withPage(
    S.withSort(
      S.withSocialClause(
        S.withRadius(S.withPlace(S.keepLiteral(S.toggle(S.withQuery(S.initialState(), 'café & thé'), 'sectors', 'traiteur'), 'kind'), lyon), 10),
        true,
      ),
      'name',
    ),
    3,
  );

  it('round-trips through the URL under its prefix', () => {
    const params = U.toUrlParams(full, 'is_', new URLSearchParams());
    expect([...params.keys()].every((name) => name.startsWith('is_'))).toBe(true);
    expect(U.fromUrlParams(new URLSearchParams(params.toString()), 'is_')).toEqual(full);
  });

  it("keeps the host page's parameters and replaces its own", () => {
    const current = new URLSearchParams('tab=2&is_q=old&is_kind=EI');
    const params = U.toUrlParams(S.withQuery(S.initialState(), 'new'), 'is_', current);
    expect(params.toString()).toBe('tab=2&is_q=new');
  });

  it('keeps all of France across a reload', () => {
    const params = U.toUrlParams(S.anywhere(S.initialState()), 'is_', new URLSearchParams());
    expect(params.get('is_anywhere')).toBe('1');
    expect(U.fromUrlParams(params, 'is_').anywhere).toBe(true);
  });

  it('an empty URL is the initial state; unreadable values are ignored', () => {
    expect(U.fromUrlParams(new URLSearchParams('is_sort=random&is_literal=everything'), 'is_')).toEqual(S.initialState());
    expect(U.fromUrlParams(new URLSearchParams('tab=2'), 'is_')).toEqual(S.initialState());
    const odd = U.fromUrlParams(new URLSearchParams('is_page=abc&is_serves=department:69&is_radiusKm=30'), 'is_');
    expect(odd.page).toBe(1);
    // No point for a department: the radius is dropped, the place kept.
    expect(odd.place).toEqual({ id: 'department:69', name: 'department:69' });
    expect(odd.radiusKm).toBeUndefined();
  });
});
