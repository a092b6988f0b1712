/**
 * The intervention-perimeter rule (who can serve a place) and the same-activity
 * rule, compiled once per query into tests over the scan's columns. Codes are
 * compared as dictionary ids: a code the dictionary has never seen is -1, which no
 * supplier holds.
 */
import type { Point } from '../../../../sdk/src/types.js';
import { distanceKm } from '../../domain/geo-distance.js';
import type { ActivityCondition } from '../../query/types.js';
import { COUNTRY, tableOf, ZONES, type Packed, type ScanData } from './columns.js';
import { tooFarByLatitude } from './geo.js';
import type { ServedPlace } from '../../domain/geography.types.js';

/** Whether activity `activity` (an index in the columns) of the supplier at `position` qualifies. */
export type ActivityTest = (position: number, activity: number) => boolean;

/** Whether item i of `packed` holds a, b or c (a hand loop: builtins are calls). */
function holdsAny(packed: Packed, i: number, a: number, b = -1, c = -1): boolean {
  const { starts, ids } = packed;
  for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) {
    const id = ids[k];
    if (id === a || id === b || id === c) return true;
  }
  return false;
}

function holds(ids: Int32Array, id: number): boolean {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
  return false;
}

/**
 * Whether activity `activity` of the supplier at `position` lets it serve `place`.
 * The answers are kept with the scan, per place: the same places come back query
 * after query (a site's own commune, a buyer refining a search), and an activity
 * index names one activity of one supplier.
 */
export function compilePlace(place: ServedPlace, scan: ScanData): ActivityTest {
  const test = placeTest(place, scan);
  // 0 not yet known, 1 no, 2 yes.
  const answers = scan.memo.get(`serves:${JSON.stringify(place)}`, () => new Uint8Array(scan.columns.range.length));
  return (position, activity) => {
    const known = answers[activity]!;
    if (known !== 0) return known === 2;
    const answer = test(position, activity);
    answers[activity] = answer ? 2 : 1;
    return answer;
  };
}

function placeTest(place: ServedPlace, scan: ScanData): ActivityTest {
  const { columns, values, places } = scan;
  const { range, zones } = columns;
  switch (place.type) {
    case 'commune': {
      const commune = places.find(`commune:${place.code}`);
      const department = places.find(`department:${place.department}`);
      const region = places.find(`region:${place.region}`);
      const postcodes = Int32Array.from(place.postcodes, places.find).filter((id) => id !== -1);
      const { km, lat, lng, postcode } = columns;
      const centre: Point = place.point;
      const withinKm = (position: number, radius: number): boolean =>
        !tooFarByLatitude(lat[position]!, centre.lat, radius) &&
        distanceKm({ lat: lat[position]!, lng: lng[position]! }, centre) <= radius;
      return (position, activity) => {
        const type = range[activity];
        if (type === COUNTRY || holds(postcodes, postcode[position]!)) return true;
        if (type === ZONES) return holdsAny(zones, activity, commune, department, region);
        return withinKm(position, km[activity]!);
      };
    }
    case 'department': {
      const own = values.find(place.code);
      const department = places.find(`department:${place.code}`);
      const region = places.find(`region:${place.region}`);
      const departments = columns.department;
      return (position, activity) =>
        range[activity] === COUNTRY ||
        departments[position] === own ||
        (range[activity] === ZONES && holdsAny(zones, activity, department, region));
    }
    case 'region': {
      const own = values.find(place.code);
      const region = places.find(`region:${place.code}`);
      const regions = columns.region;
      return (position, activity) =>
        range[activity] === COUNTRY || regions[position] === own || (range[activity] === ZONES && holdsAny(zones, activity, region));
    }
  }
}

/**
 * Every condition present must hold for this one activity; a present but empty
 * list admits nothing, like an `in` filter with no values.
 */
export function compileActivityCondition(condition: ActivityCondition, scan: ScanData): ActivityTest {
  const { columns, values } = scan;
  const { sector, prestaTypes: presta } = columns;
  const sectors = condition.sectors && tableOf(condition.sectors, values);
  const groupSectors = condition.groupSectors && tableOf(condition.groupSectors, values);
  const prestaTypes = condition.prestaTypes && tableOf(condition.prestaTypes, values);
  const served = condition.serves?.map((place) => compilePlace(place, scan));
  const offers = (activity: number, wanted: Uint8Array): boolean => {
    for (let k = presta.starts[activity]!, end = presta.starts[activity + 1]!; k < end; k++) {
      if (wanted[presta.ids[k]!] === 1) return true;
    }
    return false;
  };
  return (position, activity) => {
    if (sectors && sectors[sector[activity]!] !== 1) return false;
    if (groupSectors && groupSectors[sector[activity]!] !== 1) return false;
    if (prestaTypes && !offers(activity, prestaTypes)) return false;
    if (served) {
      for (const serves of served) if (serves(position, activity)) return true;
      return false;
    }
    return true;
  };
}

/** Whether some activity of the supplier at `position` passes the test. */
export function someActivity(scan: ScanData, position: number, test: ActivityTest): boolean {
  const { first } = scan.columns;
  for (let activity = first[position]!, end = first[position + 1]!; activity < end; activity++) {
    if (test(position, activity)) return true;
  }
  return false;
}

/** Activity `index` (0-based, the supplier's own order) of the supplier at `position`. */
function activityAt(scan: ScanData, position: number, index: number): number {
  return scan.columns.first[position]! + index;
}

export function servesPlace(scan: ScanData, position: number, activityIndex: number, place: ServedPlace): boolean {
  return compilePlace(place, scan)(position, activityAt(scan, position, activityIndex));
}

export function activitySatisfies(
  scan: ScanData,
  position: number,
  activityIndex: number,
  condition: ActivityCondition,
): boolean {
  return compileActivityCondition(condition, scan)(position, activityAt(scan, position, activityIndex));
}
