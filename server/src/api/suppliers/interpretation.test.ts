/** GET /v1/suppliers reading its text for places, sectors and kinds, and a SIREN's establishments. */
import { describe, expect, it } from 'vitest';
import type { GeoRange, SearchResponse } from '../../../../sdk/src/types.js';
import { createApp } from '../../app.js';
import { getGeography } from '../../domain/geography.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';
import { luhnComplete } from '../../domain/siret.js';
import type { EngineQuery, SearchEngine } from '../../query/types.js';
import { activity, addressIn, LYON, makeSupplier, RENNES } from '../../engine/embedded/suppliers.test-support.js';

const AUVERGNE_RHONE_ALPES: GeoRange = { type: 'ZONES', zones: ['region:84'] };
const suppliers = [
  makeSupplier('t1', { name: 'LES DELICES DU MONT', address: addressIn(LYON, 'Lyon'), activities: [activity('traiteur', { type: 'ZONES', zones: ['department:69'] })] }),
  // Located in Villeurbanne, serving the whole region: it can cater in Lyon, and its text never says Lyon.
  makeSupplier('t2', {
    name: 'SAVEURS PARTAGEES',
    address: { ...addressIn(LYON, 'Villeurbanne', '69100'), communeCode: '69266' },
    activities: [activity('traiteur', AUVERGNE_RHONE_ALPES)],
  }),
  makeSupplier('t3', { name: 'TRAITEUR DE BRETAGNE', activities: [activity('traiteur', { type: 'ZONES', zones: ['department:35'] })] }),
  makeSupplier('n1', { name: 'LYON PROPRE', address: addressIn(LYON, 'Lyon'), activities: [activity('nettoyage-de-locaux-16', { type: 'COUNTRY' })] }),
  makeSupplier('e1', { name: 'ESAT DU RHONE', kind: 'ESAT', address: addressIn(LYON, 'Lyon'), activities: [activity('blanchisserie', { type: 'COUNTRY' })] }),
  makeSupplier('e2', { name: 'ESAT DE LYON', kind: 'ESAT', address: addressIn(RENNES, 'Rennes'), activities: [activity('blanchisserie', { type: 'ZONES', zones: ['department:35'] })] }),
  // One company, three establishments: the head office is not the first by number.
  makeSupplier('s1', { siret: '73282932000074', name: 'GROUPE ALPHA', headOffice: false, address: addressIn(RENNES, 'Rennes') }),
  makeSupplier('s2', { siret: '73282932000116', name: 'GROUPE ALPHA', headOffice: true, address: addressIn(RENNES, 'Rennes') }),
  makeSupplier('s3', { siret: '73282932000090', name: 'GROUPE ALPHA', address: addressIn(RENNES, 'Rennes') }),
  // A SIREN whose first digits are a department's code (971, Guadeloupe).
  makeSupplier('g1', { siret: luhnComplete(`${luhnComplete('97123456')}0001`), name: 'KARUKERA SERVICES', address: addressIn(RENNES, 'Rennes') }),
];
const app = createApp({ engine: createDefaultEngine(suppliers), geography: getGeography() });

async function search(query: string): Promise<SearchResponse> {
  const res = await app.request(`/v1/suppliers?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as SearchResponse;
}
const ids = (response: SearchResponse) => response.hits.map((hit) => hit.supplier.id).sort();

describe('GET /v1/suppliers?q=, read as buyers type', () => {
  it('applies the sector and the place it recognises, and says so', async () => {
    const response = await search('q=traiteur+lyon');
    expect(ids(response)).toEqual(['t1', 't2']);
    expect(response.interpretation).toEqual({
      text: '',
      parts: [
        { type: 'sector', value: 'traiteur', label: 'Traiteur', words: 'traiteur' },
        { type: 'place', value: 'commune:69123', label: 'Lyon', words: 'lyon' },
      ],
    });
  });

  it('finds what the words alone miss: a supplier serving Lyon whose text never names it', async () => {
    expect(ids(await search('q=traiteur+lyon&literal=place,sector'))).toEqual(['t1']);
  });

  it('keeps a removed part as words: literal=place searches "lyon" as text', async () => {
    const response = await search('q=traiteur+lyon&literal=place');
    expect(response.interpretation).toBeUndefined();
    expect(ids(response)).toEqual(['t1']);
  });

  it('applies a kind and a department number', async () => {
    const response = await search('q=esat+69');
    expect(ids(response)).toEqual(['e1']);
    expect(response.interpretation?.parts.map((part) => part.type)).toEqual(['kind', 'place']);
  });

  it('never widens a filter the request sets: its own serves wins over a place in the text', async () => {
    const response = await search('q=traiteur+lyon&serves=department:35');
    expect(response.interpretation).toBeUndefined();
    expect(response.found).toBe(0);
  });

  it('searches the text as typed when nothing is recognised, or when the reading finds nothing', async () => {
    expect((await search('q=delices')).interpretation).toBeUndefined();
    // Read as an ESAT cleaning in Lyon, it finds none: the words are searched, and name "LYON PROPRE" best.
    const fallback = await search('q=lyon+propre+esat');
    expect(fallback.interpretation).toBeUndefined();
    expect(fallback.hits[0]?.supplier.id).toBe('n1');
    const named = await search('q=lyon+propre');
    expect(ids(named)).toEqual(['n1']);
  });

  it('reads nothing in a supplier name typed whole: "ESAT de Lyon" is that ESAT, not every ESAT serving Lyon', async () => {
    const response = await search('q=ESAT+de+Lyon');
    expect(response.interpretation).toBeUndefined();
    expect(response.hits[0]?.supplier.id).toBe('e2');
    expect((await search('q=esat+lyon')).interpretation?.parts.map((part) => part.value)).toEqual(['ESAT', 'commune:69123']);
  });

  it('lists every establishment of a SIREN, the head office first, then by number', async () => {
    const response = await search('q=732+829+320');
    expect(response.hits.map((hit) => hit.supplier.siret)).toEqual(['73282932000116', '73282932000090', '73282932000074']);
    const second = await search('q=732829320&perPage=1&page=2');
    expect(second.hits.map((hit) => hit.supplier.siret)).toEqual(['73282932000090']);
    expect(second).toMatchObject({ found: 3, pages: 3 });
  });

  it('reads a SIREN as a number, even one starting with a department code: one search, for the SIREN', async () => {
    const engine = createDefaultEngine(suppliers);
    const searched: EngineQuery[] = [];
    const counting: SearchEngine = { ...engine, search: (query) => (searched.push(query), engine.search(query)), suggest: engine.suggest.bind(engine) };
    const counted = createApp({ engine: counting, geography: getGeography() });
    const siren = luhnComplete('97123456');
    const res = await counted.request(`/v1/suppliers?q=${siren.slice(0, 3)}+${siren.slice(3, 6)}+${siren.slice(6)}`);
    const response = (await res.json()) as SearchResponse;
    expect(response.interpretation).toBeUndefined();
    expect(response.hits.map((hit) => hit.supplier.id)).toEqual(['g1']);
    expect(searched.map((query) => query.text)).toEqual([undefined]);
  });

  it('exports what the search finds: the CSV of "traiteur lyon" holds the caterers serving Lyon', async () => {
    const res = await app.request('/v1/suppliers.csv?q=traiteur+lyon');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-total-count')).toBe('2');
    expect((await res.text()).split('\n').filter((line) => line.includes('LES DELICES DU MONT') || line.includes('SAVEURS PARTAGEES'))).toHaveLength(2);
  });

  it('leaves the Typesense gateway uninterpreted: it searches the words', async () => {
    const res = await app.request('/typesense/collections/suppliers/documents/search?q=traiteur+lyon&query_by=name');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { found: number; hits: { document: { id: string } }[] };
    expect(body.hits.map((hit) => hit.document.id).sort()).toEqual(ids(await search('q=traiteur+lyon&literal=place,sector')));
  });
});
