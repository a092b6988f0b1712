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
  private release!: () => void;
  /** Resolves when the hold ends: the answers are in, or the delay has passed. */
  readonly released = new Promise<void>((resolve) => (this.release = resolve));

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
      this.show();
      this.host.requestUpdate();
    }, this.delay());
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Whether the first render is still held. */
  get holding(): boolean {
    return !this.shown && this.awaiting();
  }

  /** For the host's render: whether to render its frame now. Once it says yes, it always does. */
  renders(): boolean {
    if (this.holding) return false;
    this.show();
    return true;
  }

  private show(): void {
    if (this.shown) return;
    this.shown = true;
    clearTimeout(this.timer);
    this.release();
  }
}
