/**
 * The InstantSearch.js page the bench compares the widget with: the widgets a buyer
 * needs for the same search (search box, three refinement lists, hits, pagination),
 * over typesense-instantsearch-adapter pointed at this server's /typesense gateway.
 * Bundled by bench/sizes.ts with rollup; served by bench/browser.ts.
 */
import instantsearch from 'instantsearch.js/es';
import { hits, pagination, refinementList, searchBox } from 'instantsearch.js/es/widgets';
import TypesenseInstantSearchAdapter from 'typesense-instantsearch-adapter';

const adapter = new TypesenseInstantSearchAdapter({
  server: {
    apiKey: '',
    nodes: [{ host: location.hostname, port: Number(location.port), protocol: 'http', path: '/typesense' }],
    cacheSearchResultsForSeconds: 0,
  },
  additionalSearchParameters: { query_by: 'name,brand,description,offers,city' },
});

const search = instantsearch({ indexName: 'suppliers', searchClient: adapter.searchClient });
search.addWidgets([
  searchBox({ container: '#searchbox' }),
  refinementList({ container: '#kind', attribute: 'kind' }),
  refinementList({ container: '#sectors', attribute: 'sectors' }),
  refinementList({ container: '#presta', attribute: 'presta_types' }),
  hits({
    container: '#hits',
    templates: {
      item: (hit, { html, components }) =>
        html`<article><h3>${components.Highlight({ hit, attribute: 'display_name' })}</h3><p>${hit.postcode} ${hit.city}</p></article>`,
    },
  }),
  pagination({ container: '#pagination' }),
]);
search.start();
