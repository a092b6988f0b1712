/**
 * The search element's way to the need dialog: loads it the first time a buyer asks
 * (a second file beside the bundle, so that the search stays small for the many buyers
 * who never post one), puts it in the element's shadow root, and opens it with a draft
 * made from the search in force.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { InclusifClient } from '../../sdk/src/index.js';
import type { PlaceId, SearchRequest, Supplier, Taxonomy } from '../../sdk/src/types.js';
import { strings } from './i18n.js';
import { createNames } from './names.js';
import type { InclusifNeedDialog } from './need-dialog.js';

export interface NeedContext {
  lang: string;
  taxonomy: Taxonomy | undefined;
  /** The search the buyer sees now. */
  request: SearchRequest;
  /** The place chosen in the search, by its name. */
  place: { id: PlaceId; name: string } | undefined;
  api: InclusifClient | undefined;
}

/** A place by its id, for a preset commune that nothing has named yet. */
async function findPlace(api: InclusifClient | undefined, id: PlaceId) {
  const found = await api?.places(id.slice(id.indexOf(':') + 1), { limit: 1 }).catch(() => undefined);
  return found?.places.find((place) => place.id === id);
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class NeedController {
  private loaded = false;

  constructor(
    private host: Host,
    private context: () => NeedContext,
  ) {}

  /** Opens the dialog (for a quote when `supplier` is given); focus returns to `opener` on close. */
  async open(opener: HTMLElement, supplier?: Supplier) {
    if (!this.loaded) {
      await import('./need-dialog.js');
      this.loaded = true;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    const dialog = this.host.renderRoot.querySelector<InclusifNeedDialog>('inclusif-need-dialog')!;
    const { request, place, api, taxonomy, lang } = this.context();
    const sectorsOf = (group: string) => createNames(taxonomy, strings(lang).lang).sectorsOf(group);
    const preset = request.serves?.[0];
    // The dialog lists departments and regions by name; a commune it must be told.
    const named = place ?? (preset?.startsWith('commune:') ? await findPlace(api, preset) : undefined);
    await dialog.show({ request, sectorsOf, place: named, supplier, opener });
  }

  render() {
    if (!this.loaded) return nothing;
    const { lang, taxonomy, api } = this.context();
    const post = api && ((input: Parameters<InclusifClient['needs']['create']>[0]) => api.needs.create(input));
    return html`<inclusif-need-dialog
      exportparts="dialog: need-dialog, submit: need-submit, privacy: need-privacy"
      lang=${lang}
      .taxonomy=${taxonomy}
      .post=${post}
    ></inclusif-need-dialog>`;
  }
}
