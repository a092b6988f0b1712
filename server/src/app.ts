/**
 * The HTTP API as a Hono app, its dependencies injected: nothing here reads the
 * environment or opens a port (server/src/main.ts does).
 */
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { PlaceDirectory } from './domain/geography.js';
import type { AppEnv } from './http/env.js';
import { suppliersExport } from './api/export/index.js';
import { health } from './api/health/index.js';
import { mountNeeds, type NeedsRoutesOptions } from './api/needs/routes.js';
import { securityHeaders } from './http/headers.js';
import { openapi } from './api/openapi/index.js';
import { places } from './api/places/index.js';
import { requestId } from './http/request-id.js';
import { suggest } from './api/suggest/index.js';
import { suppliers } from './api/suppliers/index.js';
import { taxonomy } from './api/taxonomy/index.js';
import type { SearchEngine } from './query/types.js';
import { errorBody, errorHandler, notFound, type ErrorHandlerOptions } from './errors.js';
import { accessLog, type RequestLogger } from './http/access-log.js';
import { bodySize, type BodySizeOptions } from './http/body-size.js';
import { corsHeaders } from './http/cors.js';
import { keyGuard } from './keys/guard.js';
import { openKeyStore, type KeyStore } from './keys/store.js';
import { rateLimit, type RateLimitOptions } from './http/rate-limit/index.js';
import { typesenseGateway } from './api/typesense/index.js';

export interface AppOptions extends ErrorHandlerOptions {
  engine: SearchEngine;
  /** domain/geography.ts's Geography (getGeography()), or a fake in tests. */
  geography: PlaceDirectory;
  /** Request ids for requests that bring no usable `x-request-id`; random UUIDs by default. */
  generateRequestId?: () => string;
  /** Site and admin keys; undefined runs open (no key needed, none known: a key presented is refused). */
  keys?: KeyStore;
  rateLimit?: RateLimitOptions;
  bodySize?: BodySizeOptions;
  /** One JSON line per request (e.g. `consoleLogger`); none by default, the entry point chooses. */
  logger?: RequestLogger;
  /** Milliseconds since the epoch, for key expiry and rate limits; Date.now by default. */
  now?: () => number;
  /**
   * The admin-key routes, mounted under /v1/admin (api/admin's `admin({ engine, dataDir, reindex })`:
   * import, upsert, delist, reindex). Passed in rather than imported, so that a runtime without a
   * disk (an edge worker) carries none of their Node code.
   */
  admin?: Hono<AppEnv>;
  /**
   * The needs flow (POST /v1/needs, the pages of its mail links, its admin routes):
   * its service, database and link tokens, built by needs/index.ts's createNeedsRuntime.
   * Absent, the API has no needs.
   */
  needs?: Omit<NeedsRoutesOptions, 'engine' | 'geography' | 'now'>;
}

/** Where keys, CORS, rate limits and body limits apply; health and docs stay open. */
const API_PATHS = ['/v1/*', '/typesense/*', '/admin/*'];

export function createApp(options: AppOptions) {
  const { engine, geography } = options;
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(options));
  app.notFound(notFound);
  app.use(requestId({ generate: options.generateRequestId }));
  if (options.logger) app.use(accessLog(options.logger));
  app.use(securityHeaders());
  const guards = [
    corsHeaders(),
    keyGuard({ keys: options.keys ?? openKeyStore(), now: options.now }),
    rateLimit({ now: options.now, ...options.rateLimit }),
    bodySize(options.bodySize),
  ];
  for (const path of API_PATHS) app.use(path, ...guards);
  app.use(
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
  if (options.admin) app.route('/v1/admin', options.admin);
  if (options.needs) mountNeeds(app, { ...options.needs, engine, geography, now: options.now });
  return app
    .route('/v1/suppliers', suppliers({ engine, geography }))
    .route('/v1/suppliers.csv', suppliersExport({ engine, geography }))
    .route('/v1/suggest', suggest({ engine, geography }))
    .route('/v1/places', places({ geography }))
    .route('/v1/taxonomy', taxonomy())
    .route('/typesense', typesenseGateway({ engine, geography }))
    .route('/healthz', health({ engine }))
    .route('/', openapi());
}

export type App = ReturnType<typeof createApp>;
