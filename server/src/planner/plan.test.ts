import { describe, expect, it } from 'vitest';
import type { PlaceId } from '../../../sdk/src/types.js';
import type { ActivityCondition, Filter } from '../query/types.js';
import { ApiException } from '../errors.js';
import { plan } from './plan.js';
import type { PlaceResolver } from '../query/context.js';
import type { ServedPlace } from '../domain/geography.types.js';

const RENNES: ServedPlace = {
  type: 'commune',
  code: '35238',
  department: '35',
  region: '53',
  postcodes: ['35000', '35200', '35700'],
  point: { lat: 48.11, lng: -1.68 },
};
const NANTES: ServedPlace = { ...RENNES, code: '44109', department: '44', region: '52', postcodes: ['44000'], point: { lat: 47.22, lng: -1.55 } };
const ILLE_ET_VILAINE: ServedPlace = { type: 'department', code: '35', region: '53' };
const BRETAGNE: ServedPlace = { type: 'region', code: '53' };

const places: PlaceResolver = {
  servedPlace: (id: PlaceId) =>
    ({ 'commune:35238': RENNES, 'commune:44109': NANTES, 'department:35': ILLE_ET_VILAINE, 'region:53': BRETAGNE })[id as string],
};

/** The members of the top-level AND (or the filter itself when it stands alone). */
function members(filter: Filter): Filter[] {
  return filter.op === 'and' ? filter.filters : [filter];
}

function activityOf(filter: Filter): ActivityCondition | undefined {
  const node = members(filter).find((member) => member.op === 'activity');
  return node?.op === 'activity' ? node.condition : undefined;
}

describe('plan', () => {
  it('plans an empty request as everything, by relevance, first page of 20', () => {
    expect(plan({}, { places })).toEqual({
      filter: { op: 'and', filters: [] },
      facets: [],
      sort: 'relevance',
      page: 1,
      perPage: 20,
    });
  });

  it('keeps free text as text', () => {
    const query = plan({ q: '  nettoyage locaux ' }, { places });
    expect(query.text).toBe('nettoyage locaux');
    expect(query.filter).toEqual({ op: 'and', filters: [] });
  });

  it('turns a SIRET, spaces and dots allowed, into an exact siret filter and no text', () => {
    const query = plan({ q: '123 456.789 00012' }, { places });
    expect(query.text).toBeUndefined();
    expect(query.filter).toEqual({ op: 'in', field: 'siret', values: ['12345678900012'] });
  });

  it('turns a SIREN into an exact siren filter, and keeps other digit runs as text', () => {
    expect(plan({ q: '123456789' }, { places }).filter).toEqual({ op: 'in', field: 'siren', values: ['123456789'] });
    expect(plan({ q: '1234567890' }, { places }).text).toBe('1234567890');
  });

  it('expands families and the social clause into kind lists, each its own node', () => {
    const query = plan({ kinds: ['EI'], families: ['handicap'], socialClause: true }, { places });
    expect(members(query.filter)).toEqual([
      { op: 'in', field: 'kind', values: ['EI'] },
      { op: 'in', field: 'kind', values: ['EA', 'EATT', 'ESAT'] },
      { op: 'in', field: 'kind', values: ['EI', 'AI', 'ACI', 'ETTI', 'EA', 'EATT', 'ESAT'] },
    ]);
  });

  it('does not filter on socialClause=false', () => {
    expect(plan({ socialClause: false }, { places }).filter).toEqual({ op: 'and', filters: [] });
  });

  it('puts sectors, sector groups, service types and served places in ONE activity node', () => {
    const query = plan(
      { sectors: ['blanchisserie'], sectorGroups: ['restauration'], prestaTypes: ['PREST'], serves: ['commune:35238', 'department:35'] },
      { places },
    );
    expect(query.filter.op).toBe('activity');
    const condition = activityOf(query.filter)!;
    expect(condition.sectors).toEqual(['blanchisserie']);
    expect(condition.groupSectors).toContain('traiteur');
    expect(condition.groupSectors).toContain('restauration-collective');
    expect(condition.prestaTypes).toEqual(['PREST']);
    expect(condition.serves).toEqual([RENNES, ILLE_ET_VILAINE]);
  });

  it('ORs location places by type', () => {
    const query = plan({ location: ['commune:35238', 'region:53', 'department:35'] }, { places });
    expect(query.filter).toEqual({
      op: 'or',
      filters: [
        { op: 'in', field: 'communeCode', values: ['35238'] },
        { op: 'in', field: 'department', values: ['35'] },
        { op: 'in', field: 'region', values: ['53'] },
      ],
    });
  });

  it('refuses a well-formed place id that names no place, naming the parameter', () => {
    const attempt = () => plan({ location: ['commune:99999'] }, { places });
    expect(attempt).toThrow(ApiException);
    expect(attempt).toThrow(/location: Unknown place "commune:99999"/);
  });

  it('measures from the one commune served, and sorts nearest first with or without text', () => {
    const query = plan({ serves: ['commune:35238'] }, { places });
    expect(query.origin).toEqual({ point: RENNES.point, communeCode: '35238' });
    expect(query.sort).toBe('distance');
    expect(plan({ q: 'traiteur', serves: ['commune:35238'] }, { places }).sort).toBe('distance');
    expect(plan({ q: 'traiteur', serves: ['commune:35238'], sort: 'relevance' }, { places }).sort).toBe('relevance');
  });

  it('ranks text by relevance around a near point, and by distance without text', () => {
    const near = { lat: 48.11, lng: -1.68, radiusKm: 20 };
    expect(plan({ q: 'traiteur', near }, { places }).sort).toBe('relevance');
    expect(plan({ near }, { places }).sort).toBe('distance');
  });

  it('refuses sort=distance without a reference point (two communes served, or none and no near), naming sort', () => {
    for (const request of [{ sort: 'distance' as const }, { sort: 'distance' as const, serves: ['commune:35238', 'commune:44109'] as PlaceId[] }]) {
      const attempt = () => plan(request, { places });
      expect(attempt).toThrow(ApiException);
      expect(attempt).toThrow(/^sort: distance needs a reference point/);
    }
    expect(plan({ sort: 'distance', serves: ['commune:35238', 'department:35'] }, { places }).sort).toBe('distance');
  });

  it('has no origin with two communes served, and measures from near otherwise', () => {
    expect(plan({ serves: ['commune:35238', 'commune:44109'] }, { places }).origin).toBeUndefined();
    const query = plan({ near: { lat: 45, lng: 5, radiusKm: 12 }, sort: 'name' }, { places });
    expect(query.filter).toEqual({ op: 'near', point: { lat: 45, lng: 5 }, radiusKm: 12 });
    expect(query.origin).toEqual({ point: { lat: 45, lng: 5 } });
    expect(query.sort).toBe('name');
  });

  it('ANDs the scope into the main filter and into every facet filter', () => {
    const scope: Filter = { op: 'in', field: 'network', values: ['coorace'] };
    const query = plan({ kinds: ['ACI'], facets: ['kind', 'network'] }, { places, scope });
    expect(members(query.filter)[0]).toBe(scope);
    for (const facet of query.facets) expect(members(facet.filter)).toContain(scope);
    expect(query.facets[0]!.filter).toBe(scope);
  });

  it('passes page and perPage through', () => {
    expect(plan({ page: 3, perPage: 50 }, { places })).toMatchObject({ page: 3, perPage: 50 });
  });
});

describe('plan: facets', () => {
  it('drops only the facet’s own supplier-level parameter, sharing the other nodes', () => {
    const query = plan(
      { kinds: ['EI'], families: ['insertion'], networks: ['coorace'], location: ['department:35'], facets: ['kind', 'network', 'label', 'department', 'region'] },
      { places },
    );
    const [kindNode, familyNode, networkNode, locationNode] = members(query.filter);
    const [kind, network, label, department, region] = query.facets;
    expect(members(kind!.filter)).toEqual([familyNode, networkNode, locationNode]);
    members(kind!.filter).forEach((node, i) => expect(node).toBe([familyNode, networkNode, locationNode][i]));
    expect(members(network!.filter)).toEqual([kindNode, familyNode, locationNode]);
    // No label chosen: the label facet counts over the main filter itself.
    expect(label!.filter).toBe(query.filter);
    expect(members(department!.filter)).toEqual([kindNode, familyNode, networkNode]);
    expect(region!.filter).toEqual(department!.filter);
    expect(kind!.activity).toBeUndefined();
  });

  it('drops the facet’s own part of the activity condition and keeps the rest, in the filter and as activity', () => {
    const query = plan(
      { sectors: ['blanchisserie'], sectorGroups: ['restauration'], prestaTypes: ['DISP'], serves: ['commune:35238'], facets: ['sector', 'sectorGroup', 'prestaType'] },
      { places },
    );
    const [sector, sectorGroup, prestaType] = query.facets;
    expect(sector!.activity).not.toHaveProperty('sectors');
    expect(sector!.activity).toMatchObject({ prestaTypes: ['DISP'], serves: [RENNES] });
    expect(sector!.activity!.groupSectors).toContain('traiteur');
    expect(activityOf(sector!.filter)).toBe(sector!.activity);

    expect(sectorGroup!.activity).toMatchObject({ sectors: ['blanchisserie'], prestaTypes: ['DISP'] });
    expect(sectorGroup!.activity).not.toHaveProperty('groupSectors');
    expect(prestaType!.activity).toMatchObject({ sectors: ['blanchisserie'], serves: [RENNES] });
    expect(prestaType!.activity).not.toHaveProperty('prestaTypes');
  });

  it('leaves no activity node when the facet’s own part was the whole condition', () => {
    const query = plan({ sectors: ['blanchisserie'], kinds: ['EA'], facets: ['sector'] }, { places });
    const [sector] = query.facets;
    expect(sector!.activity).toBeUndefined();
    expect(sector!.filter).toBe(members(query.filter)[0]);
  });

  it('reuses the main filter and condition for an activity facet whose part was not chosen', () => {
    const query = plan({ sectors: ['blanchisserie'], facets: ['prestaType'] }, { places });
    const [prestaType] = query.facets;
    expect(prestaType!.filter).toBe(query.filter);
    expect(prestaType!.activity).toBe(activityOf(query.filter));
  });
});
