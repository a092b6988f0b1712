/**
 * What a card says about a supplier beyond its name: why it matched (the highlights the
 * API returns, as text with <mark>, never HTML) and where it works (its activities' ranges).
 */
import { html, nothing } from 'lit';
import type { Highlight, HighlightField, HighlightPart, Hit, Supplier } from '../../sdk/src/types.js';
import type { Strings } from './i18n.js';
import type { Names } from './names.js';

/** Text before the first match is cut to this many characters: the match must show on a card. */
const LEAD = 40;
/** An excerpt stops after this many characters. */
const LENGTH = 160;

/**
 * The parts of a long field around its first match: at most `LEAD` characters before it
 * (cut at a word, with an ellipsis) and `LENGTH` in all.
 */
export function excerpt(parts: readonly HighlightPart[]): HighlightPart[] {
  const first = parts.findIndex((part) => part.match);
  if (first < 0) return [];
  const out: HighlightPart[] = [];
  const before = parts.slice(0, first).map((part) => part.text).join('');
  if (before) {
    const cut = before.length > LEAD ? `…${before.slice(before.indexOf(' ', before.length - LEAD) + 1)}` : before;
    out.push({ text: cut, match: false });
  }
  let length = out[0]?.text.length ?? 0;
  for (const part of parts.slice(first)) {
    if (length >= LENGTH) {
      out.push({ text: '…', match: false });
      break;
    }
    const text = part.text.length + length > LENGTH && !part.match ? `${part.text.slice(0, LENGTH - length)}…` : part.text;
    out.push({ text, match: part.match });
    length += text.length;
  }
  return out;
}

export const marked = (parts: readonly HighlightPart[]) =>
  parts.map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text));

const field = (hit: Hit, name: HighlightField): Highlight | undefined =>
  hit.highlights.find((highlight) => highlight.field === name && highlight.parts.some((part) => part.match));

/** The shown name with its matched words marked, or the plain name. */
export function markedName(hit: Hit, shown: string): unknown {
  const highlight = field(hit, shown === hit.supplier.name ? 'name' : 'brand');
  return highlight ? marked(highlight.parts) : shown;
}

/** Why the supplier matched, from its offers or its description (the name is marked where it is). */
export function whyMatched(hit: Hit, t: Strings) {
  const highlight = field(hit, 'offers') ?? field(hit, 'description');
  if (!highlight) return nothing;
  return html`<p class="matched" part="card-matched"><span class="visually-hidden">${t.matched} : </span>${marked(excerpt(highlight.parts))}</p>`;
}

/** The first offers, by name: what a buyer can order. */
export function offersLine(supplier: Supplier, t: Strings) {
  if (!supplier.offers.length) return nothing;
  const names = supplier.offers.slice(0, 3).map((offer) => offer.name);
  return html`<p class="offers" part="card-offers">${t.offersShort} : ${names.join(' · ')}${supplier.offers.length > 3 ? ' …' : ''}</p>`;
}

/** Where the supplier works, from its activities' ranges: all of France wins, else zones and a radius. */
export function reach(supplier: Supplier, t: Strings, names: Names): string | undefined {
  const ranges = supplier.activities.map((activity) => activity.range);
  if (ranges.some((range) => range.type === 'COUNTRY')) return t.reachCountry;
  const zones = [...new Set(ranges.flatMap((range) => (range.type === 'ZONES' ? range.zones.map(names.zone) : [])))];
  const km = Math.max(0, ...ranges.map((range) => (range.type === 'CUSTOM' ? range.km : 0)));
  const said = [zones.length ? t.reachZones(zones.slice(0, 5)) : '', km ? t.reachRadius(km) : ''].filter(Boolean);
  return said.length ? said.join(' · ') : undefined;
}
