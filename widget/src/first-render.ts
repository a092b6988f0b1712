import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Holds an element's first render while its first answers are awaited, for at most
 * `delay()` ms: the page then shows it once, complete, rather than an empty frame that
 * jumps when the answers arrive; and the page's first layout is not done twice before
 * a result shows.
 */
export class FirstRenderController implements ReactiveController {
  private shown = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether first answers are still awaited. */
    private readonly awaiting: () => boolean,
    private readonly delay: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.shown) return;
    this.timer = setTimeout(() => {
      this.shown = true;
      this.host.requestUpdate();
    }, this.delay());
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Whether to render nothing yet. Once it says no, it never says yes again. */
  get holding(): boolean {
    if (this.shown) return false;
    if (this.awaiting()) return true;
    this.shown = true;
    clearTimeout(this.timer);
    return false;
  }
}
