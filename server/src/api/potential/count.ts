/**
 * The inclusive potential of a sector at a place, counted by the engine through the
 * planner, so the site key's scope and the perimeter rule (same activity) apply
 * exactly as in a search: one search for the count, the kinds and the nearest five,
 * then the matches page by page for the share with a public contact (no engine field
 * says that, and one more field in both engines would cost every search).
 */
import type { KindCode, KindFamily, PotentialRequest, PotentialResponse, SearchRequest, Supplier } from '../../../../sdk/src/types.js';
import { familyOf, isSocialClauseKind, taxonomy } from '../../domain/taxonomy.js';
import type { Filter, SearchEngine } from '../../query/types.js';
import { invalidParameter } from '../../errors.js';
import { plan } from '../../planner/plan.js';
import type { PlaceDirectory } from '../../domain/geography.js';

export interface PotentialContext {
  engine: SearchEngine;
  geography: PlaceDirectory;
  scope?: Filter;
}

export const NEAREST = 5;
/** A page size every engine serves in one request (Typesense caps per_page at 250). */
const CONTACT_PAGE = 250;

export async function countPotential(request: PotentialRequest, { engine, geography, scope }: PotentialContext): Promise<PotentialResponse> {
  const place = geography.place(request.serves);
  if (!place) throw invalidParameter('serves', `serves: Unknown place "${request.serves}".`, 'invalid_parameter', { value: request.serves });
  const search: SearchRequest = { serves: [request.serves] };
  if (request.sectors) search.sectors = request.sectors;
  if (request.sectorGroups) search.sectorGroups = request.sectorGroups;
  const context = { places: geography, scope };

  const first = await engine.search(plan({ ...search, facets: ['kind'], perPage: NEAREST }, context));
  const byKind = first.facets.kind ?? [];
  const byFamily: Record<KindFamily, number> = { insertion: 0, handicap: 0 };
  let reservedLots = 0;
  for (const { value, count } of byKind) {
    const kind = value as KindCode;
    byFamily[familyOf(kind)] += count;
    if (isSocialClauseKind(kind)) reservedLots += count;
  }

  let withContact = 0;
  for (let page = 1, seen = 0; seen < first.found; page++) {
    const { hits } = await engine.search(plan({ ...search, sort: 'name', page, perPage: CONTACT_PAGE }, context));
    if (!hits.length) break;
    seen += hits.length;
    withContact += hits.filter(({ supplier }) => hasPublicContact(supplier)).length;
  }

  return {
    place,
    sectors: (request.sectors ?? []).map((slug) => ({ slug, label: sectorLabels().get(slug)! })),
    sectorGroups: (request.sectorGroups ?? []).map((slug) => ({ slug, label: groupLabels().get(slug)! })),
    found: first.found,
    byKind,
    byFamily,
    reservedLots,
    withContact,
    nearest: first.hits,
  };
}

/** What the widget's contact buttons offer: an e-mail, a phone or a website. */
export function hasPublicContact(supplier: Supplier): boolean {
  return Boolean(supplier.contact?.email || supplier.contact?.phone || supplier.website);
}

const sectorLabels = () => new Map(taxonomy().sectorGroups.flatMap((group) => group.sectors.map((sector) => [sector.slug, sector.label] as const)));
const groupLabels = () => new Map(taxonomy().sectorGroups.map((group) => [group.slug, group.label] as const));
