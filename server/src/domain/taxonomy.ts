import type {
  KindCode,
  KindFamily,
  LabelSlug,
  NetworkSlug,
  PrestaType,
  SectorGroupSlug,
  SectorSlug,
  Taxonomy,
  TaxonomyKind,
} from '../../../sdk/src/types.js';
import { departments, regions } from './geography.js';
import { KIND_ALIASES, KINDS, LABELS, NETWORKS, PRESTA_TYPES } from './taxonomy-data.js';
import { SECTOR_GROUPS } from './taxonomy-sectors.js';
import { fold } from './text-normalize.js';

const KIND_CODES = Object.keys(KINDS) as KindCode[];
const GROUP_OF_SECTOR = new Map<SectorSlug, SectorGroupSlug>(
  SECTOR_GROUPS.flatMap((group) => group.sectors.map((sector) => [sector.slug, group.slug] as const)),
);
const SECTORS_OF_GROUP = new Map<SectorGroupSlug, readonly SectorSlug[]>(
  SECTOR_GROUPS.map((group) => [group.slug, Object.freeze(group.sectors.map((sector) => sector.slug))]),
);

const kindSet = new Set<string>(KIND_CODES);
const prestaTypeSet = new Set<string>(Object.keys(PRESTA_TYPES));
const networkSet = new Set<string>(Object.keys(NETWORKS));
const labelSet = new Set<string>(Object.keys(LABELS));

export function isKind(value: unknown): value is KindCode {
  return typeof value === 'string' && kindSet.has(value);
}
export function isPrestaType(value: unknown): value is PrestaType {
  return typeof value === 'string' && prestaTypeSet.has(value);
}
export function isSector(value: unknown): value is SectorSlug {
  return typeof value === 'string' && GROUP_OF_SECTOR.has(value as SectorSlug);
}
export function isSectorGroup(value: unknown): value is SectorGroupSlug {
  return typeof value === 'string' && SECTORS_OF_GROUP.has(value as SectorGroupSlug);
}
export function isNetwork(value: unknown): value is NetworkSlug {
  return typeof value === 'string' && networkSet.has(value);
}
export function isLabel(value: unknown): value is LabelSlug {
  return typeof value === 'string' && labelSet.has(value);
}

export function kindInfo(code: KindCode): TaxonomyKind {
  return { code, ...KINDS[code] };
}
export function familyOf(kind: KindCode): KindFamily {
  return KINDS[kind].family;
}
export function isSocialClauseKind(kind: KindCode): boolean {
  return KINDS[kind].socialClause;
}
export function sectorGroupOf(sector: SectorSlug): SectorGroupSlug {
  const group = GROUP_OF_SECTOR.get(sector);
  if (!group) throw new RangeError(`Unknown sector "${sector}"`);
  return group;
}
const SECTOR_LABEL = new Map(SECTOR_GROUPS.flatMap((g) => g.sectors.map((s) => [s.slug, s.label.fr] as const)));

/** The French label of a sector, e.g. for indexing its words. */
export function sectorLabel(sector: SectorSlug): string {
  return SECTOR_LABEL.get(sector) ?? sector;
}
export function sectorsOfGroup(group: SectorGroupSlug): readonly SectorSlug[] {
  const sectors = SECTORS_OF_GROUP.get(group);
  if (!sectors) throw new RangeError(`Unknown sector group "${group}"`);
  return sectors;
}

let built: Taxonomy | undefined;

/** The whole taxonomy as the API serves it; built once and frozen, since every caller shares it. */
export function taxonomy(): Taxonomy {
  built ??= deepFreeze({
    kinds: KIND_CODES.map(kindInfo),
    prestaTypes: (Object.keys(PRESTA_TYPES) as PrestaType[]).map((code) => ({ code, label: PRESTA_TYPES[code] })),
    sectorGroups: SECTOR_GROUPS.map((group) => ({
      slug: group.slug,
      label: group.label,
      sectors: group.sectors.map((sector) => ({ slug: sector.slug, label: sector.label })),
    })),
    networks: (Object.keys(NETWORKS) as NetworkSlug[]).map((slug) => ({ slug, ...NETWORKS[slug] })),
    labels: (Object.keys(LABELS) as LabelSlug[]).map((slug) => ({ slug, name: LABELS[slug] })),
    regions: regions().map(({ code, name }) => ({ code, name })),
    departments: departments().map(({ code, name, region }) => ({ code, name, region })),
  });
  return built;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The form in which a slug and its label meet: folded, apostrophes dropped (slugs
 * drop them: "conciergerie-dentreprise"), any other punctuation a single space.
 */
function matchKey(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Keys in priority order: the first entry for a key wins, so a slug is never shadowed by a label. */
function keyIndex<T>(entries: [text: string, value: T][]): Map<string, T> {
  const index = new Map<string, T>();
  for (const [text, value] of entries) {
    const key = matchKey(text);
    if (!index.has(key)) index.set(key, value);
  }
  return index;
}

const SECTOR_KEYS = keyIndex<SectorSlug>([
  ...SECTOR_GROUPS.flatMap((g) => g.sectors.map((s): [string, SectorSlug] => [s.slug, s.slug])),
  ...SECTOR_GROUPS.flatMap((g) => g.sectors.map((s): [string, SectorSlug] => [s.label.fr, s.slug])),
  ...SECTOR_GROUPS.flatMap((g) => g.sectors.map((s): [string, SectorSlug] => [s.label.en, s.slug])),
]);

const KIND_KEYS = keyIndex<KindCode>([
  ...KIND_CODES.map((code): [string, KindCode] => [code, code]),
  ...KIND_CODES.map((code): [string, KindCode] => [KINDS[code].label.fr, code]),
  ...KIND_CODES.flatMap((code) => (KIND_ALIASES[code] ?? []).map((alias): [string, KindCode] => [alias, code])),
  ...KIND_CODES.map((code): [string, KindCode] => [KINDS[code].label.en, code]),
]);

/** The sector named by a slug or a label (French or English), whatever the accents and case. */
export function matchSector(text: string): SectorSlug | undefined {
  return SECTOR_KEYS.get(matchKey(text));
}

/** The kind named by a code ("esat"), a label or a common alias, whatever the accents and case. */
export function matchKind(text: string): KindCode | undefined {
  return KIND_KEYS.get(matchKey(text));
}
