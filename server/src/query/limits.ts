/** Limits of a query, whichever door it comes in by (/v1/suppliers or the Typesense gateway). */

/** No page may reach past this many results: deep pages cost a full sort and serve no one. */
export const MAX_RESULT_DEPTH = 10_000;
export const DEFAULT_PER_PAGE = 20;
export const MAX_SEARCH_TEXT = 200;
export const MAX_SUGGEST_TEXT = 100;
export const DEFAULT_RADIUS_KM = 20;
export const MAX_RADIUS_KM = 500;
