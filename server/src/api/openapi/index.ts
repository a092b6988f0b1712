/** GET /openapi.json (the API described, generated from its schemas) and GET /docs (the same, as a page). */
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { cacheFor } from '../../http/headers.js';
import { openApiDocument } from './document.js';
import { renderDocsPage } from './docs-page.js';
import { DOCS_CSS } from './docs.styles.js';
import type { OpenApiDocument } from './types.js';

export interface OpenApiOptions {
  /** The document's `info.version`; the API's major version by default. */
  version?: string;
}

/** The page has one inline style sheet and nothing else: the CSP allows that sheet by its hash, and no script. */
async function docsCsp(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(DOCS_CSS));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

export function openapi({ version = '1' }: OpenApiOptions = {}) {
  // Built on first use: generating it takes ~20 ms, which every createApp in tests would pay.
  let document: OpenApiDocument | undefined;
  let csp: Promise<string> | undefined;
  const described = () => (document ??= openApiDocument({ version }));
  return new Hono<AppEnv>()
    .get('/openapi.json', cacheFor(300), (c) => c.json(described()))
    .get('/docs', async (c) => {
      // Example commands name the host the page was asked from, so they work where it is served.
      const page = renderDocsPage(described(), { baseUrl: new URL(c.req.url).origin });
      return c.html(page, 200, { 'Content-Security-Policy': await (csp ??= docsCsp()) });
    });
}
