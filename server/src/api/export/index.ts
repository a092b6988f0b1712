/**
 * GET /v1/suppliers.csv: every result of a search (the same parameters as
 * GET /v1/suppliers, within the key's scope) as a spreadsheet file, up to
 * MAX_EXPORT_ROWS. More matches than that is a 400 naming `limit`, never a file
 * silently cut short: the buyer narrows the search, or asks for the first `limit`
 * rows in the search's order. X-Total-Count says how many matched.
 * An export costs one rate-limit token per engine batch of rows it holds, and its
 * batches take turns with every other export's, one per turn of the event loop.
 */
import { Hono } from 'hono';
import type { Supplier } from '../../../../sdk/src/types.js';
import type { SearchEngine } from '../../query/types.js';
import { invalidParameter } from '../../errors.js';
import { applyInterpretation } from '../../planner/interpret.js';
import { plan } from '../../planner/plan.js';
import type { PlaceDirectory } from '../../domain/geography.js';
import type { AppEnv } from '../../http/env.js';
import { cacheFor, SHARED_CACHE_SECONDS } from '../../http/headers.js';
import { chargeWork } from '../../http/rate-limit/index.js';
import { takingTurns } from '../../http/turns.js';
import { issueToException } from '../query.js';
import { exportLimitSchema, MAX_EXPORT_ROWS, NOT_FOR_EXPORT, searchQuerySchema } from '../schema.js';
import { interpretationOf } from '../suppliers/interpretation.js';
import { suppliersCsv } from './csv.js';

export interface ExportOptions {
  engine: SearchEngine;
  geography: PlaceDirectory;
}

/** Rows fetched per engine search: Typesense's largest page. */
const BATCH = 250;

export function suppliersExport({ engine, geography }: ExportOptions) {
  const turn = takingTurns();
  return new Hono<AppEnv>().use(cacheFor(60, SHARED_CACHE_SECONDS)).get('/', async (c) => {
    const { limit: limitValue, ...searchValues } = c.req.queries();
    for (const name of NOT_FOR_EXPORT) {
      if (name in searchValues) {
        throw invalidParameter(name, `${name} does not apply to an export, which holds every result (at most ${MAX_EXPORT_ROWS}).`, 'unknown_parameter');
      }
    }
    const limits = exportLimitSchema.safeParse({ limit: limitValue }, { reportInput: true });
    if (!limits.success) throw issueToException(limits.error.issues);
    const search = searchQuerySchema.safeParse(searchValues, { reportInput: true });
    if (!search.success) throw issueToException(search.error.issues);

    const limit = limits.data.limit;
    const scope = c.get('scope');
    const literal = plan({ ...search.data, perPage: BATCH }, { places: geography, scope });
    const interpretation = await interpretationOf(search.data, geography, engine, scope);
    let base = interpretation ? plan({ ...applyInterpretation(search.data, interpretation), perPage: BATCH }, { places: geography, scope }) : literal;
    // As the search does: a reading that finds nothing gives way to the words as typed.
    if (interpretation && (await engine.search({ ...base, perPage: 1, facets: [] })).found === 0) base = literal;
    const suppliers = new Map<string, Supplier>();
    let found = 0;
    for (let page = 1; ; page++) {
      const result = await turn(() => engine.search({ ...base, page }));
      found = result.found;
      if (page === 1 && limit === undefined && found > MAX_EXPORT_ROWS) {
        throw invalidParameter(
          'limit',
          `${found} suppliers match; an export holds at most ${MAX_EXPORT_ROWS}: narrow the search, or pass limit=${MAX_EXPORT_ROWS} for the first ${MAX_EXPORT_ROWS} in the search's order.`,
          'limit_exceeded',
          { found, max: MAX_EXPORT_ROWS },
        );
      }
      if (page === 1) await chargeWork(c, Math.max(1, Math.ceil(Math.min(found, limit ?? MAX_EXPORT_ROWS) / BATCH)));
      // A write between two pages may shift a supplier onto the next one: keyed by id, it is listed once.
      for (const hit of result.hits) suppliers.set(hit.supplier.id, hit.supplier);
      const wanted = Math.min(found, limit ?? MAX_EXPORT_ROWS);
      if (result.hits.length < BATCH || suppliers.size >= wanted) break;
    }
    const rows = [...suppliers.values()].slice(0, limit ?? MAX_EXPORT_ROWS);
    return c.body(suppliersCsv(rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="fournisseurs-inclusifs.csv"',
      'X-Total-Count': String(found),
    });
  });
}
