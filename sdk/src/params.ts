import type { SearchRequest } from './types.js';

type ListField = 'kinds' | 'families' | 'prestaTypes' | 'sectors' | 'sectorGroups' | 'networks' | 'labels' | 'serves' | 'location' | 'facets' | 'literal';

/** Multi-valued fields and their query parameter; values are sent comma-separated. */
const lists: [ListField, string][] = [
  ['kinds', 'kind'],
  ['families', 'family'],
  ['prestaTypes', 'presta'],
  ['sectors', 'sector'],
  ['sectorGroups', 'sectorGroup'],
  ['networks', 'network'],
  ['labels', 'label'],
  ['serves', 'serves'],
  ['location', 'location'],
  ['facets', 'facets'],
  ['literal', 'literal'],
];

/**
 * The query parameters of GET /v1/suppliers for a search, also fit for a page's URL.
 * Always in the same order, so that equal searches give equal URLs (and share the cache).
 */
export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: unknown) => value != null && value !== '' && params.set(name, String(value));
  set('q', request.q?.trim());
  for (const [field, name] of lists) set(name, request[field]?.join(','));
  const near = request.near;
  if (near) {
    set('near', `${near.lat},${near.lng}`);
    set('radiusKm', near.radiusKm);
  }
  set('socialClause', request.socialClause);
  set('sort', request.sort);
  set('page', request.page);
  set('perPage', request.perPage);
  return params;
}

/** The query parameters of GET /v1/suppliers.csv: the search's, without paging and facets. */
export function toExportParams(request: SearchRequest, limit?: number): URLSearchParams {
  const params = toSearchParams({ ...request, page: undefined, perPage: undefined, facets: undefined });
  if (limit !== undefined) params.set('limit', String(limit));
  return params;
}

/**
 * The search a page's URL describes: the inverse of `toSearchParams`. Accepts repeated
 * and comma-separated values; ignores what it cannot read (the server validates codes).
 */
export function fromSearchParams(params: URLSearchParams): SearchRequest {
  const request: Record<string, unknown> = {};
  const number = (name: string) => {
    const value = params.get(name);
    return value && Number.isFinite(+value) ? +value : undefined;
  };
  const put = (field: string, value: unknown) => value !== undefined && (request[field] = value);
  put('q', params.get('q') || undefined);
  for (const [field, name] of lists) {
    const values = params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
    put(field, values.length ? values : undefined);
  }
  const [lat, lng] = (params.get('near') ?? '').split(',').map((value) => (value.trim() ? +value : NaN));
  const radiusKm = number('radiusKm');
  if (Number.isFinite(lat! + lng!) && radiusKm !== undefined) request.near = { lat, lng, radiusKm };
  const socialClause = params.get('socialClause');
  put('socialClause', socialClause ? socialClause === 'true' || socialClause === '1' : undefined);
  put('sort', params.get('sort') || undefined);
  put('page', number('page'));
  put('perPage', number('perPage'));
  return request as SearchRequest;
}
