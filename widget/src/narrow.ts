import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the element itself is narrow (a phone, or a slim column of the host page):
 * the filters then fold away behind a summary, so that results come first. Measured
 * on the element, not the viewport, since a page may embed it in any width.
 */
export class NarrowController implements ReactiveController {
  narrow = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly maxWidthPx = 640,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const narrow = entry!.contentRect.width > 0 && entry!.contentRect.width <= this.maxWidthPx;
      if (narrow === this.narrow) return;
      // Next frame: a re-render inside the observer's callback resizes the element again
      // in the same frame, which browsers report as a ResizeObserver loop error.
      requestAnimationFrame(() => {
        this.narrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
