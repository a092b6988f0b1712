/**
 * Disjunctive facets: each facet counts over the filter rebuilt without its own
 * parameter, so that choosing one kind still shows how many suppliers the other
 * kinds have. Unchanged nodes (and whole filters) are shared by identity.
 */
import type { FacetName } from '../../../sdk/src/types.js';
import { and } from '../query/and.js';
import type { ActivityCondition, FacetQuery, Filter } from '../query/types.js';

/** One Filter node per request parameter; `always` (scope, SIRET) is never dropped. */
export interface Clauses {
  always: Filter[];
  kind?: Filter;
  family?: Filter;
  socialClause?: Filter;
  network?: Filter;
  label?: Filter;
  activity?: ActivityCondition;
  location?: Filter;
  near?: Filter;
}

type SupplierClause = Exclude<keyof Clauses, 'always' | 'activity'>;
type ActivityPart = keyof ActivityCondition;

/** What each facet ignores of the request: a supplier-level clause or a part of the activity condition. */
const IGNORED_BY: Record<FacetName, { clause: SupplierClause } | { part: ActivityPart }> = {
  kind: { clause: 'kind' },
  network: { clause: 'network' },
  label: { clause: 'label' },
  department: { clause: 'location' },
  region: { clause: 'location' },
  sector: { part: 'sectors' },
  sectorGroup: { part: 'groupSectors' },
  prestaType: { part: 'prestaTypes' },
};

const SUPPLIER_CLAUSES: SupplierClause[] = ['kind', 'family', 'socialClause', 'network', 'label', 'location', 'near'];

export function facetQueries(clauses: Clauses, names: readonly FacetName[]): { filter: Filter; facets: FacetQuery[] } {
  const activityNode: Filter | undefined = clauses.activity && { op: 'activity', condition: clauses.activity };

  const build = (without: SupplierClause | undefined, activity: Filter | undefined): Filter =>
    and([
      ...clauses.always,
      ...SUPPLIER_CLAUSES.filter((name) => name !== without).map((name) => clauses[name]),
      activity,
    ]);

  const filter = build(undefined, activityNode);
  const facets = names.map((name): FacetQuery => {
    const ignored = IGNORED_BY[name];
    if ('clause' in ignored) {
      return { name, filter: clauses[ignored.clause] ? build(ignored.clause, activityNode) : filter };
    }
    const condition = clauses.activity;
    if (!condition?.[ignored.part]) return condition ? { name, filter, activity: condition } : { name, filter };
    const rest = withoutPart(condition, ignored.part);
    if (!rest) return { name, filter: build(undefined, undefined) };
    return { name, filter: build(undefined, { op: 'activity', condition: rest }), activity: rest };
  });
  return { filter, facets };
}

function withoutPart(condition: ActivityCondition, part: ActivityPart): ActivityCondition | undefined {
  const rest: ActivityCondition = { ...condition };
  delete rest[part];
  return Object.keys(rest).length ? rest : undefined;
}
