/** What a page sets on <inclusif-search>: its attributes and properties. The behaviour is in search.ts. */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { InclusifClient } from '../../sdk/src/index.js';
import type { KindCode, KindFamily, LabelSlug, NetworkSlug, PlaceId, PrestaType, SectorSlug } from '../../sdk/src/types.js';
import type { Presets } from './state.js';

/** A comma-separated attribute as a list. */
const list = {
  fromAttribute: (value: string | null) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []),
  toAttribute: (value: string[]) => value.join(','),
};

/** `hide-facets` names (the attributes' own) to facet names. */
const hideable: Record<string, string> = {
  kinds: 'kind',
  sectors: 'sectorGroup',
  presta: 'prestaType',
  networks: 'network',
  labels: 'label',
  'social-clause': 'socialClause',
};

export class SearchAttributes extends LitElement {
  /** Where the API is, such as `https://achat-inclusif.example.org`. */
  @property() endpoint = '';
  /** The site's public key. */
  @property({ attribute: 'api-key' }) apiKey = '';
  /** `fr` (default) or `en`. */
  @property() override lang = '';
  /** Preset scope, comma-separated: places the suppliers can serve, until the buyer chooses one. */
  @property({ converter: list }) serves: PlaceId[] = [];
  @property({ converter: list }) sectors: SectorSlug[] = [];
  @property({ converter: list }) kinds: KindCode[] = [];
  @property({ converter: list }) networks: NetworkSlug[] = [];
  @property({ converter: list }) families: KindFamily[] = [];
  @property({ converter: list }) presta: PrestaType[] = [];
  @property({ converter: list }) labels: LabelSlug[] = [];
  /** Only suppliers eligible to reserved lots and the social clause (locked on). */
  @property({ type: Boolean, attribute: 'social-clause' }) socialClause = false;
  /** Facets not to offer: kinds, sectors, presta, networks, labels, social-clause. */
  @property({ converter: list, attribute: 'hide-facets' }) hideFacets: string[] = [];
  @property({ type: Number, attribute: 'per-page' }) perPage = 20;
  /** Keeps the search in the page URL (back button included). Read when the element connects. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  /** Prefix of the URL parameters, so they do not clash with the page's own. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'is_';
  @property({ type: Boolean, attribute: 'no-facets' }) noFacets = false;
  @property({ type: Boolean, reflect: true }) compact = false;
  /** `off`: no "Publier un besoin" nor "Demander un devis". */
  @property() needs: 'on' | 'off' = 'on';
  /** Named in the subject of the mails buyers write to suppliers; the page's host name by default. */
  @property({ attribute: 'site-name' }) siteName = '';
  /** Set by the element while a search takes longer than `loadingDelay` ms. */
  @property({ type: Boolean, reflect: true }) loading = false;
  /** A client to use instead of one made from `endpoint`, `api-key` and `fetch`. */
  @property({ attribute: false }) client?: InclusifClient;
  /** A fetch for the client the element makes. */
  @property({ attribute: false }) fetch?: typeof fetch;
  /**
   * Milliseconds before the loading indicator shows, so that fast answers do not flicker;
   * also the longest the element waits for its first answers before it renders its frame.
   */
  @property({ attribute: false }) loadingDelay = 200;

  protected get presets(): Presets {
    const { serves, sectors, kinds, networks, families, presta, labels, socialClause } = this;
    return { serves, sectors, kinds, networks, families, prestaTypes: presta, labels, socialClause };
  }

  /** The facet groups the site hid, by facet name. */
  protected get hiddenFacets(): ReadonlySet<string> {
    return new Set(this.hideFacets.map((name) => hideable[name] ?? name));
  }
}
