/**
 * The query planner: a validated SearchRequest and the calling key's scope become one
 * engine-neutral EngineQuery. Pure apart from the place lookup.
 *
 * Each request parameter turns into one Filter node, built once; the main filter and
 * every facet's filter are ANDs over those same node objects, so an engine that
 * memoises by identity evaluates each node once per query.
 */
import type { KindCode, SearchRequest, SortOrder } from '../../../sdk/src/types.js';
import type { ServedPlace } from '../domain/geography.types.js';
import { familyOf, isSocialClauseKind, sectorsOfGroup, taxonomy } from '../domain/taxonomy.js';
import { invalidParameter } from '../errors.js';
import type { QueryContext } from '../query/context.js';
import { textOrIdentifier } from '../query/identifier.js';
import { DEFAULT_PER_PAGE } from '../query/limits.js';
import type { ActivityCondition, EngineQuery, Filter, SupplierField } from '../query/types.js';
import { facetQueries, type Clauses } from './facets.js';
import { resolvePlaces } from './places.js';

export function plan(request: SearchRequest, context: QueryContext): EngineQuery {
  const { text, identifier } = textOrIdentifier(request.q ?? '');
  const served = request.serves ? resolvePlaces(request.serves, 'serves', context.places) : [];
  const located = request.location ? resolvePlaces(request.location, 'location', context.places) : [];

  const clauses: Clauses = {
    always: [context.scope, identifier].filter((node) => node !== undefined),
    kind: inFilter('kind', request.kinds),
    family: request.families?.length ? inFilter('kind', kindsWhere((kind) => request.families!.includes(familyOf(kind)))) : undefined,
    socialClause: request.socialClause ? inFilter('kind', kindsWhere(isSocialClauseKind)) : undefined,
    network: inFilter('network', request.networks),
    label: inFilter('label', request.labels),
    activity: activityCondition(request, served),
    location: locationFilter(located),
    near: request.near && { op: 'near', point: { lat: request.near.lat, lng: request.near.lng }, radiusKm: request.near.radiusKm },
  };
  const { filter, facets } = facetQueries(clauses, request.facets ?? []);
  const origin = originOf(served, request);
  if (request.sort === 'distance' && !origin) {
    throw invalidParameter('sort', 'sort: distance needs a reference point: exactly one commune in serves, or near.');
  }
  const query: EngineQuery = {
    filter,
    facets,
    sort: request.sort ?? defaultSort(text, origin),
    page: request.page ?? 1,
    perPage: request.perPage ?? DEFAULT_PER_PAGE,
  };
  if (text) query.text = text;
  if (origin) query.origin = origin;
  return query;
}

function inFilter(field: SupplierField, values: readonly string[] | undefined): Filter | undefined {
  return values?.length ? { op: 'in', field, values: [...values] } : undefined;
}

function kindsWhere(test: (kind: KindCode) => boolean): KindCode[] {
  return taxonomy()
    .kinds.map((kind) => kind.code)
    .filter(test);
}

/** Sector, sector group, service type and place: all must hold for the same activity. */
function activityCondition(request: SearchRequest, served: ServedPlace[]): ActivityCondition | undefined {
  const condition: ActivityCondition = {};
  if (request.sectors?.length) condition.sectors = [...request.sectors];
  if (request.sectorGroups?.length) {
    condition.groupSectors = [...new Set(request.sectorGroups.flatMap((group) => sectorsOfGroup(group)))];
  }
  if (request.prestaTypes?.length) condition.prestaTypes = [...request.prestaTypes];
  if (served.length) condition.serves = served;
  return Object.keys(condition).length ? condition : undefined;
}

/** Where the supplier is: any of the listed communes, departments or regions. */
function locationFilter(places: ServedPlace[]): Filter | undefined {
  const fields = { commune: 'communeCode', department: 'department', region: 'region' } as const;
  const nodes: Filter[] = [];
  for (const type of ['commune', 'department', 'region'] as const) {
    const codes = places.filter((place) => place.type === type).map((place) => place.code);
    if (codes.length) nodes.push({ op: 'in', field: fields[type], values: codes });
  }
  if (nodes.length <= 1) return nodes[0];
  return { op: 'or', filters: nodes };
}

/** The point distances are measured from: the one commune served (the only place this rule is written), else `near`. */
function originOf(served: ServedPlace[], request: SearchRequest): EngineQuery['origin'] {
  const communes = served.filter((place) => place.type === 'commune');
  if (communes.length === 1) {
    const commune = communes[0]!;
    return { point: commune.point, communeCode: commune.code };
  }
  if (request.near) return { point: { lat: request.near.lat, lng: request.near.lng } };
  return undefined;
}

/**
 * The reference system's order: with exactly one commune to serve, the nearest first,
 * text or not (the text then decides who is in, and a buyer in Rennes sees Rennes'
 * suppliers before a nationwide one in Paris); otherwise text relevance, or the nearest
 * to a `near` point when there is no text.
 */
function defaultSort(text: string | undefined, origin: EngineQuery['origin']): SortOrder {
  if (origin?.communeCode !== undefined) return 'distance';
  return !text && origin ? 'distance' : 'relevance';
}
