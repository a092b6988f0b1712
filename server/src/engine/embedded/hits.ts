/** Ordering the matching suppliers and turning a page of them into hits. */
import type { EngineHighlight, EngineHit, EngineQuery } from '../types.js';
import { distanceKm } from '../../domain/geo-distance.js';
import { compareIds, type SupplierRecord } from './record.js';
import type { TextIndex, TextMatch } from './text.types.js';

type Origin = NonNullable<EngineQuery['origin']>;

/** Kilometres to the origin; a supplier inside the origin's commune is 0 km away. */
function distanceFrom(origin: Origin): (supplier: SupplierRecord) => number {
  return (supplier) =>
    supplier.communeCode === origin.communeCode ? 0 : distanceKm(supplier.point, origin.point);
}

/** The key each sort order ranks by, ascending; undefined for the scan's own name order. */
function sortKey(
  query: EngineQuery,
  textMatches: ReadonlyMap<string, TextMatch> | undefined,
): ((supplier: SupplierRecord) => number) | undefined {
  const { sort, origin } = query;
  if (sort === 'updated') return (supplier) => -supplier.updatedMs;
  if (sort === 'relevance' && textMatches) return (supplier) => -(textMatches.get(supplier.id)?.score ?? 0);
  if ((sort === 'relevance' || sort === 'distance') && origin) return distanceFrom(origin);
  return undefined;
}

/**
 * Sorts, in place, the positions of the matches (given ascending, hence in name order) by the
 * query's order; ties go by id.
 */
export function orderMatches(
  suppliers: readonly SupplierRecord[],
  matches: number[],
  query: EngineQuery,
  textMatches: ReadonlyMap<string, TextMatch> | undefined,
): number[] {
  const key = sortKey(query, textMatches);
  if (!key) return matches;
  const keys = new Float64Array(suppliers.length);
  for (const position of matches) keys[position] = key(suppliers[position]!);
  return matches.sort(
    (a, b) => keys[a]! - keys[b]! || compareIds(suppliers[a]!.id, suppliers[b]!.id),
  );
}

function highlightsOf(supplier: SupplierRecord['supplier'], terms: readonly string[], textIndex: TextIndex): EngineHighlight[] {
  const fields: [EngineHighlight['field'], string | undefined][] = [
    ['name', supplier.name],
    ['brand', supplier.brand],
    ['description', supplier.description],
    ['offers', supplier.offers.length > 0 ? supplier.offers.map((offer) => offer.name).join(', ') : undefined],
    ['city', supplier.address.city],
  ];
  const highlights: EngineHighlight[] = [];
  for (const [field, text] of fields) {
    if (!text) continue;
    const parts = textIndex.highlight(text, terms);
    if (parts.some((part) => part.match)) highlights.push({ field, parts });
  }
  return highlights;
}

export function toHit(
  record: SupplierRecord,
  query: EngineQuery,
  textMatches: ReadonlyMap<string, TextMatch> | undefined,
  textIndex: TextIndex,
): EngineHit {
  const hit: EngineHit = { supplier: record.supplier, highlights: [] };
  if (query.origin) hit.distanceKm = Math.round(distanceFrom(query.origin)(record) * 10) / 10;
  const match = textMatches?.get(record.id);
  if (match) hit.highlights = highlightsOf(record.supplier, match.terms, textIndex);
  return hit;
}
