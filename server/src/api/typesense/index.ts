/**
 * The Typesense-compatible gateway: what typesense-instantsearch-adapter and the
 * official `typesense` client send, served by whatever engine is injected.
 *   POST /typesense/multi_search
 *   GET  /typesense/collections/suppliers/documents/search
 * Errors are Typesense's `{ message }` with the status; inside multi_search, a
 * search that fails becomes `{ error, code }` among the 200's results, as Typesense does.
 * A request is charged by the work it asks (http/rate-limit/work.ts) and bounded whole; the
 * searches of every multi_search take turns, one per turn of the event loop, so that
 * other requests (health checks first) are answered while heavy ones run.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PlaceDirectory } from '../../domain/geography.js';
import type { AppEnv } from '../../http/env.js';
import { jsonWithETag } from '../../http/etag.js';
import { chargeWork } from '../../http/rate-limit/index.js';
import { requestTokens, type SearchWork } from '../../http/rate-limit/work.js';
import { takingTurns } from '../../http/turns.js';
import type { SearchEngine } from '../../query/types.js';
import { ApiException } from '../../errors.js';
import { compileSearch } from './compile.js';
import { readSearchParams, type TypesenseSearch } from './params.js';
import { searchResult, type TypesenseSearchResult } from './response.js';
import { COLLECTION } from '../../typesense/schema.js';

export interface TypesenseGatewayOptions {
  engine: SearchEngine;
  geography: PlaceDirectory;
}

/** Typesense's own default for multi_search. */
export const MAX_SEARCHES = 50;
const MAX_BODY_BYTES = 256 * 1024;

type SearchOutcome = TypesenseSearchResult | { error: string; code: number };

/** A search of a multi_search, read; or the error it answers in place of results. */
type ReadSearch = { search: TypesenseSearch } | { error: string; code: number };

/** The work a search asks for: its page of results and its facet values. */
function workOf(search: TypesenseSearch): SearchWork {
  return { results: search.perPage, facetValues: search.facetBy.length * search.maxFacetValues };
}

export function typesenseGateway({ engine, geography }: TypesenseGatewayOptions) {
  /** One search; `outOf` is shared by the searches of one request. */
  const run = async (search: TypesenseSearch, c: Context<AppEnv>, outOf: () => Promise<number>, started: number): Promise<TypesenseSearchResult> => {
    const query = compileSearch(search, { places: geography, scope: c.get('scope') });
    const result = await engine.search(query);
    return searchResult(search, query, result, { outOf: await outOf(), searchTimeMs: performance.now() - started });
  };
  const turn = takingTurns();
  const activeCount = () => {
    let count: Promise<number> | undefined;
    return () => (count ??= engine.stats().then((stats) => stats.active));
  };

  return new Hono<AppEnv>()
    .get(`/collections/${COLLECTION}/documents/search`, async (c) => {
      try {
        const started = performance.now();
        const search = readSearchParams(c.req.query());
        await chargeWork(c, requestTokens([workOf(search)]));
        return jsonWithETag(c, await run(search, c, activeCount(), started));
      } catch (error) {
        return typesenseError(c, error);
      }
    })
    .post('/multi_search', async (c) => {
      let read: ReadSearch[];
      try {
        const common = c.req.query();
        read = (await searchesOf(c)).map((search) => readSearch({ ...common, ...search }));
        const asked = read.flatMap((one) => ('search' in one ? [workOf(one.search)] : []));
        await chargeWork(c, requestTokens(asked));
      } catch (error) {
        return typesenseError(c, error);
      }
      const outOf = activeCount();
      // Each result is written out as JSON in its own turn: the whole answer at the end would
      // hold the loop as long as several searches.
      const results: string[] = [];
      for (const one of read) {
        if ('error' in one) {
          results.push(JSON.stringify(one satisfies SearchOutcome));
          continue;
        }
        try {
          results.push(await turn(async () => JSON.stringify(await run(one.search, c, outOf, performance.now()))));
        } catch (error) {
          if (!(error instanceof ApiException)) throw error;
          results.push(JSON.stringify({ error: error.message, code: error.status } satisfies SearchOutcome));
        }
      }
      return c.body(`{"results":[${results.join(',')}]}`, 200, { 'Content-Type': 'application/json' });
    });
}

/** One search of a multi_search read strictly; what is wrong with it becomes its own result. */
function readSearch(params: Record<string, unknown>): ReadSearch {
  try {
    if (params.collection !== COLLECTION) throw new ApiException(404, 'not_found', `Collection \`${String(params.collection)}\` not found.`);
    return { search: readSearchParams(params) };
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    return { error: error.message, code: error.status };
  }
}

/** The body's `searches`, sent as JSON whatever the content type (the adapter sends text/plain). */
async function searchesOf(c: Context<AppEnv>): Promise<Record<string, unknown>[]> {
  const declared = Number(c.req.header('content-length') ?? 0);
  const body = declared > MAX_BODY_BYTES ? '' : await c.req.text();
  if (declared > MAX_BODY_BYTES || body.length > MAX_BODY_BYTES) {
    throw new ApiException(413, 'payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ApiException(400, 'invalid_body', 'The body is not valid JSON.');
  }
  const { searches, union } = (parsed ?? {}) as { searches?: unknown; union?: unknown };
  if (union !== undefined && union !== false) throw new ApiException(400, 'invalid_body', 'Union searches are not supported by this gateway.');
  if (!Array.isArray(searches) || searches.some((search) => typeof search !== 'object' || search === null || Array.isArray(search))) {
    throw new ApiException(400, 'invalid_body', 'The body must be { "searches": [ { ...search parameters }, ... ] }.');
  }
  if (searches.length > MAX_SEARCHES) {
    throw new ApiException(400, 'limit_exceeded', `At most ${MAX_SEARCHES} searches per request.`);
  }
  return searches as Record<string, unknown>[];
}

/** The API's own exceptions in Typesense's error shape; anything else goes to the app's error handler. */
function typesenseError(c: Context<AppEnv>, error: unknown) {
  if (!(error instanceof ApiException)) throw error;
  if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(Math.ceil(error.retryAfterSeconds)));
  return c.json({ message: error.message, code: error.code, requestId: c.get('requestId') }, error.status as ContentfulStatusCode);
}
