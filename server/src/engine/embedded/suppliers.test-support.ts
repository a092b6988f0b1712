/**
 * Hand-made places and suppliers for the engine's tests: real communes (2022 INSEE
 * codes, postcodes and centres), so that distances and codes read like real data.
 */
import type { Activity, Address, Supplier } from '../../../../sdk/src/types.js';
import type { ServedPlace } from '../../domain/geography.types.js';

type CommunePlace = Extract<ServedPlace, { type: 'commune' }>;

function commune(code: string, department: string, region: string, postcodes: string[], lat: number, lng: number): CommunePlace {
  return { type: 'commune', code, department, region, postcodes, point: { lat, lng } };
}

export const RENNES = commune('35238', '35', '53', ['35000', '35700', '35200'], 48.1105, -1.6815);
export const SAINT_MALO = commune('35288', '35', '53', ['35400'], 48.6491, -1.9987);
export const BRUZ = commune('35047', '35', '53', ['35170'], 48.0242, -1.7465);
export const BREST = commune('29019', '29', '53', ['29200', '29000', '29240'], 48.4059, -4.5058);
export const NANTES = commune('44109', '44', '52', ['44100', '44000', '44300', '44200'], 47.2397, -1.5492);
export const MARSEILLE = commune('13055', '13', '93', ['13001', '13008', '13013'], 43.2545, 5.3722);
export const AVIGNON = commune('84007', '84', '93', ['84140', '84000'], 43.946, 4.8465);
export const LYON = commune('69123', '69', '84', ['69001', '69003', '69007'], 45.7685, 4.8236);

export const ILLE_ET_VILAINE: ServedPlace = { type: 'department', code: '35', region: '53' };
export const FINISTERE: ServedPlace = { type: 'department', code: '29', region: '53' };
export const LOIRE_ATLANTIQUE: ServedPlace = { type: 'department', code: '44', region: '52' };
export const VAUCLUSE: ServedPlace = { type: 'department', code: '84', region: '93' };
export const BRETAGNE: ServedPlace = { type: 'region', code: '53' };
export const PAYS_DE_LA_LOIRE: ServedPlace = { type: 'region', code: '52' };
export const AUVERGNE_RHONE_ALPES: ServedPlace = { type: 'region', code: '84' };

/** An address in that commune, at its centre unless told otherwise. */
export function addressIn(place: CommunePlace, city: string, postcode = place.postcodes[0]!): Address {
  return {
    postcode,
    city,
    communeCode: place.code,
    department: place.department,
    region: place.region,
    point: place.point,
  };
}

export function activity(sector: string, range: Activity['range'], prestaTypes: Activity['prestaTypes'] = ['PREST']): Activity {
  return { sector: sector as Activity['sector'], prestaTypes, range };
}

export function makeSupplier(id: string, fields: Partial<Supplier> = {}): Supplier {
  return {
    id,
    siret: `1234567890${id.replace(/\D/g, '').padStart(4, '0').slice(-4)}`,
    name: `SUPPLIER ${id.toUpperCase()}`,
    kind: 'EI',
    address: addressIn(RENNES, 'Rennes'),
    activities: [],
    networks: [],
    labels: [],
    offers: [],
    clientReferences: [],
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...fields,
  };
}
