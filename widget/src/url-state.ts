/** Keeps the search in the page URL, under a prefix, and follows the back and forward buttons. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SearchState } from './state.js';
import { fromUrlParams, toUrlParams } from './state-url.js';

export interface UrlStateHost extends ReactiveControllerHost {
  urlState: boolean;
  urlPrefix: string;
}

export class UrlStateController implements ReactiveController {
  constructor(
    private readonly host: UrlStateHost,
    /** Called with the state the URL holds after a history move. */
    private readonly restore: (state: SearchState) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The state in the current URL. */
  read(): SearchState {
    return fromUrlParams(new URLSearchParams(location.search), this.host.urlPrefix);
  }

  /**
   * Writes the state: `push` adds a history entry (a filter, a page), otherwise the
   * current entry is replaced (typing, so that back does not replay each keystroke).
   */
  write(state: SearchState, push: boolean) {
    if (!this.host.urlState) return;
    const params = toUrlParams(state, this.host.urlPrefix, new URLSearchParams(location.search));
    const query = params.toString();
    const url = location.pathname + (query ? `?${query}` : '') + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private onPopState = () => {
    if (this.host.urlState) this.restore(this.read());
  };
}
