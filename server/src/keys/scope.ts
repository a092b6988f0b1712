/**
 * A site key's scope as a Filter node. The planner ANDs it into the main filter and
 * every facet filter, and the engine tests it on get and suggest, so a request can
 * only ever narrow it.
 */
import type { KindCode } from '../../../sdk/src/types.js';
import { isSocialClauseKind } from '../domain/taxonomy.js';
import { KINDS } from '../domain/taxonomy-data.js';
import type { Filter, SupplierField } from '../query/types.js';
import type { KeyScope } from './types.js';

const SOCIAL_CLAUSE_KINDS = (Object.keys(KINDS) as KindCode[]).filter(isSocialClauseKind);

/** undefined for an empty scope: the key sees the whole directory. */
export function scopeFilter(scope: KeyScope): Filter | undefined {
  const nodes: Filter[] = [];
  const add = (field: SupplierField, values: readonly string[] | undefined) => {
    if (values) nodes.push({ op: 'in', field, values: [...values] });
  };
  add('network', scope.networks);
  add('region', scope.regions);
  add('department', scope.departments);
  add('kind', scope.kinds);
  if (scope.socialClause) add('kind', SOCIAL_CLAUSE_KINDS);
  if (nodes.length <= 1) return nodes[0];
  return { op: 'and', filters: nodes };
}

/** The scope in words for listings: "network=coorace region=53". */
export function describeScope(scope: KeyScope): string {
  const parts = [
    ...(['networks', 'regions', 'departments', 'kinds'] as const).flatMap((name) =>
      scope[name] ? [`${name}=${scope[name]!.join(',')}`] : [],
    ),
    ...(scope.socialClause ? ['socialClause'] : []),
  ];
  return parts.length ? parts.join(' ') : '(all suppliers)';
}
