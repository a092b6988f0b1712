/**
 * A search state in the page's URL, under a prefix. Parameter names are the API's, plus
 * the place's name and point (so that a reload shows the same chip) and `anywhere`.
 */
import { fromSearchParams, toSearchParams } from '../../sdk/src/index.js';
import type { SortOrder } from '../../sdk/src/types.js';
import { initialState, refinementFields, withPage, withPlace, withRadius, type SearchState } from './state.js';

const sortOrders: (SortOrder | undefined)[] = ['relevance', 'distance', 'name', 'updated'];

/** The page URL's query string with the state written under `prefix` (the host page's own parameters are kept). */
export function toUrlParams(state: SearchState, prefix: string, current: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams([...current].filter(([name]) => !name.startsWith(prefix)));
  const own = toSearchParams({
    q: state.q,
    ...state.refinements,
    serves: state.place && [state.place.id],
    socialClause: state.socialClause || undefined,
    sort: state.sort,
    literal: state.literal,
    page: state.page > 1 ? state.page : undefined,
  });
  const { place, radiusKm } = state;
  if (place) own.set('placeName', place.name);
  if (place?.point) own.set('at', `${place.point.lat},${place.point.lng}`);
  if (radiusKm) own.set('radiusKm', String(radiusKm));
  if (state.anywhere) own.set('anywhere', '1');
  for (const [name, value] of own) params.set(prefix + name, value);
  return params;
}

/** The inverse of `toUrlParams`: the state the page URL holds under `prefix`. */
export function fromUrlParams(params: URLSearchParams, prefix: string): SearchState {
  const own = new URLSearchParams();
  for (const [name, value] of params) if (name.startsWith(prefix)) own.append(name.slice(prefix.length), value);
  const request = fromSearchParams(own);
  let state = initialState();
  state.q = request.q ?? '';
  for (const field of refinementFields) (state.refinements[field] as string[]) = (request[field] as string[] | undefined) ?? [];
  const id = request.serves?.[0];
  if (id) {
    const [lat, lng] = (own.get('at') ?? '').split(',').map(Number);
    const point = own.has('at') && Number.isFinite(lat! + lng!) ? { lat: lat!, lng: lng! } : undefined;
    state = withPlace(state, { id, name: own.get('placeName') || id, ...(point && { point }) });
    const radiusKm = Number(own.get('radiusKm'));
    if (radiusKm > 0) state = withRadius(state, radiusKm);
  } else if (own.get('anywhere') === '1') state.anywhere = true;
  state.socialClause = request.socialClause === true;
  if (sortOrders.includes(request.sort!)) state.sort = request.sort;
  state.literal = (request.literal ?? []).filter((type) => ['place', 'sector', 'kind'].includes(type));
  return withPage(state, request.page ?? 1);
}
