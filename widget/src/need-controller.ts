/**
 * The search element's way to the need dialog: loads it the first time a buyer asks
 * (a second file beside the bundle, so that the search stays small for the many buyers
 * who never post one), puts it in the element's shadow root, and opens it with a draft
 * made from the search in force.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { PlaceId, SearchRequest, Supplier, Taxonomy } from '../../sdk/src/types.js';
import type { SectorsOf } from './need-form.js';
import type { InclusifNeedDialog, PostNeed } from './need-dialog.js';

export interface NeedContext {
  lang: string;
  taxonomy: Taxonomy | undefined;
  /** The search the buyer sees now. */
  request: SearchRequest;
  /** The place chosen in the search, by its name. */
  place: { id: PlaceId; name: string } | undefined;
  /** A place by its id, for a preset commune that nothing has named yet. */
  findPlace: (id: PlaceId) => Promise<{ id: PlaceId; name: string } | undefined>;
  sectorsOf: SectorsOf;
  post: PostNeed | undefined;
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
    const { request, place, sectorsOf, findPlace } = this.context();
    const preset = request.serves?.[0];
    // The dialog lists departments and regions by name; a commune it must be told.
    const named = place ?? (preset?.startsWith('commune:') ? await findPlace(preset) : undefined);
    await dialog.show({ request, sectorsOf, place: named, supplier, opener });
  }

  render() {
    if (!this.loaded) return nothing;
    const { lang, taxonomy, post } = this.context();
    return html`<inclusif-need-dialog
      exportparts="dialog: need-dialog, submit: need-submit, privacy: need-privacy"
      lang=${lang}
      .taxonomy=${taxonomy}
      .post=${post}
    ></inclusif-need-dialog>`;
  }
}
