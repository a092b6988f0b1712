/**
 * A key the API refuses (403: not for this page's origin; 401: unknown, revoked or expired)
 * is the site's configuration to fix, not the buyer's connection to check: the element says
 * so plainly, logs the API's own words to the console for the webmaster, and offers no retry
 * that could not help.
 */
import { isApiError } from '../../sdk/src/index.js';

const SAID = {
  fr: {
    origin: (origin: string) =>
      `La recherche est indisponible : la clé d’API de ce site n’est pas autorisée sur ce site (${origin}). Webmestre : ajoutez cette origine à la clé.`,
    key: 'La recherche est indisponible : la clé d’API de ce site est inconnue, révoquée ou expirée. Webmestre : vérifiez l’attribut api-key.',
  },
  en: {
    origin: (origin: string) => `Search is unavailable: this site's API key is not allowed on this site (${origin}). Webmaster: add this origin to the key.`,
    key: "Search is unavailable: this site's API key is unknown, revoked or expired. Webmaster: check the api-key attribute.",
  },
} as const;

/** What to tell the page when `error` is a refused key; undefined for any other failure. */
export function keyRefusal(error: unknown, lang: 'fr' | 'en'): string | undefined {
  if (!isApiError(error)) return undefined;
  if (error.status === 403) return SAID[lang].origin(location.origin);
  if (error.status === 401) return SAID[lang].key;
  return undefined;
}

/** The console line for the webmaster: the API's own message and the request id to quote. */
export function logKeyRefusal(error: unknown): void {
  if (!isApiError(error) || (error.status !== 401 && error.status !== 403)) return;
  console.error(`<inclusif-search>: ${keyRefusal(error, 'en')} API: ${error.status} ${error.code}, "${error.message}" (request ${error.requestId ?? '?'})`);
}
