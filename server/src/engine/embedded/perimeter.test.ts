import { describe, expect, it } from 'vitest';
import type { Activity, Supplier } from '../../../../sdk/src/types.js';
import { oracleActivitySatisfies, oracleServes } from '../../../test-support/filter-oracle.test-support.js';
import type { ActivityCondition } from '../../query/types.js';
import { distanceKm } from '../../domain/geo-distance.js';
import { activitySatisfies, compileActivityCondition, servesPlace, someActivity } from './perimeter.js';
import { createSupplierStore } from './store.js';
import {
  AUVERGNE_RHONE_ALPES, BREST, BRETAGNE, BRUZ, FINISTERE, ILLE_ET_VILAINE, LOIRE_ATLANTIQUE, LYON, MARSEILLE,
  NANTES, PAYS_DE_LA_LOIRE, RENNES, SAINT_MALO, VAUCLUSE, activity, addressIn, makeSupplier,
} from './suppliers.test-support.js';
import type { ServedPlace } from '../../domain/geography.types.js';

/** The engine's columns for this one supplier, at position 0. */
function scanOf(supplier: Supplier) {
  const store = createSupplierStore((sector) => `group-of-${sector}`);
  store.put([supplier]);
  return store.scan();
}
const inRennes = makeSupplier('rennes', { address: addressIn(RENNES, 'Rennes', '35200') });
const inNantes = makeSupplier('nantes', { address: addressIn(NANTES, 'Nantes', '44000') });

/** Checks the engine's rule and the oracle's against the expected answer. */
function expectServes(supplier: Supplier, range: Activity['range'], place: ServedPlace, expected: boolean): void {
  const served = activity('nettoyage', range);
  expect(servesPlace(scanOf({ ...supplier, activities: [served] }), 0, 0, place)).toBe(expected);
  expect(oracleServes(supplier, served, place)).toBe(expected);
}

describe('perimeter rule: COUNTRY', () => {
  it.each([['a commune far away', MARSEILLE], ['a department', VAUCLUSE], ['a region', AUVERGNE_RHONE_ALPES]] as const)(
    'serves %s',
    (_, place) => expectServes(inRennes, { type: 'COUNTRY' }, place, true),
  );
});

describe('perimeter rule: ZONES listing the place itself', () => {
  it('serves a listed commune, department or region', () => {
    expectServes(inNantes, { type: 'ZONES', zones: ['commune:35238'] }, RENNES, true);
    expectServes(inNantes, { type: 'ZONES', zones: ['department:35'] }, ILLE_ET_VILAINE, true);
    expectServes(inNantes, { type: 'ZONES', zones: ['region:53'] }, BRETAGNE, true);
  });
  it('does not confuse a region and a department sharing a code', () => {
    expectServes(inNantes, { type: 'ZONES', zones: ['region:84'] }, VAUCLUSE, false);
    expectServes(inNantes, { type: 'ZONES', zones: ['department:84'] }, AUVERGNE_RHONE_ALPES, false);
    expectServes(inNantes, { type: 'ZONES', zones: ['department:84'] }, VAUCLUSE, true);
  });
  it('does not serve a commune, department or region it does not list', () => {
    expectServes(inNantes, { type: 'ZONES', zones: ['commune:35288'] }, RENNES, false);
    expectServes(inRennes, { type: 'ZONES', zones: ['department:29'] }, LOIRE_ATLANTIQUE, false);
    expectServes(inRennes, { type: 'ZONES', zones: ['region:93'] }, PAYS_DE_LA_LOIRE, false);
  });
});

describe('perimeter rule: a commune', () => {
  const rennesToSaintMalo = distanceKm(RENNES.point, SAINT_MALO.point);

  it('is served by a CUSTOM radius reaching its centre, limit included', () => {
    expect(rennesToSaintMalo).toBeGreaterThan(60);
    expectServes(inRennes, { type: 'CUSTOM', km: 70 }, SAINT_MALO, true);
    expectServes(inRennes, { type: 'CUSTOM', km: rennesToSaintMalo }, SAINT_MALO, true);
  });
  it('is not served by a CUSTOM radius short of its centre', () => {
    expectServes(inRennes, { type: 'CUSTOM', km: rennesToSaintMalo - 0.01 }, SAINT_MALO, false);
    expectServes(inRennes, { type: 'CUSTOM', km: 90 }, NANTES, false);
  });
  it("is served by ZONES listing its department or its region", () => {
    expectServes(inNantes, { type: 'ZONES', zones: ['department:35'] }, SAINT_MALO, true);
    expectServes(inNantes, { type: 'ZONES', zones: ['region:53'] }, BREST, true);
  });
  it("is not served by ZONES listing another commune, department or region", () => {
    expectServes(inNantes, { type: 'ZONES', zones: ['commune:35238', 'department:29', 'region:52'] }, SAINT_MALO, false);
  });
  it("is served whatever the range when the supplier's own postcode is one of its postcodes", () => {
    expectServes(inRennes, { type: 'ZONES', zones: ['department:44'] }, RENNES, true);
    expectServes(inRennes, { type: 'CUSTOM', km: 0 }, RENNES, true);
    // A supplier of Bruz whose postcode is Rennes's still serves Rennes, and not Bruz by its postcode.
    const postcodeOfRennes = makeSupplier('bruz', { address: { ...addressIn(BRUZ, 'Bruz'), postcode: '35000' } });
    expectServes(postcodeOfRennes, { type: 'ZONES', zones: ['department:44'] }, RENNES, true);
    expectServes(postcodeOfRennes, { type: 'ZONES', zones: ['department:44'] }, BRUZ, false);
  });
});

describe('perimeter rule: a department', () => {
  it('is served by ZONES listing its region', () => {
    expectServes(inNantes, { type: 'ZONES', zones: ['region:53'] }, FINISTERE, true);
  });
  it("is served whatever the range by a supplier located in it", () => {
    expectServes(inRennes, { type: 'CUSTOM', km: 5 }, ILLE_ET_VILAINE, true);
    expectServes(inRennes, { type: 'ZONES', zones: ['commune:44109'] }, ILLE_ET_VILAINE, true);
  });
  it('is not served by ZONES listing one of its communes', () => {
    expectServes(inNantes, { type: 'ZONES', zones: ['commune:35238'] }, ILLE_ET_VILAINE, false);
  });
  it('is not served by a CUSTOM radius, however large, from outside', () => {
    expectServes(inRennes, { type: 'CUSTOM', km: 500 }, LOIRE_ATLANTIQUE, false);
  });
});

describe('perimeter rule: a region', () => {
  it('is served whatever the range by a supplier located in it', () => {
    expectServes(inRennes, { type: 'CUSTOM', km: 10 }, BRETAGNE, true);
    expectServes(inRennes, { type: 'ZONES', zones: ['department:44'] }, BRETAGNE, true);
  });
  it('is not served by ZONES listing one of its departments or communes', () => {
    expectServes(inNantes, { type: 'ZONES', zones: ['department:35'] }, BRETAGNE, false);
    expectServes(inNantes, { type: 'ZONES', zones: ['commune:35238'] }, BRETAGNE, false);
  });
  it('is not served by a CUSTOM radius, however large, from outside', () => {
    expectServes(inNantes, { type: 'CUSTOM', km: 1000 }, BRETAGNE, false);
  });
});

describe('same activity', () => {
  // Nationwide cleaning, but green spaces only in its own department.
  const nantesSupplier = makeSupplier('two-activities', {
    address: addressIn(NANTES, 'Nantes', '44000'),
    activities: [
      activity('nettoyage', { type: 'COUNTRY' }, ['PREST']),
      activity('espaces-verts', { type: 'ZONES', zones: ['department:44'] }, ['BUILD', 'DISP']),
    ],
  });
  const scan = scanOf(nantesSupplier);

  function expectSatisfied(condition: ActivityCondition, expected: boolean): void {
    const engine = nantesSupplier.activities.some((_, i) => activitySatisfies(scan, 0, i, condition));
    const oracle = nantesSupplier.activities.some((a) => oracleActivitySatisfies(nantesSupplier, a, condition));
    expect(engine).toBe(expected);
    expect(oracle).toBe(expected);
  }

  it('does not serve a far commune in a sector it only offers locally', () => {
    expect(distanceKm(NANTES.point, MARSEILLE.point)).toBeGreaterThan(300);
    expectSatisfied({ sectors: ['espaces-verts'], serves: [MARSEILLE] }, false);
    expectSatisfied({ sectors: ['nettoyage'], serves: [MARSEILLE] }, true);
    expectSatisfied({ sectors: ['espaces-verts'], serves: [NANTES] }, true);
  });
  it('requires the sector and the service type on the same activity', () => {
    expectSatisfied({ sectors: ['nettoyage'], prestaTypes: ['BUILD'] }, false);
    expectSatisfied({ sectors: ['espaces-verts'], prestaTypes: ['BUILD'] }, true);
    expectSatisfied({ prestaTypes: ['BUILD'], serves: [LYON] }, false);
  });
  it('requires both the sector and the group sector on the same activity', () => {
    expectSatisfied({ sectors: ['nettoyage'], groupSectors: ['espaces-verts'] }, false);
    expectSatisfied({ sectors: ['nettoyage', 'espaces-verts'], groupSectors: ['espaces-verts'] }, true);
  });
  it('ORs the places served', () => {
    expectSatisfied({ sectors: ['espaces-verts'], serves: [MARSEILLE, LOIRE_ATLANTIQUE] }, true);
  });
  it('admits nothing for an empty list', () => {
    expectSatisfied({ sectors: [] }, false);
    expectSatisfied({ serves: [] }, false);
  });
  it('serves nothing without an activity, not even its own commune', () => {
    const idle = makeSupplier('idle', { address: addressIn(NANTES, 'Nantes', '44000') });
    const scan = scanOf(idle);
    expect(someActivity(scan, 0, compileActivityCondition({ serves: [NANTES] }, scan))).toBe(false);
    expect(idle.activities.some((a) => oracleActivitySatisfies(idle, a, { serves: [NANTES] }))).toBe(false);
  });
});
