/** The events of <inclusif-search>: bubbling, composed, prefixed. */
import type { SearchRequest, Supplier } from '../../sdk/src/types.js';

export type Operation = 'search' | 'suggest' | 'taxonomy' | 'supplier';
export type InclusifSearchEvent = CustomEvent<SearchRequest>;
export type InclusifSelectEvent = CustomEvent<{ supplier: Supplier }>;
export type InclusifErrorEvent = CustomEvent<{ error: unknown; operation: Operation }>;

declare global {
  interface HTMLElementEventMap {
    'inclusif-search': InclusifSearchEvent;
    'inclusif-select': InclusifSelectEvent;
    'inclusif-error': InclusifErrorEvent;
  }
}
