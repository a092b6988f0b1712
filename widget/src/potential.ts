import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState as notYet } from '@lit/task';
import { createClient, type InclusifClient } from '../../sdk/src/index.js';
import type { PlaceId, PotentialRequest, PotentialResponse, SectorGroupSlug, SectorSlug } from '../../sdk/src/types.js';
import { potentialStrings } from './potential-i18n.js';
import { styles } from './potential.styles.js';

const list = {
  fromAttribute: (value: string | null) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []),
  toAttribute: (value: string[]) => value.join(','),
};

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The inclusive potential of a sector at a place, in one sentence and a bar: how many
 * inclusive suppliers can serve it (within the site key's scope), how many are eligible
 * to reserved lots, and a link to post a need.
 * @tagname inclusif-potential
 * @cssprop --inclusif-color-accent - The bar and the link (the other --inclusif-* properties of inclusif-search apply too).
 * @cssprop --inclusif-color-accent-light - The bar's track.
 * @csspart base - The whole element.
 * @csspart sentence - The sentence.
 * @csspart bar - The bar: the share eligible to reserved lots.
 * @csspart details - By family, and the share with a public contact.
 * @csspart need - The link to post a need.
 * @fires inclusif-error - The request failed (detail: { error, operation: 'potential' }).
 */
export class InclusifPotential extends LitElement {
  static override styles = styles;

  /** Where the API is, such as `https://achat-inclusif.example.org`. */
  @property() endpoint = '';
  /** The site's public key. */
  @property({ attribute: 'api-key' }) apiKey = '';
  /** `fr` (default) or `en`. */
  @property() override lang = '';
  /** Sectors, comma-separated (at least one sector or sector group). */
  @property({ converter: list }) sector: SectorSlug[] = [];
  @property({ attribute: 'sector-group', converter: list }) sectorGroup: SectorGroupSlug[] = [];
  /** The one place to serve: `commune:35238`, `department:35`, `region:53`. */
  @property() serves = '';
  /** Where the link to post a need goes (the page with the need form); no link without it. */
  @property({ attribute: 'need-href' }) needHref = '';
  /** A client to use instead of one made from `endpoint`, `api-key` and `fetch`. */
  @property({ attribute: false }) client?: InclusifClient;
  /** A fetch for the client the element makes. */
  @property({ attribute: false }) fetch?: typeof fetch;

  private api?: InclusifClient;

  private potentialTask = new Task(this, {
    task: ([api, request], { signal }) => (api && request ? api.potential(request, { signal }) : notYet),
    args: () => [this.api, this.request()] as const,
    argsEqual: ([api, a], [apiBefore, b]) => api === apiBefore && JSON.stringify(a) === JSON.stringify(b),
    onError: (error) => {
      if (!isAbort(error)) {
        this.dispatchEvent(new CustomEvent('inclusif-error', { detail: { error, operation: 'potential' }, bubbles: true, composed: true }));
      }
    },
  });

  /** Resolves with the potential shown once the current request is answered. */
  get potentialComplete(): Promise<PotentialResponse | undefined> {
    return this.potentialTask.taskComplete;
  }

  private request(): PotentialRequest | undefined {
    if (!this.serves || (!this.sector.length && !this.sectorGroup.length)) return undefined;
    const request: PotentialRequest = { serves: this.serves as PlaceId };
    if (this.sector.length) request.sectors = this.sector;
    if (this.sectorGroup.length) request.sectorGroups = this.sectorGroup;
    return request;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (['endpoint', 'apiKey', 'fetch', 'client'].some((name) => changed.has(name as keyof InclusifPotential))) {
      this.api =
        this.client ?? (this.endpoint ? createClient({ baseUrl: this.endpoint, apiKey: this.apiKey || undefined, fetch: this.fetch }) : undefined);
    }
  }

  protected override render() {
    const t = potentialStrings(this.lang);
    const { status, value } = this.potentialTask;
    if (status === TaskStatus.ERROR) return html`<div part="base" class="potential"><p class="error" role="alert">${t.error}</p></div>`;
    if (!value) {
      return html`<div part="base" class="potential" aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}>
        <p class="sentence" role="status">${status === TaskStatus.PENDING ? t.loading : nothing}</p>
      </div>`;
    }
    const share = value.found ? (value.reservedLots / value.found) * 100 : 0;
    return html`<div part="base" class="potential">
      <p part="sentence" class="sentence" role="status">${t.sentence(value)}</p>
      <svg part="bar" class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="track" width="100" height="4"></rect>
        <rect class="fill" width=${share.toFixed(2)} height="4"></rect>
      </svg>
      ${value.found ? html`<p part="details" class="details">${t.details(value)}</p>` : nothing}
      ${this.needHref ? html`<a part="need" class="need" href=${this.needHref}>${t.postNeed}</a>` : nothing}
    </div>`;
  }
}
