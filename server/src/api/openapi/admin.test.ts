/** The admin routes as documented: their key, their errors, and their examples run as /docs shows them. */
import { beforeEach, describe, expect, it } from 'vitest';
import { admin } from '../admin/index.js';
import { createApp } from '../../app.js';
import { getGeography } from '../../domain/geography.js';
import { createDefaultEngine } from '../../engine/embedded/default.js';
import { temporaryDirectory } from '../../ingest/ingest.test-support.js';
import { createSwappableEngine, embeddedReindex } from '../../ingest/reindex.js';
import { adminKey, siteKey, storeOf } from '../../keys/keys.test-support.js';
import { openApiDocument } from './document.js';
import type { HttpMethod, Operation } from './types.js';

const ADMIN = 'sk_admin_openapi_test_key';
const SITE = 'pk_live_site_openapi_test';
const document = openApiDocument({ version: '1' });
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  const engine = createSwappableEngine(createDefaultEngine());
  app = createApp({
    engine,
    geography: getGeography(),
    keys: storeOf([await siteKey(SITE)], [await adminKey(ADMIN)]),
    admin: admin({ engine, dataDir: await temporaryDirectory(), reindex: embeddedReindex(engine) }),
  });
});

const ADMIN_OPERATIONS: [HttpMethod, string][] = [
  ['post', '/v1/admin/import'],
  ['put', '/v1/admin/suppliers/{id}'],
  ['delete', '/v1/admin/suppliers/{id}'],
  ['post', '/v1/admin/reindex'],
];
const operationAt = ([method, path]: [HttpMethod, string]): Operation => document.paths[path]![method]!;

/** The request the page's curl command sends: the example path, the admin key, the body's first example. */
function exampleRequest(method: HttpMethod, operation: Operation, headers: Record<string, string> = { Authorization: `Bearer ${ADMIN}` }) {
  const [mediaType, media] = Object.entries(operation.requestBody?.content ?? {}).find(([, content]) => content.examples) ?? [];
  const value = media && Object.values(media.examples!)[0]!.value;
  const body = value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
  return app.request(operation['x-examples']![0]!, {
    method: method.toUpperCase(),
    headers: { ...headers, ...(mediaType ? { 'Content-Type': mediaType } : {}) },
    body,
  });
}

describe('the admin routes in the document', () => {
  it('require the admin key as a Bearer token, and list 401, 403 and 413', () => {
    expect(document.components.securitySchemes.adminKey).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'sk_...' });
    for (const key of ADMIN_OPERATIONS) {
      const operation = operationAt(key);
      expect(operation.tags).toEqual(['Administration']);
      expect(operation.security).toEqual([{ adminKey: [] }]);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '413']));
    }
    expect(Object.keys(operationAt(ADMIN_OPERATIONS[0]!).requestBody!.content)).toEqual(['application/x-ndjson', 'application/json', 'text/csv']);
    expect(operationAt(ADMIN_OPERATIONS[1]!).requestBody!.content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/SupplierInput' });
  });

  it('answer 401 without a key, 403 with a site key or from a browser, as documented', async () => {
    const reindex = operationAt(ADMIN_OPERATIONS[3]!);
    expect((await exampleRequest('post', reindex, {})).status).toBe(401);
    expect((await exampleRequest('post', reindex, { 'x-api-key': SITE })).status).toBe(403);
    expect((await exampleRequest('post', reindex, { Authorization: `Bearer ${ADMIN}`, Origin: 'https://example.test' })).status).toBe(403);
  });

  it('run their examples, in order: import, create, delist, reindex', async () => {
    const answers = [];
    for (const [method, path] of ADMIN_OPERATIONS) {
      const res = await exampleRequest(method, operationAt([method, path]));
      answers.push({ status: res.status, body: await res.json() });
    }
    expect(answers.map(({ status }) => status)).toEqual([200, 201, 200, 200]);
    expect(answers[0]!.body).toMatchObject({ status: 'ok', format: 'csv', accepted: 1, warnings: 0 });
    expect(answers[1]!.body).toMatchObject({ supplier: { id: 'atelier-2n', address: { communeCode: '69123' } }, warnings: [] });
    expect(answers[2]!.body).toEqual({ id: 'atelier-2n', delisted: true });
    expect(answers[3]!.body).toEqual({ reindexed: true, suppliers: 2, active: 1 });
  });

  it('take the import formats and modes the document lists, and refuse others', async () => {
    const { schemas } = document.components;
    const importWith = (query: string) =>
      app.request(`/v1/admin/import?${query}`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN}` }, body: '' });
    const refusedParameter = async (query: string) => ((await (await importWith(query)).json()) as { error: { details?: { parameter?: string } } }).error.details?.parameter;
    for (const format of schemas.ImportFormat!.enum as string[]) expect(await refusedParameter(`format=${format}`)).not.toBe('format');
    for (const mode of schemas.ImportMode!.enum as string[]) expect(await refusedParameter(`mode=${mode}`)).not.toBe('mode');
    expect(await refusedParameter('format=xml')).toBe('format');
    expect(await refusedParameter('mode=wipe')).toBe('mode');
  });
});
