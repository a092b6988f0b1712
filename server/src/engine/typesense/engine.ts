/**
 * The Typesense engine: the SearchEngine interface on a Typesense server or HA
 * cluster, through the official client (node rotation, retries, nearest node) on a
 * fetch adapter. Reads and writes go to the alias `collection`; reindex() builds a
 * new versioned collection and switches the alias (reindex.ts).
 */
import { Client } from 'typesense';
import type { Supplier } from '../../../../sdk/src/types.js';
import { UnrepresentableFilterError } from '../../typesense/filter-by/index.js';
import type { EngineStats, Filter, SearchEngine, SupplierSuggestion } from '../../query/types.js';
import type { TypesenseConfig } from './config.js';
import { supplierOf, SUGGEST_BY, toEngineDocument, type EngineDocument } from './document.js';
import { fetchAdapter } from './fetch-adapter.js';
import { and, compileFilter, isIn, type Compiled } from './filter.js';
import { importDocuments, reindexCollection, type ReindexReport } from './reindex.js';
import { ACTIVE, searchTypesense, type SearchParams, type TypesenseAnswer } from './search.js';
import { customRadii } from './radii.js';
import { reaching } from './unavailable.js';

export interface TypesenseEngineOptions extends TypesenseConfig {
  /** The fetch to send requests with (edge runtimes, tests); the global one by default. */
  fetch?: typeof fetch;
  /** Documents per import request (JSONL). Default 200. */
  importBatchSize?: number;
  /** Seconds a client should wait before retrying when no node answers. Default 5. */
  retryAfterSeconds?: number;
  /**
   * How long the distinct CUSTOM radii read from Typesense are trusted before being
   * read again (radii.ts): radii another process writes are seen within this delay.
   * Default 60; 0 reads them before every search.
   */
  radiiRefreshSeconds?: number;
  /** Clock for versioned collection names. */
  now?: () => Date;
}

export interface TypesenseEngine extends SearchEngine {
  /** Whether a node answers /health with ok. */
  health(): Promise<boolean>;
  /** Replaces every document without downtime: new collection, then alias switch. */
  reindex(suppliers: readonly Supplier[]): Promise<ReindexReport>;
}

/** Searches per multi_search request. */
const SEARCHES_PER_REQUEST = 50;

/** More distinct radii than ingestion can produce in practice (whole km up to 1,000): the facet never truncates. */
const MAX_RADII = 100_000;

const radiiOf = (document: EngineDocument): number[] => document.custom_radii.map(Number);

export function createTypesenseEngine(options: TypesenseEngineOptions): TypesenseEngine {
  const collection = options.collection ?? 'suppliers';
  const retryAfter = options.retryAfterSeconds ?? 5;
  const client = new Client({
    nodes: options.nodes,
    ...(options.nearestNode && { nearestNode: options.nearestNode }),
    apiKey: options.apiKey,
    connectionTimeoutSeconds: options.connectionTimeoutSeconds ?? 5,
    ...(options.numRetries !== undefined && { numRetries: options.numRetries }),
    retryIntervalSeconds: options.retryIntervalSeconds ?? 0.1,
    ...(options.healthcheckIntervalSeconds !== undefined && { healthcheckIntervalSeconds: options.healthcheckIntervalSeconds }),
    axiosAdapter: fetchAdapter(options.fetch),
    logLevel: 'silent',
  });
  const batchSize = options.importBatchSize ?? 200;
  const call = <T>(request: () => Promise<T>) => reaching(request, retryAfter);

  const multiSearch = async (searches: SearchParams[]): Promise<TypesenseAnswer[]> => {
    const chunks: SearchParams[][] = [];
    for (let i = 0; i < searches.length; i += SEARCHES_PER_REQUEST) chunks.push(searches.slice(i, i + SEARCHES_PER_REQUEST));
    const answers = await Promise.all(
      chunks.map((chunk) =>
        call(() => client.multiSearch.perform({ searches: chunk.map((search) => ({ collection, ...search })) }) as Promise<{ results: unknown[] }>),
      ),
    );
    return answers.flatMap((answer) =>
      answer.results.map((result) => {
        const failed = result as { error?: string; code?: number };
        if (failed.error !== undefined) {
          throw Object.assign(new Error(`Typesense search failed: ${failed.error}`), { httpStatus: failed.code });
        }
        return result as TypesenseAnswer;
      }),
    );
  };

  const radii = customRadii(async () => {
    const facet = { q: '*', query_by: SUGGEST_BY, per_page: 0, facet_by: 'custom_radii', max_facet_values: MAX_RADII };
    const answer = await multiSearch([facet]).catch((error: { httpStatus?: number }) => {
      if (error.httpStatus === 404) return undefined;
      throw error;
    });
    return (answer?.[0]?.facet_counts?.[0]?.counts ?? []).map(({ value }) => Number(value));
  }, (options.radiiRefreshSeconds ?? 60) * 1000);

  /** One search of active suppliers within `scope` and `where`. */
  const searchOne = async (where: Compiled, scope: Filter | undefined, params: SearchParams): Promise<TypesenseAnswer> => {
    const filter = and([ACTIVE, where, scope ? compileFilter(scope, await radii.current()) : true]);
    if (filter === false) return { found: 0, hits: [] };
    const [answer] = await multiSearch([{ q: '*', query_by: SUGGEST_BY, ...(filter !== true && { filter_by: filter }), ...params }]);
    return answer!;
  };

  /** The live collection, created with its alias the first time something is written. */
  let ready: Promise<void> | undefined;
  const ensureCollection = () =>
    (ready ??= call(async () => {
      if (await client.aliases(collection).retrieve().then(() => true, (error: { httpStatus?: number }) => {
        if (error.httpStatus === 404) return false;
        throw error;
      })) return;
      await reindexCollection(client, { alias: collection, suppliers: [], toDocument: toEngineDocument, batchSize, now: options.now });
    }).catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));

  return {
    name: 'typesense',
    search: async (query) => searchTypesense(query, multiSearch, await radii.current()),
    async get(idOrSiret, scope) {
      let where: Compiled;
      try {
        where = isIn('id', [idOrSiret]);
        const siret = idOrSiret.replace(/\s+/g, '');
        if (/^\d{14}$/.test(siret)) where = `(${where} || ${isIn('siret', [siret]) as string})`;
      } catch (error) {
        if (error instanceof UnrepresentableFilterError) return undefined;
        throw error;
      }
      const answer = await searchOne(where, scope, { per_page: 1, include_fields: 'supplier_json' });
      const hit = answer.hits?.[0];
      return hit && supplierOf(hit.document);
    },
    async suggest(text, limit, scope): Promise<SupplierSuggestion[]> {
      if (limit <= 0 || !text.trim()) return [];
      const answer = await searchOne(true, scope, {
        q: text,
        query_by: SUGGEST_BY,
        prefix: true,
        sort_by: '_text_match:desc,sort_id:asc',
        per_page: Math.min(limit, 250),
        include_fields: 'id,name,brand,kind,city',
      });
      return (answer.hits ?? []).map(({ document }) => ({
        id: String(document.id),
        label: String(document.brand ?? document.name),
        kind: document.kind as SupplierSuggestion['kind'],
        city: String(document.city),
      }));
    },
    async upsert(suppliers) {
      await ensureCollection();
      const latest = [...new Map(suppliers.map((supplier) => [supplier.id, supplier])).values()];
      const documents = latest.map(toEngineDocument);
      // Before the import: a radius known too early only adds a term that matches nothing.
      radii.learn(documents.flatMap(radiiOf));
      await call(() => importDocuments(client, collection, documents, batchSize));
    },
    async remove(ids) {
      await ensureCollection();
      let removed = 0;
      // Small batches keep each filter_by short.
      for (let i = 0; i < ids.length; i += 40) {
        const filter = isIn('id', ids.slice(i, i + 40));
        if (filter === false) continue;
        const answer = await call(() => client.collections(collection).documents().delete({ filter_by: filter as string }));
        removed += (answer as { num_deleted: number }).num_deleted;
      }
      return removed;
    },
    async stats(): Promise<EngineStats> {
      const [schema, active] = await Promise.all([
        call(() => client.collections(collection).retrieve()),
        searchOne(true, undefined, { per_page: 0 }),
      ]);
      return { suppliers: schema.num_documents, active: active.found };
    },
    async health() {
      return client.health.retrieve().then((answer) => answer.ok === true, () => false);
    },
    async reindex(suppliers) {
      const written = new Set<number>();
      const toDocument = (supplier: Supplier) => {
        const document = toEngineDocument(supplier);
        for (const km of radiiOf(document)) written.add(km);
        return document;
      };
      const report = await call(() => reindexCollection(client, { alias: collection, suppliers, toDocument, batchSize, now: options.now }));
      radii.replace(written);
      ready = Promise.resolve();
      return report;
    },
  };
}
