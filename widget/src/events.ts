/** The events of <inclusif-search>: bubbling, composed, prefixed. */
import type { NeedCreated, SearchRequest, Supplier } from '../../sdk/src/types.js';
import type { ContactChannel } from './contact.js';

export type Operation = 'search' | 'suggest' | 'taxonomy' | 'supplier';
export type InclusifSearchEvent = CustomEvent<SearchRequest>;
export type InclusifSelectEvent = CustomEvent<{ supplier: Supplier }>;
export type InclusifErrorEvent = CustomEvent<{ error: unknown; operation: Operation }>;
/** A need posted from the dialog: not yet confirmed by the buyer, nor sent to anyone. */
export type InclusifNeedEvent = CustomEvent<{ need: NeedCreated['need'] }>;
export type InclusifContactEvent = CustomEvent<{ supplier: Supplier; channel: ContactChannel }>;

declare global {
  interface HTMLElementEventMap {
    'inclusif-search': InclusifSearchEvent;
    'inclusif-select': InclusifSelectEvent;
    'inclusif-error': InclusifErrorEvent;
    'inclusif-need': InclusifNeedEvent;
    'inclusif-contact': InclusifContactEvent;
  }
}
