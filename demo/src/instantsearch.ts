/**
 * The InstantSearch demo page's script, built by rollup into dist/demo-instantsearch.js:
 * InstantSearch.js over typesense-instantsearch-adapter, pointed at this server's
 * Typesense-compatible gateway (/typesense). Nothing here knows it is not Typesense.
 */
import instantsearch from 'instantsearch.js/es';
import { clearRefinements, configure, hits, pagination, refinementList, searchBox, stats } from 'instantsearch.js/es/widgets';
import TypesenseInstantSearchAdapter from 'typesense-instantsearch-adapter';
import type { Taxonomy } from '../../sdk/src/types.js';

interface SupplierHit {
  id: string;
  name: string;
  brand?: string;
  kind: string;
  city: string;
  postcode: string;
  sectors: string[];
  networks: string[];
}

/** The taxonomy's French names, for the codes and slugs the gateway's documents hold. */
async function loadNames(): Promise<Map<string, string>> {
  const taxonomy = (await (await fetch('/v1/taxonomy')).json()) as Taxonomy;
  return new Map<string, string>([
    ...taxonomy.kinds.map((kind) => [kind.code, `${kind.code} – ${kind.label.fr}`] as const),
    ...taxonomy.sectorGroups.flatMap((group) => group.sectors.map((sector) => [sector.slug, sector.label.fr] as const)),
    ...taxonomy.networks.map((network) => [network.slug, network.brand ?? network.name] as const),
  ]);
}
const names = await loadNames();
const nameOf = (value: string) => names.get(value) ?? value;

const adapter = new TypesenseInstantSearchAdapter({
  server: {
    // The demo server is open: no key is needed (an unknown key would be refused).
    apiKey: '',
    nodes: [{ host: location.hostname, port: Number(location.port || (location.protocol === 'https:' ? 443 : 80)), protocol: location.protocol.slice(0, -1), path: '/typesense' }],
    cacheSearchResultsForSeconds: 0,
  },
  additionalSearchParameters: { query_by: 'name,brand,description,offers,city' },
});

const search = instantsearch({ indexName: 'suppliers', searchClient: adapter.searchClient, future: { preserveSharedStateOnUnmount: true } });

const list = (container: string, attribute: string, showMore = false) =>
  refinementList({
    container,
    attribute,
    limit: 8,
    showMore,
    showMoreLimit: 40,
    transformItems: (items) => items.map((item) => ({ ...item, label: nameOf(item.value), highlighted: nameOf(item.value) })),
  });

search.addWidgets([
  configure({ hitsPerPage: 20 }),
  searchBox({ container: '#searchbox', placeholder: 'Rechercher un fournisseur, une activité, une ville… / Search', showLoadingIndicator: false }),
  stats({
    container: '#stats',
    templates: { text: ({ nbHits }, { html }) => html`${nbHits.toLocaleString('fr-FR')} fournisseur${nbHits > 1 ? 's' : ''} / supplier${nbHits > 1 ? 's' : ''}` },
  }),
  clearRefinements({
    container: '#clear',
    // Function templates only: a string template is compiled with new Function, which the CSP forbids.
    templates: { resetLabel: (_data, { html }) => html`Effacer les filtres / Clear filters` },
  }),
  list('#kind', 'kind'),
  list('#sectors', 'sectors', true),
  list('#networks', 'networks', true),
  hits<SupplierHit & Record<string, unknown>>({
    container: '#hits',
    templates: {
      // htm templates: values are text, never HTML.
      item: (hit, { html, components }) => html`<article data-supplier=${hit.id} data-networks=${hit.networks.join(' ')}>
        <h3><span class="kind">${hit.kind}</span> ${components.Highlight({ hit, attribute: hit.brand ? 'brand' : 'name' })}</h3>
        <p class="where">${hit.postcode} ${hit.city}</p>
        <p class="sectors">${hit.sectors.map(nameOf).join(' · ')}</p>
      </article>`,
      empty: (_results, { html }) => html`<p>Aucun résultat : élargissez la recherche. / No result: widen the search.</p>`,
    },
  }),
  pagination({ container: '#pagination', padding: 2 }),
]);

search.start();
