/**
 * Registers <inclusif-search>, once: a page that includes the script twice (or the
 * bundle and the npm module) keeps the first definition instead of throwing.
 */
import { InclusifSearch } from './search.js';

export const tagName = 'inclusif-search';

export function defineInclusifSearch(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tagName)) registry.define(tagName, InclusifSearch);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusif-search': InclusifSearch;
  }
}

defineInclusifSearch();
