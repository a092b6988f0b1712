import type { PlaceId } from '../../../sdk/src/types.js';
import type { ServedPlace } from '../domain/geography.types.js';
import { invalidParameter } from '../errors.js';
import type { PlaceResolver } from '../query/context.js';

/** Resolves well-formed ids to places; a well-formed id naming no place is the client's error. */
export function resolvePlaces(ids: readonly PlaceId[], parameter: string, places: PlaceResolver): ServedPlace[] {
  return ids.map((id) => {
    const place = places.servedPlace(id);
    if (!place) throw invalidParameter(parameter, `${parameter}: Unknown place "${id}".`, 'invalid_parameter', { value: id });
    return place;
  });
}
