/** GET /v1/suppliers (search) and GET /v1/suppliers/:id. */
import { Hono } from 'hono';
import type { Interpretation, SearchResponse, Supplier } from '../../../../sdk/src/types.js';
import type { EngineQuery, EngineResult, SearchEngine } from '../../query/types.js';
import { ApiException } from '../../errors.js';
import { applyInterpretation } from '../../planner/interpret.js';
import { plan } from '../../planner/plan.js';
import type { PlaceDirectory } from '../../domain/geography.js';
import type { AppEnv } from '../../http/env.js';
import { jsonWithETag } from '../../http/etag.js';
import { cacheFor, SHARED_CACHE_SECONDS } from '../../http/headers.js';
import { chargeWork } from '../../http/rate-limit/index.js';
import { requestTokens } from '../../http/rate-limit/work.js';
import { parseQuery } from '../query.js';
import { MAX_RESULT_DEPTH } from '../../query/limits.js';
import { noQuerySchema, searchQuerySchema } from '../schema.js';
import { allEstablishments, headOfficeFirst, isSirenSearch, MAX_ESTABLISHMENTS } from './establishments.js';
import { interpretationOf } from './interpretation.js';

export interface SuppliersOptions {
  engine: SearchEngine;
  geography: PlaceDirectory;
}

/** Longer than any id or SIRET, however spaced. */
const MAX_ID_LENGTH = 64;

export function suppliers({ engine, geography }: SuppliersOptions) {
  return new Hono<AppEnv>()
    .use(cacheFor(60, SHARED_CACHE_SECONDS))
    .get('/', async (c) => {
      const started = performance.now();
      const request = parseQuery(searchQuerySchema, c);
      const scope = c.get('scope');
      const interpretation = await interpretationOf(request, geography, engine, scope);
      let query = plan(interpretation ? applyInterpretation(request, interpretation) : request, { places: geography, scope });
      // Facets are not charged here: at most 8 lists, bounded by the taxonomy, counted in the same pass.
      await chargeWork(c, requestTokens([{ results: query.perPage, facetValues: 0 }]));
      const planned = performance.now();
      const siren = isSirenSearch(request) && query.page * query.perPage <= MAX_ESTABLISHMENTS;
      let result = siren ? await engine.search(allEstablishments(query)) : await engine.search(query);
      if (siren) result = { ...result, hits: headOfficeFirst(result.hits, query) };
      let answered: Interpretation | undefined = interpretation;
      if (interpretation && result.found === 0) {
        // Read as filters, the words found nothing: they may be a name after all.
        query = plan(request, { places: geography, scope });
        result = await engine.search(query);
        answered = undefined;
      }
      const searched = performance.now();
      c.header('Server-Timing', `plan;dur=${(planned - started).toFixed(2)}, engine;dur=${(searched - planned).toFixed(2)}`);
      return jsonWithETag(c, searchResponse(query, result, answered));
    })
    .get('/:id', async (c) => {
      parseQuery(noQuerySchema, c);
      const id = supplierKey(c.req.param('id'));
      const supplier: Supplier | undefined = id ? await engine.get(id, c.get('scope')) : undefined;
      if (!supplier) throw new ApiException(404, 'not_found', 'No such supplier.', { parameter: 'id' });
      return jsonWithETag(c, supplier);
    });
}

/** An id as given, or a SIRET as people copy it ("123 456 789 00012"); undefined when it cannot be either. */
function supplierKey(raw: string): string | undefined {
  if (raw.length > MAX_ID_LENGTH) return undefined;
  if (/^[0-9][0-9 .]*$/.test(raw)) return raw.replace(/[ .]/g, '');
  return raw;
}


export function searchResponse(query: EngineQuery, result: EngineResult, interpretation?: Interpretation): SearchResponse {
  // Count only the pages a client may ask for: deeper ones are refused (MAX_RESULT_DEPTH).
  const reachable = Math.floor(MAX_RESULT_DEPTH / query.perPage);
  const response: SearchResponse = {
    found: result.found,
    page: query.page,
    perPage: query.perPage,
    pages: Math.min(Math.ceil(result.found / query.perPage), reachable),
    hits: result.hits,
    facets: result.facets,
  };
  if (interpretation) response.interpretation = interpretation;
  return response;
}
