/** Display names of taxonomy codes in a language; the code itself when the taxonomy is missing. */
import type { KindCode, KindFamily, Taxonomy } from '../../sdk/src/types.js';
import type { Lang } from './i18n.js';

export interface Names {
  kind: (code: string) => string;
  prestaType: (code: string) => string;
  sectorGroup: (slug: string) => string;
  sector: (slug: string) => string;
  network: (slug: string) => string;
  label: (slug: string) => string;
  /** Kinds of each family, in taxonomy order. */
  kindsOf: (family: KindFamily) => KindCode[];
  /** Sectors of a group, in taxonomy order. */
  sectorsOf: (group: string) => string[];
  /** Whether a kind is eligible to reserved lots and the social clause. */
  eligible: (kind: string) => boolean;
  /** A zone of a supplier's range as a buyer reads it: a department's number, a region's name. */
  zone: (id: string) => string;
}

/** Built once per taxonomy and language, not on every render: the maps cover 154 sectors. */
const made = new WeakMap<Taxonomy, Partial<Record<Lang, Names>>>();
const withoutTaxonomy: Partial<Record<Lang, Names>> = {};

export function createNames(taxonomy: Taxonomy | undefined, lang: Lang): Names {
  let byLang = taxonomy ? made.get(taxonomy) : withoutTaxonomy;
  if (!byLang) made.set(taxonomy!, (byLang = {}));
  return (byLang[lang] ??= buildNames(taxonomy, lang));
}

function buildNames(taxonomy: Taxonomy | undefined, lang: Lang): Names {
  const lookup = (entries: [string, string][] = []) => {
    const map = new Map(entries);
    return (code: string) => map.get(code) ?? code;
  };
  const kinds = taxonomy?.kinds ?? [];
  const groups = taxonomy?.sectorGroups ?? [];
  return {
    kind: lookup(kinds.map((kind) => [kind.code, kind.label[lang]])),
    prestaType: lookup(taxonomy?.prestaTypes.map((type) => [type.code, type.label[lang]])),
    sectorGroup: lookup(groups.map((group) => [group.slug, group.label[lang]])),
    sector: lookup(groups.flatMap((group) => group.sectors.map((sector): [string, string] => [sector.slug, sector.label[lang]]))),
    network: lookup(taxonomy?.networks.map((network) => [network.slug, network.brand ?? network.name])),
    label: lookup(taxonomy?.labels.map((label) => [label.slug, label.name])),
    kindsOf: (family) => kinds.filter((kind) => kind.family === family).map((kind) => kind.code),
    sectorsOf: (slug) => groups.find((group) => group.slug === slug)?.sectors.map((sector) => sector.slug) ?? [],
    eligible: (code) => kinds.some((kind) => kind.code === code && kind.socialClause),
    zone: (id) => {
      const [type, code = ''] = id.split(':');
      if (type === 'region') return taxonomy?.regions.find((region) => region.code === code)?.name ?? code;
      // A commune's zone reads as its department: the commune's code alone would say nothing.
      return type === 'commune' ? code.slice(0, code.startsWith('97') ? 3 : 2) : code;
    },
  };
}
