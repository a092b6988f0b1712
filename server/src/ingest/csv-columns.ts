/**
 * The CSV columns the import understands, by the names federations give them
 * (French or English, any case or accents): README.md lists them for users.
 */
import type { DraftField } from './types.js';
import { fold } from '../domain/text-normalize.js';

const COLUMNS: Record<DraftField, string[]> = {
  id: ['id', 'identifiant'],
  siret: ['siret', 'n siret', 'numero siret'],
  name: ['name', 'nom', 'raison sociale', 'denomination'],
  brand: ['brand', 'enseigne', 'nom commercial'],
  kind: ['kind', 'type', 'type de structure', 'categorie'],
  naf: ['naf', 'ape', 'code naf', 'code ape'],
  description: ['description', 'presentation'],
  website: ['website', 'site', 'site web', 'site internet', 'url'],
  email: ['email', 'e mail', 'courriel', 'mail'],
  phone: ['phone', 'telephone', 'tel'],
  street: ['street', 'address', 'adresse', 'rue'],
  postcode: ['postcode', 'post code', 'code postal', 'cp'],
  city: ['city', 'ville', 'commune'],
  communeCode: ['commune code', 'code commune', 'code insee', 'insee'],
  lat: ['lat', 'latitude'],
  lng: ['lng', 'lon', 'long', 'longitude'],
  sectors: ['sectors', 'secteurs', 'secteur', 'secteurs d activite'],
  prestaTypes: ['presta types', 'prestations', 'types de prestation', 'type de prestation'],
  range: ['range', 'perimetre', 'perimetre d intervention', 'zone d intervention'],
  activities: [],
  networks: ['networks', 'reseaux', 'reseau'],
  labels: ['labels', 'label'],
  offers: ['offers', 'offres'],
  clientReferences: ['client references', 'references clients', 'references'],
  employeesInclusive: ['employees inclusive', 'salaries en insertion', 'salaries inclusifs'],
  employeesPermanent: ['employees permanent', 'salaries permanents'],
  active: ['active', 'actif'],
  headOffice: ['head office', 'siege', 'siege social'],
  createdAt: ['created at', 'date de creation'],
  updatedAt: ['updated at', 'date de mise a jour', 'mis a jour'],
};

export function columnKey(header: string): string {
  return fold(header)
    .replace(/['’]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FIELD_OF_KEY = new Map<string, DraftField>(
  (Object.entries(COLUMNS) as [DraftField, string[]][]).flatMap(([field, names]) => names.map((name) => [name, field] as const)),
);

/** The draft field a CSV header names, if any. */
export function fieldOfColumn(header: string): DraftField | undefined {
  return FIELD_OF_KEY.get(columnKey(header));
}

/** Columns holding several values, separated by `|` or `;`. */
export const LIST_FIELDS = new Set<DraftField>(['sectors', 'prestaTypes', 'networks', 'labels', 'offers', 'clientReferences']);
