/**
 * A supplier's contact actions on its sheet: real links (an e-mail whose subject names
 * the site, a phone call, the website in a new tab), each telling the host which channel
 * the buyer used so that the site can count contacts; and "ask for a quote" (a need to
 * this supplier, relayed by us), the way in when the supplier has no public contact.
 * One primary action at most: the first the supplier has, in that order.
 */
import { html, nothing } from 'lit';
import type { Supplier } from '../../sdk/src/types.js';
import type { Strings } from './i18n.js';
import { mailHref, telHref, webHref } from './links.js';

export type ContactChannel = 'email' | 'phone' | 'website';

export interface ContactView {
  t: Strings;
  /** Named in the mail's subject, so that the supplier knows where the buyer found it. */
  site: string;
  onContact: (supplier: Supplier, channel: ContactChannel) => void;
  /** Asks for a quote; absent when the site turned needs off. */
  onQuote?: (supplier: Supplier, opener: HTMLElement) => void;
}

/** A mailto link with its subject, or nothing for an address that is not one. */
export function mailWithSubject(email: string | undefined, subject: string): string | undefined {
  const href = mailHref(email);
  return href && `${href}?subject=${encodeURIComponent(subject)}`;
}

export function renderContact(supplier: Supplier, { t, site, onContact, onQuote }: ContactView) {
  const mail = mailWithSubject(supplier.contact?.email, t.mailSubject(site));
  const tel = telHref(supplier.contact?.phone);
  const web = webHref(supplier.website);
  let primary = true;
  const kind = () => {
    const chosen = primary ? 'cta' : 'cta secondary';
    primary = false;
    return chosen;
  };
  const actions = [
    mail &&
      html`<a class=${kind()} part="contact" href=${mail} @click=${() => onContact(supplier, 'email')}>
        ${t.email} : ${supplier.contact!.email!.trim()}
      </a>`,
    tel &&
      html`<a class=${kind()} part="contact" href=${tel} @click=${() => onContact(supplier, 'phone')}>
        ${t.phone} : ${supplier.contact!.phone}
      </a>`,
    web &&
      html`<a class="${kind()} website" part="contact website" href=${web} target="_blank" rel="noopener noreferrer"
        @click=${() => onContact(supplier, 'website')}>
        ${t.website} : ${new URL(web).host}<span class="visually-hidden"> ${t.newTab}</span>
      </a>`,
    onQuote &&
      html`<button type="button" class=${primary ? 'cta quote' : 'cta secondary quote'} part="quote"
        @click=${(event: Event) => onQuote(supplier, event.currentTarget as HTMLElement)}>
        ${t.requestQuote}
      </button>`,
  ].filter(Boolean);
  return actions.length ? html`<div class="actions contact">${actions}</div>` : nothing;
}
