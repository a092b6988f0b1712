/**
 * Matching equals a brute force of the perimeter rule: for a few hundred seeded needs
 * (places x sectors x kinds x key scopes) over the demo suppliers, the recipients the
 * engine finds through the filter tree are exactly those a plain loop over every
 * supplier and activity finds with the rule as written (the engines' oracle).
 */
import { describe, expect, it } from 'vitest';
import type { KindCode, NeedInput, PlaceId, PrestaType, SectorSlug, Supplier } from '../../../sdk/src/types.js';
import { generateDemoSuppliers } from '../demo-data/generate.js';
import { isSocialClauseKind, taxonomy } from '../domain/taxonomy.js';
import { getGeography } from '../domain/geography.js';
import { createDefaultEngine } from '../engine/embedded/default.js';
import { oracleServes } from '../../test-support/filter-oracle.test-support.js';
import type { ServedPlace } from '../domain/geography.types.js';
import { scopeFilter } from '../keys/scope.js';
import type { KeyScope } from '../keys/types.js';
import { matchRecipients, type NeedCriteria } from './matching.js';

const suppliers = generateDemoSuppliers();
const engine = createDefaultEngine(suppliers);
const geography = getGeography();

/** A small deterministic generator (mulberry32), so that a failure replays. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCOPES: KeyScope[] = [
  {},
  { regions: ['53'] },
  { departments: ['35', '44'] },
  { kinds: ['ESAT', 'EA'] },
  { socialClause: true },
  { networks: [suppliers.find((s) => s.networks.length)!.networks[0]!] },
];

function brute(criteria: NeedCriteria, scope: KeyScope): string[] {
  const places = (criteria.places ?? []).map((id) => geography.servedPlace(id)!);
  return suppliers
    .filter((supplier) => supplier.active !== false && inScope(supplier, scope))
    .filter((supplier) => !criteria.kinds || criteria.kinds.includes(supplier.kind))
    .filter((supplier) => !criteria.socialClause || isSocialClauseKind(supplier.kind))
    .filter((supplier) =>
      supplier.activities.some(
        (activity) =>
          criteria.sectors.includes(activity.sector) &&
          (!criteria.prestaTypes || activity.prestaTypes.some((type) => criteria.prestaTypes!.includes(type))) &&
          (criteria.nationwide || places.some((place: ServedPlace) => oracleServes(supplier, activity, place))),
      ),
    )
    .map((supplier) => supplier.id)
    .sort();
}

function inScope(supplier: Supplier, scope: KeyScope): boolean {
  return (
    (!scope.regions || scope.regions.includes(supplier.address.region)) &&
    (!scope.departments || scope.departments.includes(supplier.address.department)) &&
    (!scope.kinds || scope.kinds.includes(supplier.kind)) &&
    (!scope.socialClause || isSocialClauseKind(supplier.kind)) &&
    (!scope.networks || supplier.networks.some((network) => scope.networks!.includes(network)))
  );
}

function seededNeed(next: () => number): NeedCriteria {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  // Sectors the demo suppliers actually offer, so that most needs reach someone.
  const offered = suppliers.flatMap((s) => s.activities.map((a) => a.sector));
  const communes = geography.communes();
  const place = (): PlaceId => {
    const roll = next();
    if (roll < 0.6) return `commune:${pick(suppliers).address.communeCode}`;
    if (roll < 0.75) return `commune:${pick(communes).code}`;
    if (roll < 0.9) return `department:${pick(geography.departments()).code}`;
    return `region:${pick(geography.regions()).code}`;
  };
  const criteria: NeedCriteria = { sectors: Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(offered) as SectorSlug) };
  if (next() < 0.1) criteria.nationwide = true;
  else criteria.places = Array.from({ length: 1 + Math.floor(next() * 2) }, place);
  if (next() < 0.3) criteria.kinds = [pick(taxonomy().kinds).code, pick(taxonomy().kinds).code] as KindCode[];
  if (next() < 0.2) criteria.socialClause = true;
  if (next() < 0.2) criteria.prestaTypes = [pick(['PREST', 'DISP', 'BUILD', 'LOAN']) as PrestaType];
  return criteria;
}

describe('matching', () => {
  it('reaches exactly the suppliers a brute force of the perimeter rule finds, for 300 seeded needs and 6 key scopes', async () => {
    const next = random(15);
    let reached = 0;
    for (let i = 0; i < 300; i++) {
      const criteria = seededNeed(next);
      const scope = SCOPES[i % SCOPES.length]!;
      const { found, recipients } = await matchRecipients(criteria, { engine, places: geography, scope: scopeFilter(scope) });
      const expected = brute(criteria, scope);
      expect(recipients.map((r) => r.supplierId).sort(), JSON.stringify({ criteria, scope })).toEqual(expected);
      expect(found).toBe(expected.length);
      reached += expected.length;
    }
    // The seeds must exercise the rule, not compare empty lists.
    expect(reached).toBeGreaterThan(300);
  });

  it('reaches named suppliers only, and only those inside the key scope', async () => {
    const inBretagne = suppliers.find((s) => s.address.region === '53' && s.active !== false)!;
    const elsewhere = suppliers.find((s) => s.address.region !== '53' && s.active !== false)!;
    const criteria: Pick<NeedInput, 'sectors' | 'supplierIds'> = { sectors: [], supplierIds: [inBretagne.id, elsewhere.id] };
    const open = await matchRecipients(criteria, { engine, places: geography });
    expect(open.recipients.map((r) => r.supplierId).sort()).toEqual([inBretagne.id, elsewhere.id].sort());
    const scoped = await matchRecipients(criteria, { engine, places: geography, scope: scopeFilter({ regions: ['53'] }) });
    expect(scoped.recipients.map((r) => r.supplierId)).toEqual([inBretagne.id]);
  });

  it('freezes each recipient with the contacts it has', async () => {
    const withAll = suppliers.find((s) => s.contact?.email && s.contact.phone && s.website && s.active !== false)!;
    const { recipients } = await matchRecipients({ sectors: [], supplierIds: [withAll.id] }, { engine, places: geography });
    expect(recipients).toEqual([
      expect.objectContaining({
        supplierId: withAll.id,
        name: withAll.name,
        kind: withAll.kind,
        city: withAll.address.city,
        email: withAll.contact!.email,
        phone: withAll.contact!.phone,
        website: withAll.website,
      }),
    ]);
  });
});
