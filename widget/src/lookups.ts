/**
 * What the element looks up besides the search: the names of the site's preset communes
 * (for their chip) and the suppliers of a shared shortlist link.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import type { InclusifClient } from '../../sdk/src/index.js';
import type { PlaceId, Supplier } from '../../sdk/src/types.js';

export interface LookupsHost extends ReactiveControllerHost, HTMLElement {
  serves: PlaceId[];
  urlPrefix: string;
}

export class Lookups {
  /** Names of the preset communes by id: departments and regions are named by the taxonomy. */
  readonly presetPlaces: Task<readonly [InclusifClient | undefined, PlaceId[]], Map<string, string>>;
  /** Adds a shared shortlist's suppliers to the buyer's own, once. */
  readonly shared: Task<readonly [InclusifClient | undefined, string[]], void>;

  constructor(
    host: LookupsHost,
    api: () => InclusifClient | undefined,
    /** Receives the suppliers of a shared shortlist (`<prefix>selection=id,id` in the page URL). */
    onShared: (suppliers: Supplier[]) => void,
    onError: (error: unknown) => void,
  ) {
    this.presetPlaces = new Task(host, {
      task: async ([client, serves], { signal }) => {
        const communes = serves.filter((id) => id.startsWith('commune:'));
        if (!client || !communes.length) return new Map<string, string>();
        const found = await Promise.all(communes.map((id) => client.places(id.slice('commune:'.length), { signal, limit: 5 })));
        return new Map(found.flatMap((answer) => answer.places).map((place): [string, string] => [place.id, place.name]));
      },
      args: () => [api(), host.serves] as const,
      argsEqual: deepArrayEquals,
      onError,
    });
    this.shared = new Task(host, {
      task: async ([client, ids], { signal }) => {
        if (!client || !ids.length) return;
        // A supplier delisted since the link was made is left out, not an error.
        const suppliers = await Promise.all(ids.map((id) => client.get(id, { signal }).catch(() => undefined)));
        onShared(suppliers.filter((supplier) => supplier !== undefined));
      },
      args: () => [api(), new URLSearchParams(location.search).get(`${host.urlPrefix}selection`)?.split(',').slice(0, 100) ?? []] as const,
      argsEqual: deepArrayEquals,
      onError,
    });
  }
}
