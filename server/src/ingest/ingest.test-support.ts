/** Helpers for the ingestion tests: temporary data directories and sample rows. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { luhnComplete } from '../domain/siret.js';
import { afterEach } from 'vitest';

const directories: string[] = [];

/** A fresh directory, removed after the test. */
export async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'achat-inclusif-ingest-'));
  directories.push(directory);
  return directory;
}

afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

/** A valid SIRET made from a number: siretOf(1), siretOf(2)... are distinct. */
export function siretOf(n: number): string {
  const siren = luhnComplete(`4${String(n).padStart(7, '0')}`);
  return luhnComplete(`${siren}0001`);
}

export async function* bytesOf(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? new TextEncoder().encode(part) : part;
}

/** A record as Le Marché de l'inclusion's API gives it. */
export function marcheRecord(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: n,
    name: `ASSOC TREMPLIN ${n}`,
    brand: n % 2 ? `Tremplin-À table ${n}` : '',
    slug: `assoc-tremplin-${n}-35`,
    siret: siretOf(n),
    nature: 'HEAD_OFFICE',
    kind: 'ACI',
    kind_parent: 'Insertion',
    contact_website: `https://tremplin${n}.example.org`,
    contact_social_website: '',
    logo_url: '',
    address: '12 rue de la Paix',
    city: 'Rennes',
    post_code: '35000',
    department: '35',
    region: 'Bretagne',
    is_qpv: false,
    is_active: true,
    sectors: [{ name: 'Création et entretien des espaces verts', slug: 'creation-et-entretien-des-espaces-verts' }],
    presta_types: ['PREST'],
    networks: [{ name: 'Chantier Ecole', slug: 'chantier-ecole' }],
    offers: [{ name: 'Tonte et taille', description: 'Entretien de parcs' }],
    client_references: [{ name: 'Ville de Rennes', description: '', logo_url: '' }],
    created_at: '2023-01-01T10:00:00Z',
    updated_at: '2025-06-01T10:00:00Z',
    ...overrides,
  };
}
