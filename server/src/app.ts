/**
 * The HTTP API as a Hono app, its dependencies injected: nothing here reads the
 * environment or opens a port (server/src/main.ts does).
 */
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { AppEnv, PlaceDirectory } from './api/env.js';
import { health } from './api/health/index.js';
import { securityHeaders } from './api/headers.js';
import { places } from './api/places/index.js';
import { requestId } from './api/request-id.js';
import { suggest } from './api/suggest/index.js';
import { suppliers } from './api/suppliers/index.js';
import { taxonomy } from './api/taxonomy/index.js';
import type { SearchEngine } from './engine/types.js';
import { errorBody, errorHandler, notFound, type ErrorHandlerOptions } from './errors.js';

export interface AppOptions extends ErrorHandlerOptions {
  engine: SearchEngine;
  /** domain/geography.ts's Geography (getGeography()), or a fake in tests. */
  geography: PlaceDirectory;
  /** Request ids for requests that bring no usable `x-request-id`; random UUIDs by default. */
  generateRequestId?: () => string;
}

export function createApp(options: AppOptions) {
  const { engine, geography } = options;
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(options));
  app.notFound(notFound);
  app.use(
    requestId({ generate: options.generateRequestId }),
    securityHeaders(),
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json(errorBody(c, 'method_not_allowed', `${c.req.method} is not allowed here; use ${methods.join(', ')}.`), 405, {
          Allow: methods.join(', '),
        }),
    }),
    // Weak: the hash is of the JSON as sent, not a byte-for-byte promise across encodings.
    etag({ weak: true }),
  );
  return app
    .route('/v1/suppliers', suppliers({ engine, geography }))
    .route('/v1/suggest', suggest({ engine, geography }))
    .route('/v1/places', places({ geography }))
    .route('/v1/taxonomy', taxonomy())
    .route('/healthz', health({ engine }));
}

export type App = ReturnType<typeof createApp>;
