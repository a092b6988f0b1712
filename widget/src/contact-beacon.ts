/**
 * Sends each `inclusif-contact` the element fires (a contact button clicked) to the
 * site's insights, through the element's client: counted per key and channel, nothing
 * about the buyer. Fire and forget: a lost beacon never troubles the buyer.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InclusifClient } from '../../sdk/src/index.js';
import type { ContactEvent, Supplier } from '../../sdk/src/types.js';

type ContactDetail = { supplier: Supplier; channel: ContactEvent['channel'] };

export class ContactBeaconController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly client: () => InclusifClient | undefined,
  ) {
    host.addController(this);
  }

  private readonly send = (event: Event) => {
    const { supplier, channel } = (event as CustomEvent<ContactDetail>).detail ?? {};
    if (!supplier?.id || !channel) return;
    this.client()?.track({ type: 'contact', supplierId: supplier.id, channel }).catch(() => undefined);
  };

  hostConnected() {
    this.host.addEventListener('inclusif-contact', this.send);
  }

  hostDisconnected() {
    this.host.removeEventListener('inclusif-contact', this.send);
  }
}
