/** achat-inclusif/widget: `import 'achat-inclusif/widget'` defines <inclusif-search> and <inclusif-potential>. */
export { InclusifSearch } from './search.js';
export { defineInclusifSearch, tagName } from './define.js';
export type {
  InclusifContactEvent,
  InclusifErrorEvent,
  InclusifNeedEvent,
  InclusifSearchEvent,
  InclusifSelectEvent,
  Operation,
} from './events.js';
export type { ContactChannel } from './contact.js';
export { InclusifPotential } from './potential.js';
export { defineInclusifPotential, potentialTagName } from './potential-define.js';
