/**
 * A supplier's sheet in the browser's history: opening it adds an entry, so Back closes
 * it (and, without url-state, does not leave the page and the search). With url-state
 * the entry's URL names the supplier, so the sheet has an address of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SheetHost extends ReactiveControllerHost {
  urlState: boolean;
  urlPrefix: string;
}

/** Where the open sheet is noted in history.state when the URL does not say. */
const MARK = 'inclusifSheet';
/** Each element notes its own sheets: another element's entry (several on a page, or one since removed) opens nothing here. */
let elements = 0;

export class SheetController implements ReactiveController {
  /** Whether the current history entry was added by opening the sheet. */
  private pushed = false;
  private readonly owner = `search-${++elements}`;

  constructor(
    private readonly host: SheetHost,
    /** Shows the sheet of a supplier after a history move (or a URL read at connect). */
    private readonly show: (id: string) => void,
    private readonly hide: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.onPopState);
  }

  private get param() {
    return `${this.host.urlPrefix}supplier`;
  }

  /** The supplier the page URL opens (url-state only). */
  read(): string | undefined {
    return (this.host.urlState && new URLSearchParams(location.search).get(this.param)) || undefined;
  }

  /** A history entry for the sheet the buyer opened. */
  opened(id: string) {
    const state = { ...(typeof history.state === 'object' ? history.state : {}), [MARK]: { owner: this.owner, id } };
    let url = location.href;
    if (this.host.urlState) {
      const params = new URLSearchParams(location.search);
      params.set(this.param, id);
      url = `${location.pathname}?${params}${location.hash}`;
    }
    history.pushState(state, '', url);
    this.pushed = true;
  }

  /** The buyer closed the sheet: back to the entry before it, or just closed when it had none. */
  closed() {
    if (this.pushed) history.back();
    else {
      this.forget();
      this.hide();
    }
  }

  /** The sheet went away by another way (a new search): the current entry no longer opens it. */
  forget() {
    if (!this.pushed) return;
    this.pushed = false;
    const { [MARK]: _sheet, ...state } = (history.state ?? {}) as Record<string, unknown>;
    const params = new URLSearchParams(location.search);
    params.delete(this.param);
    const query = params.toString();
    history.replaceState(state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
  }

  private onPopState = (event: PopStateEvent) => {
    const mark = (event.state as Record<string, { owner?: string; id?: string } | undefined> | null)?.[MARK];
    const id = this.read() ?? (mark?.owner === this.owner ? mark.id : undefined);
    this.pushed = typeof id === 'string';
    if (typeof id === 'string') this.show(id);
    else this.hide();
  };
}
