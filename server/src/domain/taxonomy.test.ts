import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  familyOf,
  isKind,
  isLabel,
  isNetwork,
  isPrestaType,
  isSector,
  isSectorGroup,
  isSocialClauseKind,
  kindInfo,
  matchKind,
  matchSector,
  sectorGroupOf,
  sectorsOfGroup,
  taxonomy,
} from './taxonomy.js';
import { isOverseasCollectivity } from './geography.js';
import { fold } from './text-normalize.js';

interface Reference {
  kinds: { code: string; label: string; family: string }[];
  social_clause_kinds: string[];
  presta_types: { code: string; label: string }[];
  sector_groups: { group: string; group_slug: string; sectors: { name: string; slug: string }[] }[];
  networks: { name: string; slug: string; brand: string | null }[];
  labels: { name: string; slug: string }[];
  regions: { code: string; name: string }[];
  departments: { code: string; name: string; region: string }[];
}

const reference = JSON.parse(
  readFileSync(new URL('../../test-fixtures/taxonomy.json', import.meta.url), 'utf8'),
) as Reference;
const t = taxonomy();
const byCode = <T extends { code: string }>(rows: T[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

describe('taxonomy()', () => {
  it('has 10 kinds, 3 service types, 20 groups, 154 sectors, 13 networks, 5 labels, 18 + 8 regions, 101 + 8 departments', () => {
    expect(t.kinds).toHaveLength(10);
    expect(t.prestaTypes).toHaveLength(3);
    expect(t.sectorGroups).toHaveLength(20);
    expect(t.sectorGroups.flatMap((g) => g.sectors)).toHaveLength(154);
    expect(t.networks).toHaveLength(13);
    expect(t.labels).toHaveLength(5);
    // The reference's 18 regions and 101 departments, and the eight overseas collectivities.
    expect(t.regions).toHaveLength(26);
    expect(t.departments).toHaveLength(109);
  });

  it('holds the reference kinds with their family, French label and social-clause eligibility', () => {
    expect(t.kinds.map((k) => [k.code, k.family, k.label.fr])).toEqual(
      reference.kinds.map((k) => [k.code, k.family, k.label]),
    );
    expect(t.kinds.filter((k) => k.socialClause).map((k) => k.code).sort()).toEqual(
      [...reference.social_clause_kinds].sort(),
    );
  });

  it('holds the reference service types, networks and labels', () => {
    expect(t.prestaTypes.map((p) => [p.code, p.label.fr])).toEqual(reference.presta_types.map((p) => [p.code, p.label]));
    expect(t.networks).toEqual(
      reference.networks.map((n) => (n.brand ? { slug: n.slug, name: n.name, brand: n.brand } : { slug: n.slug, name: n.name })),
    );
    expect(t.labels).toEqual(reference.labels.map((l) => ({ slug: l.slug, name: l.name })));
  });

  it('holds every sector group and sector slug of the reference, grouped and ordered the same', () => {
    expect(t.sectorGroups.map((g) => [g.slug, g.label.fr, g.sectors.map((s) => [s.slug, s.label.fr])])).toEqual(
      reference.sector_groups.map((g) => [g.group_slug, g.group, g.sectors.map((s) => [s.slug, s.name])]),
    );
  });

  it('translates every label into English', () => {
    const labels = [
      ...t.kinds.map((k) => k.label),
      ...t.prestaTypes.map((p) => p.label),
      ...t.sectorGroups.flatMap((g) => [g.label, ...g.sectors.map((s) => s.label)]),
    ];
    for (const label of labels) expect(label.en, label.fr).toMatch(/^[A-Z][^À-ÿ]+$/);
  });

  it('takes the reference regions and departments from the geography, and adds the overseas collectivities', () => {
    const collectivity = (r: { code: string }) => isOverseasCollectivity(r.code);
    expect(byCode(t.regions.filter((r) => !collectivity(r)))).toEqual(byCode(reference.regions));
    expect(byCode(t.departments.filter((d) => !collectivity(d)))).toEqual(byCode(reference.departments));
    expect(t.departments.filter(collectivity)).toContainEqual({ code: '978', name: 'Saint-Martin', region: '978' });
    expect(t.regions.filter(collectivity).map((r) => r.code)).toEqual(['975', '977', '978', '984', '986', '987', '988', '989']);
  });

  it('is built once and frozen', () => {
    expect(taxonomy()).toBe(t);
    expect(Object.isFrozen(t.sectorGroups[0]!.sectors[0]!.label)).toBe(true);
  });
});

describe('kinds', () => {
  it('gives family and social-clause eligibility', () => {
    expect(familyOf('ESAT')).toBe('handicap');
    expect(familyOf('GEIQ')).toBe('insertion');
    expect(isSocialClauseKind('EATT')).toBe(true);
    expect(isSocialClauseKind('EITI')).toBe(false);
    expect(kindInfo('ACI')).toEqual(t.kinds.find((k) => k.code === 'ACI'));
  });
});

describe('sectors', () => {
  it('finds the group of a sector and the sectors of a group', () => {
    expect(sectorGroupOf('nettoyage-de-locaux-16')).toBe('hygiene-et-proprete-64');
    expect(sectorsOfGroup('medico-social')).toEqual(['autre-medico-social']);
    for (const group of t.sectorGroups) {
      for (const slug of sectorsOfGroup(group.slug)) expect(sectorGroupOf(slug)).toBe(group.slug);
    }
  });
});

describe('type guards', () => {
  it('accept the codes of the taxonomy and nothing else', () => {
    expect(isKind('ESAT')).toBe(true);
    expect(isKind('esat')).toBe(false);
    expect(isKind(42)).toBe(false);
    expect(isPrestaType('BUILD')).toBe(true);
    expect(isPrestaType('BUY')).toBe(false);
    expect(isSector('maraichage')).toBe(true);
    expect(isSector('espaces-verts-exterieurs-2')).toBe(false);
    expect(isSectorGroup('espaces-verts-exterieurs-2')).toBe(true);
    expect(isSectorGroup('toString')).toBe(false);
    expect(isNetwork('coorace')).toBe(true);
    expect(isNetwork('unea')).toBe(false);
    expect(isLabel('b-corp')).toBe(true);
    expect(isLabel(undefined)).toBe(false);
  });
});

describe('matchSector', () => {
  it('maps every slug and every French and English label back to its sector', () => {
    for (const group of t.sectorGroups) {
      for (const sector of group.sectors) {
        expect(matchSector(sector.slug)).toBe(sector.slug);
        expect(matchSector(sector.label.fr)).toBe(sector.slug);
        expect(matchSector(sector.label.en)).toBe(sector.slug);
      }
    }
  });

  it('ignores accents, case, apostrophes and spacing', () => {
    expect(matchSector('Création et entretien des espaces verts')).toBe('creation-et-entretien-des-espaces-verts');
    expect(matchSector('creation et entretien des espaces verts')).toBe('creation-et-entretien-des-espaces-verts');
    expect(matchSector('  MARAÎCHAGE, légumerie,  conserverie ')).toBe('maraichage');
    expect(matchSector('Conciergerie d’entreprise')).toBe('conciergerie-dentreprise');
    expect(matchSector(fold('Génie écologique'))).toBe('genie-ecologique');
  });

  it('returns undefined for an unknown sector', () => {
    expect(matchSector('astronautique')).toBeUndefined();
    expect(matchSector('')).toBeUndefined();
  });
});

describe('matchKind', () => {
  it('maps codes, French labels and aliases to the kind', () => {
    expect(matchKind('esat')).toBe('ESAT');
    expect(matchKind('Établissement et service d’aide par le travail')).toBe('ESAT');
    expect(matchKind("entreprise d'insertion")).toBe('EI');
    expect(matchKind('Entreprise Adaptée')).toBe('EA');
    expect(matchKind("Atelier et chantier d'insertion")).toBe('ACI');
    for (const kind of t.kinds) expect(matchKind(kind.label.fr)).toBe(kind.code);
  });

  it('returns undefined for an unknown kind', () => {
    expect(matchKind('SCOP')).toBeUndefined();
  });
});

describe('fold', () => {
  it('lower-cases, strips accents and expands ligatures', () => {
    expect(fold('Œuvre ÉLÉGANTE à Noël, cæcum')).toBe('oeuvre elegante a noel, caecum');
  });
});
