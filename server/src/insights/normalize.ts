/**
 * What a search leaves in the insights: its text lowercased, without accents, and
 * without anything that may say who typed it or whom they look for (an e-mail, a phone
 * number, an IP address, a key, a URL, any number of 8 digits or more), so that "top
 * queries" never stores personal data even when a buyer types it in the search box.
 */
import type { SearchRequest } from '../../../sdk/src/types.js';

export const MAX_QUERY_TEXT = 80;
const MAX_DESCRIPTION = 300;
const REMOVED = '…';

const PERSONAL = [
  /\S+@\S+/g, // e-mails
  /\b[ps]k_[A-Za-z0-9_]+/g, // keys
  /\b(?:\d{1,3}\.){3}\d{1,3}\b/g, // IPv4
  /\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b/gi, // IPv6
  /\b(?:https?:\/\/|www\.)\S+/gi, // URLs
  /\+?\d(?:[ .-]?\d){7,}/g, // phones, SIREN, SIRET: 8 digits or more, however spaced
];

export function normalizeQueryText(text: string): string {
  let clean = text;
  for (const pattern of PERSONAL) clean = clean.replace(pattern, ` ${REMOVED} `);
  clean = clean
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’…-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > MAX_QUERY_TEXT ? clean.slice(0, MAX_QUERY_TEXT).trimEnd() : clean;
}

/** A zero-result search as the insights keep it: its text, then its filters ("plombier | sector=… | serves=commune:35238"). */
export function describeSearch(request: SearchRequest): string {
  const parts = [request.q ? normalizeQueryText(request.q) : '(sans texte)'];
  const lists: [string, readonly string[] | undefined][] = [
    ['kind', request.kinds],
    ['family', request.families],
    ['presta', request.prestaTypes],
    ['sector', request.sectors],
    ['sectorGroup', request.sectorGroups],
    ['network', request.networks],
    ['label', request.labels],
    ['serves', request.serves],
    ['location', request.location],
  ];
  for (const [name, values] of lists) if (values?.length) parts.push(`${name}=${[...values].sort().join(',')}`);
  if (request.near) parts.push(`near≤${request.near.radiusKm}km`);
  if (request.socialClause) parts.push('socialClause');
  const described = parts.join(' | ');
  return described.length > MAX_DESCRIPTION ? `${described.slice(0, MAX_DESCRIPTION - 1)}…` : described;
}
