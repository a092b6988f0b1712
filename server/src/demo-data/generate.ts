import type { Activity, KindCode, LabelSlug, NetworkSlug, PrestaType, SectorSlug, Supplier } from '../../../sdk/src/types.js';
import { getGeography } from '../domain/geography.js';
import { luhnComplete } from '../domain/siret.js';
import { supplierId } from '../domain/supplier-id.js';
import { familyOf, sectorGroupOf, taxonomy } from '../domain/taxonomy.js';
import { GOODS_SECTORS, KIND_PROFILES, RGE_SECTORS, SECTOR_NETWORKS } from './kinds.js';
import { brandName, legalName, slugify, type NameContext } from './names.js';
import { nafOf } from './naf.js';
import { offersFor } from './offers.js';
import { DemoPlaces } from './places.js';
import { Random } from './random.js';
import { clientReferences, contact, description, website } from './texts.js';

/**
 * Seeded demo suppliers with the texture of the real directory: capitals in legal
 * names, accents in trading names, few descriptions, sectors and ranges that fit the
 * kind. The same seed and count always give the same suppliers.
 *
 * Ids are the slug of the trading (or legal) name plus the first five digits of the
 * SIREN, "esat-les-ateliers-du-val-41235": URL-safe ([a-z0-9-]), readable, unique
 * (the full SIRET replaces the five digits on a clash), and stable for a seed.
 */
export interface DemoOptions {
  seed?: number;
  count?: number;
}

const ALL_SECTORS = taxonomy().sectorGroups.flatMap((group) => group.sectors.map((sector) => sector.slug));
const PRESTA_ORDER: PrestaType[] = ['DISP', 'PREST', 'BUILD'];
const FIRST = Date.UTC(2019, 0, 1);
const LAST_CREATED = Date.UTC(2025, 5, 30);
const LAST_UPDATED = Date.UTC(2026, 0, 31);

let places: DemoPlaces | undefined;

export function generateDemoSuppliers({ seed = 1, count = 9000 }: DemoOptions = {}): Supplier[] {
  places ??= new DemoPlaces(getGeography());
  const random = new Random(seed);
  const sirens = new Set<string>();
  const ids = new Set<string>();
  return kindMix(count, random).map((kind) => demoSupplier(kind, places!, random, sirens, ids));
}

/** Exactly `count` kinds in the national proportions (largest remainder), in random order. */
export function kindMix(count: number, random: Random): KindCode[] {
  const entries = Object.entries(KIND_PROFILES) as [KindCode, { share: number }][];
  const total = entries.reduce((sum, [, profile]) => sum + profile.share, 0);
  const quotas = entries.map(([kind, profile]) => ({ kind, exact: (profile.share * count) / total }));
  const counts = quotas.map((q) => ({ kind: q.kind, n: Math.floor(q.exact), rest: q.exact - Math.floor(q.exact) }));
  let missing = count - counts.reduce((sum, c) => sum + c.n, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (missing-- <= 0) break;
    c.n++;
  }
  return random.shuffle(counts.flatMap((c) => Array<KindCode>(c.n).fill(c.kind)));
}

function demoSupplier(kind: KindCode, places: DemoPlaces, random: Random, sirens: Set<string>, ids: Set<string>): Supplier {
  const profile = KIND_PROFILES[kind];
  const commune = places.commune(random);
  const sectors = random.weightedDistinct(profile.sectors, random.weighted([[1, 45], [2, 30], [3, 17], [4, 8]] as const));
  // A few suppliers do something unusual for their kind, so that every sector turns up.
  if (random.chance(0.04) && sectors.length < 4) {
    const other = random.pick(ALL_SECTORS);
    if (!sectors.includes(other)) sectors.push(other);
  }
  const sharedRange = random.chance(0.7);
  const activities: Activity[] = [];
  for (const sector of sectors) {
    const prestaTypes = prestaTypesFor(sector, profile.prestaType, random);
    const range =
      sharedRange && activities.length > 0 ? activities[0]!.range : places.range(commune, prestaTypes.includes('BUILD'), random);
    activities.push({ sector, prestaTypes, range });
  }

  const ctx: NameContext = {
    kind,
    group: sectorGroupOf(sectors[0]!),
    city: commune.name,
    department: commune.department,
    departmentName: places.departmentName(commune.department),
    marketGardening: sectors.includes('maraichage'),
  };
  const name = legalName(ctx, random);
  const brand = brandName(ctx, random);
  const siret = uniqueSiret(random, sirens);
  const id = uniqueId(slugify(brand ?? name), siret, ids);

  const inclusive = random.int(...profile.inclusive);
  // Drawn for every supplier, so that a description can name its trade even when no offer is listed.
  const trade = offersFor(sectors, random);
  const offers = random.chance(0.85) ? trade : [];
  const site = random.chance(0.5) ? website(brand ?? name, /^ASSOC/.test(name), random) : undefined;
  const reach = random.chance(0.6) ? contact(brand ?? name, commune.region, site, random) : {};
  const createdAt = FIRST + Math.floor(random.next() * (LAST_CREATED - FIRST));
  const updatedAt = createdAt + Math.floor(random.next() * (LAST_UPDATED - createdAt));

  const supplier: Supplier = {
    id,
    siret,
    name,
    kind,
    naf: nafOf(kind, sectors[0]!, random),
    address: places.address(commune, random),
    activities,
    networks: networksFor(kind, sectors, name, random),
    labels: labelsFor(kind, sectors, random),
    offers,
    clientReferences: random.chance(0.4) ? clientReferences(commune, places.townNear(commune, random), random) : [],
    active: !random.chance(0.005),
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
  };
  if (random.chance(0.35)) {
    supplier.description = description(kind, commune.name, trade[0]!.name, inclusive, random);
  }
  if (brand) supplier.brand = brand;
  if (site) supplier.website = site;
  if (reach.email || reach.phone) supplier.contact = reach;
  if (random.chance(0.88)) supplier.employees = { inclusive, permanent: random.int(...profile.permanent) };
  return supplier;
}

function prestaTypesFor(sector: SectorSlug, usual: PrestaType, random: Random): PrestaType[] {
  const types = new Set<PrestaType>([GOODS_SECTORS.has(sector) ? 'BUILD' : usual]);
  if (random.chance(0.25)) types.add(random.pick(PRESTA_ORDER));
  if (random.chance(0.05)) types.add(random.pick(PRESTA_ORDER));
  return PRESTA_ORDER.filter((type) => types.has(type));
}

function networksFor(kind: KindCode, sectors: SectorSlug[], name: string, random: Random): NetworkSlug[] {
  const networks = new Set<NetworkSlug>();
  for (const [network, probability] of KIND_PROFILES[kind].networks) {
    if (random.chance(probability)) networks.add(network);
  }
  for (const rule of SECTOR_NETWORKS) {
    if (rule.kinds.includes(kind) && sectors.some((s) => rule.sectors.includes(s)) && random.chance(rule.probability)) {
      networks.add(rule.network);
    }
  }
  if (name.startsWith('REGIE DE QUARTIER')) networks.add('comite-national-de-liaison-des-regies-de-quartier');
  return [...networks];
}

function labelsFor(kind: KindCode, sectors: SectorSlug[], random: Random): LabelSlug[] {
  const labels: LabelSlug[] = [];
  if (sectors.some((s) => RGE_SECTORS.has(s)) && random.chance(0.3)) labels.push('rge');
  if (random.chance(familyOf(kind) === 'insertion' ? 0.18 : kind === 'EA' ? 0.08 : 0)) labels.push('esus');
  if ((kind === 'EI' || kind === 'ETTI') && random.chance(0.03)) labels.push('rsei');
  if ((kind === 'EA' || kind === 'ESAT') && random.chance(0.02)) labels.push('rfar');
  if ((kind === 'EI' || kind === 'EA') && random.chance(0.01)) labels.push('b-corp');
  return labels;
}

/** A Luhn-valid SIRET of a new SIREN (head office, NIC 0001x-0003x), never La Poste's SIREN. */
function uniqueSiret(random: Random, sirens: Set<string>): string {
  for (;;) {
    const siren = luhnComplete(`${random.pick(['3', '4', '5', '7', '8', '9'])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`);
    if (siren === '356000000' || sirens.has(siren)) continue;
    sirens.add(siren);
    return luhnComplete(`${siren}000${random.int(1, 3)}`);
  }
}

function uniqueId(slug: string, siret: string, ids: Set<string>): string {
  const id = supplierId(slug, siret, (candidate) => ids.has(candidate));
  ids.add(id);
  return id;
}
