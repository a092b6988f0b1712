/**
 * A Typesense protocol stand-in, NOT a real Typesense: the endpoints the Typesense
 * engine uses, over an in-memory state, so that the engine's tests talk HTTP to
 * something that answers as Typesense does. Filtering, sorting, faceting and
 * paging follow Typesense's rules on the stored documents; text matching and
 * highlights come from the embedded engine.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiException } from '../../src/errors.js';
import { deleteDocuments, newCollection, putDocuments, refusal, resolveCollection, type StandinState, type StoredCollection } from './collections.test-support.js';
import { compileFilterBy, type StoredDocument } from './evaluate.test-support.js';
import { searchCollection, type Params } from './search.test-support.js';

const failure = (c: Context, status: ContentfulStatusCode, message: string) => c.json({ message }, status);

function describe(collection: StoredCollection) {
  return { ...collection.schema, name: collection.name, created_at: collection.createdAt, num_documents: collection.documents.size };
}

export function standinApp(state: StandinState, apiKey: string) {
  const collectionOr404 = (c: Context) => resolveCollection(state, c.req.param('name')!);

  return new Hono()
    .use(async function typesenseKey(c, next) {
      const key = c.req.header('x-typesense-api-key') ?? c.req.query('x-typesense-api-key');
      if (key !== apiKey) return failure(c, 401, 'Forbidden - a valid `x-typesense-api-key` header must be sent.');
      await next();
    })
    .onError((error, c) => (error instanceof ApiException ? failure(c, 400, error.message) : failure(c, 500, String(error))))
    .get('/health', (c) => c.json({ ok: true }))
    .get('/collections', (c) => c.json([...state.collections.values()].map(describe)))
    .post('/collections', async (c) => {
      const schema = (await c.req.json()) as StoredCollection['schema'];
      if (state.collections.has(schema.name)) return failure(c, 409, `A collection with name \`${schema.name}\` already exists.`);
      const collection = newCollection(schema);
      state.collections.set(schema.name, collection);
      return c.json(describe(collection), 201);
    })
    .get('/collections/:name', (c) => {
      const collection = collectionOr404(c);
      return collection ? c.json(describe(collection)) : failure(c, 404, 'Not Found');
    })
    .delete('/collections/:name', (c) => {
      const collection = collectionOr404(c);
      if (!collection) return failure(c, 404, 'Not Found');
      state.collections.delete(collection.name);
      return c.json(describe(collection));
    })
    .post('/collections/:name/documents/import', async (c) => {
      const collection = collectionOr404(c);
      if (!collection) return failure(c, 404, 'Not Found');
      const lines = (await c.req.text()).split('\n').filter((line) => line.trim());
      const accepted: StoredDocument[] = [];
      const results = lines.map((line) => {
        let document: StoredDocument;
        try {
          document = JSON.parse(line) as StoredDocument;
        } catch {
          return { success: false, error: 'Bad JSON.', document: line };
        }
        const refused = refusal(collection, document);
        if (refused) return { success: false, error: refused, document: line };
        accepted.push(document);
        return { success: true };
      });
      await putDocuments(collection, accepted);
      return c.text(results.map((result) => JSON.stringify(result)).join('\n'));
    })
    .get('/collections/:name/documents/search', async (c) => {
      const collection = collectionOr404(c);
      return collection ? c.json(await searchCollection(collection, c.req.query())) : failure(c, 404, 'Not Found');
    })
    .delete('/collections/:name/documents', async (c) => {
      const collection = collectionOr404(c);
      if (!collection) return failure(c, 404, 'Not Found');
      const test = compileFilterBy(c.req.query('filter_by') ?? '');
      const ids = [...collection.documents.values()].filter(test).map((document) => document.id as string);
      return c.json({ num_deleted: await deleteDocuments(collection, ids) });
    })
    .get('/collections/:name/documents/:id', (c) => {
      const document = collectionOr404(c)?.documents.get(c.req.param('id'));
      return document ? c.json(document) : failure(c, 404, 'Could not find a document with that id.');
    })
    .post('/multi_search', async (c) => {
      const { searches } = JSON.parse(await c.req.text()) as { searches: Params[] };
      const common = c.req.query();
      const results = [];
      for (const search of searches) {
        const params = { ...common, ...search };
        const collection = resolveCollection(state, String(params.collection));
        if (!collection) {
          results.push({ error: `Collection \`${String(params.collection)}\` not found.`, code: 404 });
          continue;
        }
        try {
          results.push(await searchCollection(collection, params));
        } catch (error) {
          if (!(error instanceof ApiException)) throw error;
          results.push({ error: error.message, code: 400 });
        }
      }
      return c.json({ results });
    })
    .get('/aliases', (c) => c.json({ aliases: [...state.aliases].map(([name, collection_name]) => ({ name, collection_name })) }))
    .get('/aliases/:name', (c) => {
      const target = state.aliases.get(c.req.param('name'));
      return target ? c.json({ name: c.req.param('name'), collection_name: target }) : failure(c, 404, 'Not Found');
    })
    .put('/aliases/:name', async (c) => {
      const { collection_name } = (await c.req.json()) as { collection_name: string };
      if (!state.collections.has(collection_name)) return failure(c, 404, `Collection \`${collection_name}\` not found.`);
      state.aliases.set(c.req.param('name'), collection_name);
      return c.json({ name: c.req.param('name'), collection_name });
    });
}
