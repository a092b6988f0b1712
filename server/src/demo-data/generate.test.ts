import { describe, expect, it } from 'vitest';
import type { KindCode, NetworkSlug, Supplier } from '../../../sdk/src/types.js';
import { getGeography } from '../domain/geography.js';
import { isValidSiret } from '../domain/siret.js';
import { isKind, isLabel, isNetwork, isPrestaType, isSector } from '../domain/taxonomy.js';
import { generateDemoSuppliers, kindMix } from './generate.js';
import { KIND_PROFILES, SECTOR_NETWORKS } from './kinds.js';
import { possibleNafs } from './naf.js';
import { Random } from './random.js';

const suppliers = generateDemoSuppliers();
const share = (predicate: (s: Supplier) => boolean) => suppliers.filter(predicate).length / suppliers.length;

describe('generateDemoSuppliers', () => {
  it('gives the same suppliers for the same seed and different ones for another seed', () => {
    expect(generateDemoSuppliers({ seed: 5, count: 300 })).toEqual(generateDemoSuppliers({ seed: 5, count: 300 }));
    expect(generateDemoSuppliers({ seed: 6, count: 300 })[0]).not.toEqual(generateDemoSuppliers({ seed: 5, count: 300 })[0]);
  });

  it('makes 9,000 suppliers by default, in the national kind mix', () => {
    expect(suppliers).toHaveLength(9000);
    const total = Object.values(KIND_PROFILES).reduce((sum, p) => sum + p.share, 0);
    for (const [kind, profile] of Object.entries(KIND_PROFILES)) {
      const expected = (profile.share / total) * 9000;
      expect(suppliers.filter((s) => s.kind === kind).length, kind).toBeCloseTo(expected, -1);
    }
    expect(suppliers.filter((s) => s.kind === 'ESAT').length).toBeGreaterThan(1700);
  });

  it('makes exactly the count asked, however small', () => {
    expect(generateDemoSuppliers({ count: 7 })).toHaveLength(7);
    expect(kindMix(1000, new Random(1))).toHaveLength(1000);
  });

  it('gives every supplier a valid, unique SIRET and a unique URL-safe id', () => {
    expect(suppliers.every((s) => isValidSiret(s.siret))).toBe(true);
    expect(new Set(suppliers.map((s) => s.siret)).size).toBe(suppliers.length);
    expect(new Set(suppliers.map((s) => s.id)).size).toBe(suppliers.length);
    expect(suppliers.every((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.id))).toBe(true);
  });

  it('uses only codes of the taxonomy', () => {
    for (const s of suppliers) {
      expect(isKind(s.kind)).toBe(true);
      expect(s.networks.every(isNetwork)).toBe(true);
      expect(s.labels.every(isLabel)).toBe(true);
      for (const activity of s.activities) {
        expect(isSector(activity.sector), activity.sector).toBe(true);
        expect(activity.prestaTypes.length).toBeGreaterThan(0);
        expect(activity.prestaTypes.every(isPrestaType)).toBe(true);
      }
    }
  });

  it('gives 1 to 4 activities, in distinct sectors', () => {
    for (const s of suppliers) {
      expect(s.activities.length).toBeGreaterThanOrEqual(1);
      expect(s.activities.length).toBeLessThanOrEqual(4);
      expect(new Set(s.activities.map((a) => a.sector)).size).toBe(s.activities.length);
    }
  });

  it('mostly staffs through DISP for temporary-work kinds and provides services for ESAT', () => {
    const disp = (kinds: KindCode[]) =>
      share((s) => kinds.includes(s.kind) && s.activities[0]!.prestaTypes.includes('DISP')) / share((s) => kinds.includes(s.kind));
    expect(disp(['ETTI', 'EATT'])).toBeGreaterThan(0.8);
    expect(disp(['ESAT'])).toBeLessThan(0.2);
  });

  it('uses all three ranges, ZONES the most and COUNTRY the least', () => {
    const activities = suppliers.flatMap((s) => s.activities);
    const rangeShare = (type: string) => activities.filter((a) => a.range.type === type).length / activities.length;
    expect(rangeShare('ZONES')).toBeGreaterThan(0.5);
    expect(rangeShare('ZONES')).toBeLessThan(0.7);
    expect(rangeShare('CUSTOM')).toBeGreaterThan(0.18);
    expect(rangeShare('CUSTOM')).toBeLessThan(0.32);
    expect(rangeShare('COUNTRY')).toBeGreaterThan(0.08);
    expect(rangeShare('COUNTRY')).toBeLessThan(0.25);
    for (const a of activities) {
      if (a.range.type === 'CUSTOM') expect(a.range.km).toBeGreaterThanOrEqual(10);
      if (a.range.type === 'CUSTOM') expect(a.range.km).toBeLessThanOrEqual(100);
      if (a.range.type === 'ZONES') expect(a.range.zones.length).toBeGreaterThan(0);
    }
  });

  it('zones are mostly the supplier’s own department, and every zone is a real place', () => {
    const geography = getGeography();
    const zoned = suppliers.flatMap((s) => s.activities.map((a) => ({ s, range: a.range }))).filter((x) => x.range.type === 'ZONES');
    const ownDepartment = zoned.filter(
      ({ s, range }) => range.type === 'ZONES' && range.zones.length === 1 && range.zones[0] === `department:${s.address.department}`,
    );
    expect(ownDepartment.length / zoned.length).toBeGreaterThan(0.5);
    for (const { range } of zoned.slice(0, 2000)) {
      if (range.type === 'ZONES') for (const zone of range.zones) expect(geography.place(zone), zone).toBeDefined();
    }
  });

  it('places suppliers in real communes, with one of their postcodes and a point near their centre', () => {
    const geography = getGeography();
    for (const s of suppliers) {
      const commune = geography.commune(s.address.communeCode)!;
      expect(commune.name).toBe(s.address.city);
      expect(commune.postcodes).toContain(s.address.postcode);
      expect([commune.department, commune.region]).toEqual([s.address.department, s.address.region]);
      expect(Math.abs(commune.point.lat - s.address.point.lat)).toBeLessThan(0.01);
    }
    const paris = share((s) => s.address.communeCode === '75056');
    expect(paris).toBeGreaterThan(0.01);
  });

  it('gives NAF codes that fit the kind or the main sector', () => {
    for (const s of suppliers) expect(possibleNafs(s.kind, s.activities[0]!.sector)).toContain(s.naf);
    expect(share((s) => s.naf === '8121Z')).toBeGreaterThan(0.02);
  });

  it('joins networks that fit the kind', () => {
    const allowed = new Map<KindCode, Set<NetworkSlug>>();
    for (const [kind, profile] of Object.entries(KIND_PROFILES) as [KindCode, (typeof KIND_PROFILES)[KindCode]][]) {
      allowed.set(kind, new Set(profile.networks.map(([network]) => network)));
    }
    for (const rule of SECTOR_NETWORKS) for (const kind of rule.kinds) allowed.get(kind)!.add(rule.network);
    for (const s of suppliers) {
      for (const network of s.networks) expect(allowed.get(s.kind)!.has(network), `${s.kind} ${network}`).toBe(true);
    }
    expect(share((s) => s.kind === 'EA' && s.networks.includes('union-nationale-des-entreprises-adaptees'))).toBeGreaterThan(0.03);
    expect(share((s) => s.networks.length === 0)).toBeGreaterThan(0.3);
  });

  it('has the French texture: capital legal names, trading names with accents, œ, apostrophes and hyphens', () => {
    expect(suppliers.every((s) => s.name === s.name.toUpperCase())).toBe(true);
    expect(suppliers.some((s) => /^ASSOC [A-Z' -]+ \d[\dAB]$/.test(s.name))).toBe(true);
    expect(suppliers.some((s) => s.name.startsWith('ESAT LES ATELIERS'))).toBe(true);
    const brands = suppliers.flatMap((s) => (s.brand ? [s.brand] : []));
    expect(brands.length / suppliers.length).toBeGreaterThan(0.3);
    expect(brands.some((b) => /[éèêàâîôûç]/i.test(b))).toBe(true);
    expect(brands.some((b) => /œ/i.test(b))).toBe(true);
    expect(brands.some((b) => b.includes("'"))).toBe(true);
    expect(brands.some((b) => b.includes('-'))).toBe(true);
  });

  it('fills optional fields in realistic shares', () => {
    expect(share((s) => s.description !== undefined)).toBeCloseTo(0.35, 1);
    expect(share((s) => s.website?.startsWith('https://') ?? false)).toBeCloseTo(0.5, 1);
    expect(share((s) => s.clientReferences.length > 0)).toBeCloseTo(0.4, 1);
    expect(share((s) => s.offers.length > 0)).toBeGreaterThan(0.75);
    expect(suppliers.every((s) => s.offers.length <= 4)).toBe(true);
    expect(share((s) => s.employees !== undefined)).toBeGreaterThan(0.8);
    expect(share((s) => s.contact !== undefined)).toBeGreaterThan(0.4);
  });

  it('delists a handful and dates every supplier', () => {
    const delisted = suppliers.filter((s) => s.active === false).length;
    expect(delisted).toBeGreaterThan(10);
    expect(delisted).toBeLessThan(100);
    for (const s of suppliers) {
      expect(new Date(s.createdAt).toISOString()).toBe(s.createdAt);
      expect(s.updatedAt >= s.createdAt).toBe(true);
    }
  });

  it('scales to many more suppliers with unique SIRETs', () => {
    const many = generateDemoSuppliers({ seed: 2, count: 30_000 });
    expect(many).toHaveLength(30_000);
    expect(new Set(many.map((s) => s.siret)).size).toBe(30_000);
    expect(new Set(many.map((s) => s.id)).size).toBe(30_000);
  });
});
