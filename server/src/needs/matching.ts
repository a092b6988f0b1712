/**
 * Who a need reaches: the planner's filter tree for the need's sectors, places,
 * service types, kinds and social clause, ANDed with the posting key's scope, run by
 * the engine. The perimeter rule lives in the engines only; nothing here repeats it.
 */
import type { NeedInput, NeedSupplierContact, Supplier } from '../../../sdk/src/types.js';
import type { EngineQuery, Filter, SearchEngine } from '../query/types.js';
import { plan } from '../planner/plan.js';
import type { PlaceResolver } from '../query/context.js';

/** What decides the recipients, as stored with the need. */
export type NeedCriteria = Pick<NeedInput, 'sectors' | 'places' | 'nationwide' | 'prestaTypes' | 'kinds' | 'socialClause' | 'supplierIds'>;

/** A recipient as frozen at dispatch: who, and how to reach them then. */
export type Recipient = Omit<NeedSupplierContact, 'id' | 'message' | 'answeredAt'> & { supplierId: string };

/** More would be a mailing to the whole directory, not a need. */
export const MAX_RECIPIENTS = 10_000;

export interface MatchContext {
  engine: SearchEngine;
  places: PlaceResolver;
  /** The posting key's scope; a need never reaches outside it. */
  scope?: Filter;
}

/** The engine query of a need: every matching supplier, by name, in one page. */
export function needQuery(criteria: NeedCriteria, { places, scope }: Omit<MatchContext, 'engine'>): EngineQuery {
  const named: Filter | undefined = criteria.supplierIds?.length ? { op: 'in', field: 'id', values: [...criteria.supplierIds] } : undefined;
  const bounds = [scope, named].filter((node) => node !== undefined);
  // Named suppliers are the recipients themselves: sectors and places only describe the work.
  const request = named
    ? {}
    : {
        sectors: criteria.sectors,
        prestaTypes: criteria.prestaTypes,
        kinds: criteria.kinds,
        socialClause: criteria.socialClause,
        serves: criteria.nationwide ? undefined : criteria.places,
      };
  return plan(
    { ...request, sort: 'name', page: 1, perPage: MAX_RECIPIENTS },
    { places, scope: bounds.length > 1 ? { op: 'and', filters: bounds } : bounds[0] },
  );
}

export async function matchRecipients(criteria: NeedCriteria, context: MatchContext): Promise<{ found: number; recipients: Recipient[] }> {
  const result = await context.engine.search(needQuery(criteria, context));
  return { found: result.found, recipients: result.hits.map((hit) => recipientOf(hit.supplier)) };
}

export function recipientOf(supplier: Supplier): Recipient {
  const recipient: Recipient = {
    supplierId: supplier.id,
    name: supplier.name,
    kind: supplier.kind,
    city: supplier.address.city,
  };
  if (supplier.brand) recipient.brand = supplier.brand;
  if (supplier.contact?.email) recipient.email = supplier.contact.email;
  if (supplier.contact?.phone) recipient.phone = supplier.contact.phone;
  if (supplier.website) recipient.website = supplier.website;
  return recipient;
}
