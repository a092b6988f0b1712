import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { errorCodeSchema } from '../response-schema.js';
import { MAX_RESULT_DEPTH, MAX_SEARCH_TEXT } from '../../query/limits.js';
import { KIND_CODES, SECTORS, searchQuerySchema } from '../schema.js';
import { fakeEngine, fakeGeography } from '../../../test-support/fakes.test-support.js';
import { renderDocsPage } from './docs-page.js';
import { DOCS_CSS } from './docs.styles.js';
import { admin } from '../admin/index.js';
import { openApiDocument } from './document.js';
import { escapeHtml, html } from '../../html/index.js';
import type { JsonSchema, OpenApiDocument, Operation, Parameter } from './types.js';

// Ingestion on, so the admin routes are registered too; nothing here calls them (admin.test.ts does).
const engine = fakeEngine();
const app = createApp({
  engine,
  geography: fakeGeography(),
  admin: admin({ engine, dataDir: join(tmpdir(), 'achat-inclusif-openapi-unused'), reindex: async () => ({ suppliers: 0, active: 0 }) }),
  // Needs on, so their routes are registered; never called here (api/needs/*.test.ts run them on real databases).
  needs: { service: {} as never, db: {} as never, tokens: {} as never },
});
const document = openApiDocument({ version: '1' });

/** `GET /v1/suppliers/{id}` for each route Hono registered; middleware entries (ALL) left out. */
function appRoutes(): string[] {
  const routes = app.routes
    .filter((route) => route.method !== 'ALL')
    .map((route) => `${route.method} ${route.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

function get(path: string): Operation {
  return document.paths[path]!.get!;
}

function searchParameter(name: string): Parameter {
  return get('/v1/suppliers').parameters.find((parameter) => parameter.name === name)!;
}

function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) => (key === '$ref' && typeof child === 'string' ? [child] : refs(child)));
}

function at(doc: OpenApiDocument, pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe('the OpenAPI document', () => {
  it('has the shape of an OpenAPI 3.1 document', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: expect.any(String), version: '1' });
    expect(Object.keys(document.paths).length).toBeGreaterThan(0);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Supplier', 'SearchResponse', 'SuggestResponse', 'PlacesResponse', 'Taxonomy', 'Health', 'ErrorBody']),
    );
    for (const [path, item] of Object.entries(document.paths)) {
      expect(path).toMatch(/^\//);
      for (const operation of Object.values(item)) expect(operation.responses['200'] ?? operation.responses['201']).toBeDefined();
    }
  });

  it('lists exactly the routes the app serves', () => {
    expect(documentedRoutes(document)).toEqual(appRoutes());
    expect(appRoutes()).toEqual(
      expect.arrayContaining([
        'GET /v1/suppliers',
        'GET /v1/suppliers/{id}',
        'GET /openapi.json',
        'GET /docs',
        'POST /typesense/multi_search',
        'GET /typesense/collections/suppliers/documents/search',
        'POST /v1/admin/import',
        'PUT /v1/admin/suppliers/{id}',
        'DELETE /v1/admin/suppliers/{id}',
        'POST /v1/admin/reindex',
      ]),
    );
  });

  it('points every reference at something in the document', () => {
    const all = refs(document);
    expect(all.length).toBeGreaterThan(20);
    for (const ref of new Set(all)) expect(at(document, ref), ref).toBeDefined();
  });

  it('documents every search parameter, with its description', () => {
    const names = get('/v1/suppliers').parameters.map((parameter) => parameter.name);
    expect(names).toEqual(Object.keys(searchQuerySchema.in.shape));
    for (const name of names) expect(searchParameter(name).description.length).toBeGreaterThan(10);
  });

  it('takes values and limits from the schemas the server validates with', () => {
    const { schemas } = document.components;
    expect(searchParameter('kind').schema).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/Kind' } });
    expect(schemas.Kind!.enum).toEqual(KIND_CODES);
    expect(schemas.Sector!.enum).toEqual(SECTORS);
    expect(searchParameter('q').schema).toEqual({ type: 'string', maxLength: MAX_SEARCH_TEXT });
    expect(searchParameter('page').schema).toMatchObject({ minimum: 1, maximum: MAX_RESULT_DEPTH });
    expect(searchParameter('perPage').schema).toMatchObject({ minimum: 1, maximum: 100 });
    expect(searchParameter('socialClause').schema.enum).toEqual(expect.arrayContaining(['true', 'false']));
    expect(searchParameter('kind')).toMatchObject({ style: 'form', explode: true, example: ['EI', 'ACI'] });
  });

  it('marks required parameters', () => {
    const places = get('/v1/places').parameters;
    expect(places.map(({ name, required }) => [name, required])).toEqual([
      ['q', true],
      ['limit', false],
    ]);
    expect(searchParameter('q').required).toBe(false);
  });

  it('gives each error code a status and an example body', () => {
    const { responses, schemas } = document.components;
    expect(schemas.ErrorCode!.enum).toEqual(errorCodeSchema.options);
    const documented = Object.values(responses).flatMap((response) =>
      Object.values(response.content!['application/json']!.examples!).map((example) => (example.value as { error: { code: string } }).error.code),
    );
    expect(documented.sort()).toEqual([...errorCodeSchema.options].sort());
    expect(responses.Error404!.content!['application/json']!.schema).toEqual({ $ref: '#/components/schemas/ErrorBody' });
    expect(get('/v1/suppliers/{id}').responses['404']).toEqual({ $ref: '#/components/responses/Error404' });
  });

  it('declares the optional site key, as the x-api-key header or the key query parameter', () => {
    expect(document.components.securitySchemes.siteKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'x-api-key' });
    expect(document.components.securitySchemes.siteKeyQuery).toMatchObject({ type: 'apiKey', in: 'query', name: 'key' });
    expect(document.security).toEqual([{}, { siteKey: [] }, { siteKeyQuery: [] }]);
  });

  it('gives GET examples the API answers with 200', async () => {
    // The needs' GETs take a signed token or stored needs: api/needs/*.test.ts run them.
    const gets = Object.values(document.paths).flatMap((item) => (item.get && !item.get.tags?.includes('Needs') ? [item.get] : []));
    for (const operation of gets) expect(operation['x-examples']?.length, operation.operationId).toBeGreaterThan(0);
    for (const example of gets.flatMap((operation) => operation['x-examples']!)) expect((await app.request(example)).status, example).toBe(200);
  });

  it('gives parameter examples the search accepts together', async () => {
    const query = get('/v1/suppliers').parameters
      .flatMap(({ name, example }) => [example ?? []].flat().map((value) => `${name}=${encodeURIComponent(value)}`))
      .join('&');
    expect((await app.request(`/v1/suppliers?${query}`)).status).toBe(200);
  });
});

describe('GET /openapi.json', () => {
  it('serves the document as JSON', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

describe('GET /docs', () => {
  async function docs() {
    const res = await app.request('http://localhost:8787/docs');
    return { res, page: await res.text() };
  }

  it('is an HTML page listing every path and every search parameter', async () => {
    const { res, page } = await docs();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    for (const path of Object.keys(document.paths)) expect(page).toContain(`<code>${escapeHtml(path)}</code>`);
    for (const name of Object.keys(searchQuerySchema.in.shape)) expect(page).toContain(`<td><code>${name}</code>`);
    for (const code of errorCodeSchema.options) expect(page).toContain(`<code>${code}</code>`);
  });

  it('shows runnable example requests for the host it is served from', async () => {
    const { page } = await docs();
    expect(page).toContain("curl 'http://localhost:8787/v1/suppliers?q=nettoyage&amp;serves=commune:35238'");
  });

  it('shows request bodies, the keys each route takes, and commands that send them', async () => {
    const { page } = await docs();
    const section = (id: string) => page.slice(page.indexOf(`<section id="${id}">`), page.indexOf('</section>', page.indexOf(`<section id="${id}">`)));
    const multiSearch = section('typesenseMultiSearch');
    expect(multiSearch).toContain('<caption>Request body, required</caption>');
    expect(multiSearch).toContain('<td><code>text/plain</code></td><td><a href="#schema-MultiSearchRequest"><code>MultiSearchRequest</code></a></td>');
    expect(multiSearch).toContain("curl -X POST 'http://localhost:8787/typesense/multi_search' -H 'Content-Type: text/plain' --data-binary '{&quot;searches&quot;:");
    expect(section('putSupplier')).toContain('Key, required: <a href="#security-adminKey"><code>adminKey</code></a>');
    expect(section('putSupplier')).toContain("-H 'Authorization: Bearer sk_...'");
    expect(section('searchSuppliers')).toContain(
      'Key, required when the server runs with keys (KEYS_FILE), optional on an open server: <a href="#security-siteKey"><code>siteKey</code></a>, <a href="#security-siteKeyQuery">',
    );
    expect(section('exportSuppliers')).toContain('Key, required when the server runs with keys (KEYS_FILE)');
    for (const open of ['health', 'getOpenApiDocument', 'getDocs']) expect(section(open)).toContain('<p>No key.</p>');
    expect(section('authentication')).toContain('<td>query parameter <code>key</code></td>');
    expect(page).toContain('<section id="schema-SupplierInput">');
  });

  it('loads and runs nothing: no script, no outside resource, and a CSP that allows only its own style sheet', async () => {
    const { res, page } = await docs();
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\son[a-z]+=/i);
    const links = [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link).toMatch(/^[#/]/);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(DOCS_CSS));
    const hash = Buffer.from(digest).toString('base64');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).not.toContain('script-src');
    expect(page).toContain(`<style>${DOCS_CSS}</style>`);
  });

  it('escapes every text taken from the document', () => {
    const hostile = structuredClone(document);
    hostile.info.description = '<img src=x onerror="alert(1)"> & co';
    hostile.paths['/v1/suppliers']!.get!.parameters[0]!.description = '</td><script>alert(2)</script>';
    const page = renderDocsPage(hostile, { baseUrl: 'http://example.test/"><b>' });
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('"><b>');
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
    expect(page).toContain('&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });
});

describe('html', () => {
  it('escapes interpolated text and lists, and keeps nested html as is', () => {
    const items: JsonSchema[] = [{ name: 'a<b' }, { name: '"c"' }];
    expect(html`<ul>${items.map((item) => html`<li title="${String(item.name)}">${String(item.name)}</li>`)}</ul>`.value).toBe(
      '<ul><li title="a&lt;b">a&lt;b</li><li title="&quot;c&quot;">&quot;c&quot;</li></ul>',
    );
    expect(html`${undefined}${null}${false}${0}`.value).toBe('0');
  });
});
