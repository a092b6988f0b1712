import { describe, expect, it } from 'vitest';
import type { Supplier } from '../../../sdk/src/types.js';
import { FULL_COMPLETENESS, profileCompleteness } from './completeness.js';

const bare: Supplier = {
  id: 'bare',
  siret: '12345678900012',
  name: 'ASSOC TREMPLIN 52',
  kind: 'ACI',
  address: { postcode: '52000', city: 'Chaumont', communeCode: '52121', department: '52', region: '44', point: { lat: 48.1, lng: 5.14 } },
  activities: [],
  networks: [],
  labels: [],
  offers: [],
  clientReferences: [],
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
};

describe('profileCompleteness', () => {
  it('gives a bare registry entry 0', () => {
    expect(profileCompleteness(bare)).toBe(0);
    expect(profileCompleteness({ ...bare, description: '   ', contact: {} })).toBe(0);
  });
  it('gives one point per part a buyer can use: offers, description, references, e-mail, phone, website, sectors', () => {
    const parts: Partial<Supplier>[] = [
      { offers: [{ name: 'Entretien des espaces verts' }] },
      { description: 'Chantier d’insertion en maraîchage biologique' },
      { clientReferences: [{ name: 'Ville de Chaumont' }] },
      { contact: { email: 'contact@tremplin52.example' } },
      { contact: { phone: '03 25 00 00 00' } },
      { website: 'https://tremplin52.example' },
      { activities: [{ sector: 'nettoyage-de-locaux-16', prestaTypes: ['PREST'], range: { type: 'COUNTRY' } }] },
    ];
    for (const part of parts) expect(profileCompleteness({ ...bare, ...part })).toBe(1);
    const full = Object.assign({}, bare, ...parts, { contact: { email: 'contact@tremplin52.example', phone: '03 25 00 00 00' } });
    expect(profileCompleteness(full)).toBe(FULL_COMPLETENESS);
    expect(FULL_COMPLETENESS).toBe(parts.length);
  });
});
