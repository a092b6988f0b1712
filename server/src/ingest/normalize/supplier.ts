/**
 * A draft to a Supplier, or the reason it cannot be one. Required: an identity (a
 * valid SIRET, or a valid SIREN whose NIC fails its check digit, kept as
 * `siretVerified: false`: the directory holds real suppliers typed so), a name, a
 * known kind and a place (commune code, or a postcode). Anything else that cannot
 * be read is dropped with a warning, so one odd sector does not cost a federation
 * its member.
 */
import type { ClientReference, LabelSlug, NetworkSlug, Offer, Supplier } from '../../../../sdk/src/types.js';
import type { Geography } from '../../domain/geography.js';
import { isValidSiren, isValidSiret } from '../../domain/siret.js';
import { isLabel, isNetwork, matchKind, taxonomy } from '../../domain/taxonomy.js';
import { fold } from '../../domain/text-normalize.js';
import type { DraftField, FindingCode, SupplierDraft } from '../types.js';
import { activitiesOf, type Warning } from './activities.js';
import { locate, LocationProblem } from './location.js';
import { booleanOf, countOf, dateOf, listOf, shown, textOf, ValueProblem } from './values.js';

export interface Finding {
  severity: 'rejected' | 'warning';
  /** Absent: `ignored:<field>` for a warning, `rejected:<field>` for a rejection. */
  code?: FindingCode;
  field: DraftField;
  reason: string;
  value?: string;
}

export type Normalized = { supplier: Supplier; findings: Finding[] } | { rejection: Finding; findings: Finding[] };

/** A row that cannot be imported. */
class Rejection extends Error {
  constructor(readonly finding: Finding) {
    super(finding.reason);
  }
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const NETWORK_BY_NAME = new Map<string, NetworkSlug>(
  taxonomy().networks.flatMap((n) => [[fold(n.name), n.slug] as const, ...(n.brand ? [[fold(n.brand), n.slug] as const] : [])]),
);
const LABEL_BY_NAME = new Map<string, LabelSlug>(taxonomy().labels.map((l) => [fold(l.name), l.slug] as const));

function slugsOf<T extends string>(value: unknown, field: DraftField, is: (v: unknown) => v is T, byName: Map<string, T>, findings: Finding[]): T[] {
  const slugs = new Set<T>();
  for (const item of listOf(value)) {
    const slug = is(item) ? item : typeof item === 'string' ? byName.get(fold(item.trim())) : undefined;
    if (slug) slugs.add(slug);
    else findings.push({ severity: 'warning', field, reason: 'valeur inconnue, ignorée / unknown value, ignored', value: shown(item) });
  }
  return [...slugs];
}

/** Offers and client references: strings, or objects with a name. */
function namedOf(value: unknown): { name: string; description?: string }[] {
  return listOf(value).flatMap((item) => {
    const object = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : { name: item };
    const name = textOf(object.name, 300);
    if (!name) return [];
    const description = textOf(object.description, 2000);
    return [description ? { name, description } : { name }];
  });
}

export function normalizeSupplier(draft: SupplierDraft, geography: Geography, now: string): Normalized {
  const findings: Finding[] = [];
  /** Reads a field; a value of the wrong type rejects the row when required, else is dropped. */
  const field = <T>(name: DraftField, read: () => T, required = false): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ValueProblem)) throw error;
      const finding: Finding = { severity: required ? 'rejected' : 'warning', field: name, reason: error.message, value: shown(draft[name]) };
      if (required) throw new Rejection(finding);
      findings.push(finding);
      return undefined;
    }
  };
  const reject = (name: DraftField, code: FindingCode, reason: string): never => {
    throw new Rejection({ severity: 'rejected', code, field: name, reason, value: draft[name] === undefined ? undefined : shown(draft[name]) });
  };

  try {
    const siret = field('siret', () => textOf(draft.siret, 40)?.replace(/[\s.]/g, ''), true);
    if (!siret) reject('siret', 'no_identity', 'SIRET manquant / missing SIRET');
    const verified = isValidSiret(siret!);
    if (!verified && !(/^\d{14}$/.test(siret!) && isValidSiren(siret!.slice(0, 9)))) {
      reject('siret', 'no_identity', 'SIRET invalide, SIREN invalide aussi (14 chiffres, clé de Luhn) / invalid SIRET, invalid SIREN too (14 digits, Luhn key)');
    }
    if (!verified) {
      findings.push({
        severity: 'warning',
        code: 'siret_unverified',
        field: 'siret',
        reason: 'SIREN valide mais clé du NIC fausse : gardé, SIRET non vérifié / valid SIREN but the NIC fails its check digit: kept, SIRET unverified',
        value: siret,
      });
    }
    const name = field('name', () => textOf(draft.name, 300), true);
    if (!name) reject('name', 'no_name', 'nom manquant / missing name');
    const kindText = field('kind', () => textOf(draft.kind, 200), true);
    if (!kindText) reject('kind', 'no_kind', 'type de structure manquant / missing kind');
    const kind = matchKind(kindText!) ?? reject('kind', 'no_kind', 'type de structure inconnu / unknown kind');

    let located;
    try {
      located = locate(draft, geography);
    } catch (error) {
      if (error instanceof LocationProblem) reject(error.field, 'no_place', error.message);
      throw error;
    }
    for (const warning of located!.warnings) findings.push({ severity: 'warning', ...warning });
    const { address } = located!;

    const activityWarnings: Warning[] = [];
    const activities = field(draft.activities != null ? 'activities' : 'sectors', () => activitiesOf(draft, kind, address, geography, activityWarnings), true)!;
    for (const warning of activityWarnings) findings.push({ severity: 'warning', ...warning });

    const updatedAt = field('updatedAt', () => dateOf(draft.updatedAt)) ?? now;
    const supplier: Supplier = {
      id: field('id', () => textOf(draft.id, 80)) ?? '',
      siret: siret!,
      name: name!,
      kind,
      address,
      activities,
      networks: field('networks', () => slugsOf(draft.networks, 'networks', isNetwork, NETWORK_BY_NAME, findings)) ?? [],
      labels: field('labels', () => slugsOf(draft.labels, 'labels', isLabel, LABEL_BY_NAME, findings)) ?? [],
      offers: (field('offers', () => namedOf(draft.offers)) ?? []) as Offer[],
      clientReferences: (field('clientReferences', () => namedOf(draft.clientReferences).map(({ name }) => ({ name }))) ?? []) as ClientReference[],
      active: field('active', () => booleanOf(draft.active)) ?? true,
      createdAt: field('createdAt', () => dateOf(draft.createdAt)) ?? updatedAt,
      updatedAt,
    };
    if (!verified) supplier.siretVerified = false;
    const headOffice = field('headOffice', () => booleanOf(draft.headOffice));
    if (headOffice !== undefined) supplier.headOffice = headOffice;
    if (supplier.id && !ID.test(supplier.id)) {
      findings.push({ severity: 'warning', code: 'recomputed_id', field: 'id', reason: 'identifiant non conforme, recalculé / malformed id, recomputed', value: shown(supplier.id) });
      supplier.id = '';
    }
    const optional = { brand: 300, naf: 10, description: 5000, website: 500 } as const;
    for (const [key, max] of Object.entries(optional) as [keyof typeof optional, number][]) {
      const value = field(key, () => textOf(draft[key], max));
      if (value) supplier[key] = value;
    }
    const email = field('email', () => textOf(draft.email, 200));
    const phone = field('phone', () => textOf(draft.phone, 40));
    if (email || phone) supplier.contact = { ...(email && { email }), ...(phone && { phone }) };
    const inclusive = field('employeesInclusive', () => countOf(draft.employeesInclusive));
    const permanent = field('employeesPermanent', () => countOf(draft.employeesPermanent));
    if (inclusive !== undefined || permanent !== undefined) {
      supplier.employees = { ...(inclusive !== undefined && { inclusive }), ...(permanent !== undefined && { permanent }) };
    }
    return { supplier, findings };
  } catch (error) {
    if (error instanceof Rejection) return { rejection: error.finding, findings };
    throw error;
  }
}
