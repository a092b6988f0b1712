/**
 * The reference page: the OpenAPI document rendered as HTML on the server, with no
 * script and nothing loaded from elsewhere, so it works offline and under a strict CSP.
 */
import { DOCS_CSS } from './docs.styles.js';
import { html, SafeHtml } from '../../html/index.js';
import { allowedValues, componentName, constraints, propertyRows, typeLabel } from './schema-text.js';
import type {
  Example,
  JsonSchema,
  OpenApiDocument,
  Operation,
  Parameter,
  RequestBody,
  Response,
  ResponseOrRef,
  SecurityRequirement,
  SecurityScheme,
} from './types.js';

/** Above this many allowed values, the list is folded away (sectors are 154). */
const FOLD_VALUES = 12;

export interface DocsPageOptions {
  /** Where the API answers, for the example commands: `http://localhost:8787`. */
  baseUrl: string;
}

export function renderDocsPage(document: OpenApiDocument, { baseUrl }: DocsPageOptions): string {
  const { schemas } = document.components;
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${document.info.title}: reference</title>
<style>${new SafeHtml(DOCS_CSS)}</style>
</head>
<body>
<header>
<h1>${document.info.title}</h1>
<p class="muted">Version ${document.info.version} · OpenAPI ${document.openapi} · <a href="/openapi.json">openapi.json</a></p>
<p>${document.info.description}</p>
</header>
<nav aria-label="Routes"><ul>${operations.map(({ method, path, operation }) => html`<li><a href="#${operation.operationId}">${method} ${path}</a>: ${operation.summary}</li>`)}</ul></nav>
${authentication(document)}
<main>
${operations.map(({ method, path, operation }) => operationSection(method, path, operation, { baseUrl, document }))}
${errorsSection(document)}
${schemasSection(schemas)}
</main>
</body>
</html>
`.value;
}

function authentication(document: OpenApiDocument): SafeHtml {
  return html`<section id="authentication">
<h2>Authentication</h2>
<p>Each route says which keys it takes. Without a site key, the public routes answer unscoped.</p>
<table>
<thead><tr><th scope="col">Scheme</th><th scope="col">Sent as</th><th scope="col">Description</th></tr></thead>
<tbody>${Object.entries(document.components.securitySchemes).map(
    ([name, scheme]) => html`<tr id="security-${name}"><td><code>${name}</code></td><td>${sentAs(scheme)}</td><td>${scheme.description}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}

function sentAs(scheme: SecurityScheme): SafeHtml {
  if (scheme.type === 'http') return html`header <code>Authorization: Bearer ${scheme.bearerFormat ?? '...'}</code>`;
  return html`${scheme.in === 'header' ? 'header' : 'query parameter'} <code>${scheme.name}</code>`;
}

/**
 * Whether the route takes a key, and which: "No key", "Key, required: adminKey", or
 * for a site key "Key, required when the server runs with keys (KEYS_FILE), optional
 * on an open server", each scheme linked.
 */
const OPEN_SERVER_KEY = 'Key, required when the server runs with keys (KEYS_FILE), optional on an open server';

function keysLine(security: SecurityRequirement[]): SafeHtml {
  const names = [...new Set(security.flatMap((requirement) => Object.keys(requirement)))];
  if (!names.length) return html`<p>No key.</p>`;
  const optional = security.some((requirement) => Object.keys(requirement).length === 0);
  return html`<p>${optional ? OPEN_SERVER_KEY : 'Key, required'}: ${names.map(
    (name, index) => html`${index ? ', ' : ''}<a href="#security-${name}"><code>${name}</code></a>`,
  )}</p>`;
}

interface SectionContext {
  baseUrl: string;
  document: OpenApiDocument;
}

function operationSection(method: string, path: string, operation: Operation, { baseUrl, document }: SectionContext): SafeHtml {
  const { schemas } = document.components;
  const security = operation.security ?? document.security;
  return html`<section id="${operation.operationId}">
<h2><span class="method">${method}</span><code>${path}</code></h2>
<p><strong>${operation.summary}.</strong> ${operation.description}</p>
${keysLine(security)}
${operation.parameters.length ? parametersTable(operation.parameters, schemas) : html`<p class="muted">No parameters.</p>`}
${operation.requestBody ? requestBodyTable(operation.requestBody) : ''}
${(operation['x-examples'] ?? []).map((example) => html`<pre><code>${curl(method, baseUrl + example, operation, security, document)}</code></pre>`)}
${responsesTable(operation.responses)}
</section>`;
}

/** Single quotes for a shell, closing and reopening around a quote inside; the quotes as written, the text escaped. */
function shellQuote(text: string): SafeHtml {
  return html`'${text.replace(/'/g, `'\\''`)}'`;
}

/** A command that runs as shown: the admin key's header when one is required, the body's first example. */
function curl(method: string, url: string, operation: Operation, security: SecurityRequirement[], document: OpenApiDocument): SafeHtml {
  const parts: (string | SafeHtml)[] = ['curl', ...(method === 'GET' ? [] : ['-X', method]), shellQuote(url)];
  const required = security.some((requirement) => Object.keys(requirement).length === 0) ? [] : security.flatMap(Object.keys);
  for (const name of required) {
    const scheme = document.components.securitySchemes[name];
    if (scheme?.type === 'http') parts.push('-H', shellQuote(`Authorization: Bearer ${scheme.bearerFormat ?? '...'}`));
  }
  const [mediaType, content] = Object.entries(operation.requestBody?.content ?? {}).find(([, media]) => media.examples) ?? [];
  const example = content && Object.values(content.examples!)[0];
  if (mediaType && example) {
    const body = typeof example.value === 'string' ? example.value : JSON.stringify(example.value);
    parts.push('-H', shellQuote(`Content-Type: ${mediaType}`), '--data-binary', shellQuote(body));
  }
  return html`${parts.map((part, index) => html`${index ? ' ' : ''}${part}`)}`;
}

function requestBodyTable(body: RequestBody): SafeHtml {
  return html`<table>
<caption>Request body${body.required ? ', required' : ''}</caption>
<thead><tr><th scope="col">Media type</th><th scope="col">Body</th><th scope="col">Description</th></tr></thead>
<tbody>${Object.entries(body.content).map(
    ([mediaType, media], index) => html`<tr><td><code>${mediaType}</code></td><td>${schemaType(media.schema)}</td><td>${index === 0 ? body.description : ''}${
      typeof media.schema.description === 'string' ? html` <span class="muted">${media.schema.description}</span>` : ''
    }</td></tr>`,
  )}</tbody>
</table>`;
}

function parametersTable(parameters: Parameter[], schemas: Record<string, JsonSchema>): SafeHtml {
  return html`<table>
<caption>Parameters</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Allowed values</th><th scope="col">Description</th></tr></thead>
<tbody>${parameters.map(
    (parameter) => html`<tr>
<td><code>${parameter.name}</code><br><span class="muted">${parameter.in}${parameter.required ? ', required' : ''}</span></td>
<td>${schemaType(parameter.schema)}</td>
<td>${valuesCell(parameter.schema, schemas)}</td>
<td>${parameter.description}${parameter.example === undefined ? '' : html`<br><span class="muted">Example: <code>${exampleQuery(parameter)}</code></span>`}</td>
</tr>`,
  )}</tbody>
</table>`;
}

/** A parameter's example as it goes in a URL: `kind=EI&kind=ACI`, or `/v1/suppliers/{id}` filled in. */
function exampleQuery({ name, in: location, example }: Parameter): string {
  if (location === 'path') return String(example);
  return (Array.isArray(example) ? example : [example]).map((value) => `${name}=${value}`).join('&');
}

function schemaType(schema: JsonSchema): SafeHtml {
  const name = componentName(schema.type === 'array' ? ((schema.items ?? {}) as JsonSchema) : schema);
  const label = typeLabel(schema);
  return name ? html`<a href="#schema-${name}"><code>${label}</code></a>` : html`<code>${label}</code>`;
}

function valuesCell(schema: JsonSchema, schemas: Record<string, JsonSchema>): SafeHtml {
  const values = allowedValues(schema, schemas);
  const list = html`<ul class="values">${values.map((value) => html`<li><code>${value}</code></li>`)}</ul>`;
  const limits = constraints(schema, schemas).map((limit) => html`<div class="muted">${limit}</div>`);
  if (values.length > FOLD_VALUES) return html`<details><summary>${values.length} values</summary>${list}</details>${limits}`;
  return html`${values.length ? list : ''}${limits}`;
}

function responsesTable(responses: Record<string, ResponseOrRef>): SafeHtml {
  return html`<table>
<caption>Responses</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Body</th><th scope="col">Description</th></tr></thead>
<tbody>${Object.entries(responses).map(([status, response]) => {
    // The shared responses are the error ones (errors.ts), each listed in the Errors section.
    if ('$ref' in response) {
      const name = response.$ref.split('/').pop()!;
      return html`<tr><td>${status}</td><td><a href="#schema-ErrorBody"><code>ErrorBody</code></a></td><td><a href="#${name}">Error codes</a></td></tr>`;
    }
    const [mediaType, content] = Object.entries(response.content ?? {})[0] ?? [];
    return html`<tr><td>${status}</td><td>${content ? schemaType(content.schema) : ''} <span class="muted">${mediaType}</span></td><td>${response.description}</td></tr>`;
  })}</tbody>
</table>`;
}

function errorsSection(document: OpenApiDocument): SafeHtml {
  const statuses = Object.entries(document.components.responses).map(([name, response]: [string, Response]) => ({
    name,
    status: name.replace(/^Error/, ''),
    examples: Object.entries(response.content?.['application/json']?.examples ?? {}),
  }));
  return html`<section id="errors">
<h2>Errors</h2>
<p>Every error answers a <a href="#schema-ErrorBody"><code>ErrorBody</code></a>. Branch on <code>error.code</code>; the message is for developers and may change.</p>
<table>
<thead><tr><th scope="col">Status</th><th scope="col">Code</th><th scope="col">Meaning</th><th scope="col">Example body</th></tr></thead>
${statuses.map(
    ({ name, status, examples }) => html`<tbody id="${name}">${examples.map(
      ([code, example]: [string, Example]) =>
        html`<tr><td>${status}</td><td><code>${code}</code></td><td>${example.summary}</td><td><code>${JSON.stringify(example.value)}</code></td></tr>`,
    )}</tbody>`,
  )}
</table>
</section>`;
}

function schemasSection(schemas: Record<string, JsonSchema>): SafeHtml {
  return html`<section id="schemas">
<h2>Schemas</h2>
${Object.entries(schemas).map(([name, schema]) => {
    const rows = propertyRows(schema);
    const values = allowedValues(schema, schemas);
    return html`<section id="schema-${name}">
<h3><code>${name}</code></h3>
${typeof schema.description === 'string' ? html`<p>${schema.description}</p>` : ''}
${rows.length ? propertiesTable(rows) : ''}
${!rows.length && values.length ? valuesCell(schema, schemas) : ''}
${!rows.length && !values.length ? html`<p><code>${typeLabel(schema)}</code> ${constraints(schema, schemas).join(', ')}</p>` : ''}
</section>`;
  })}
</section>`;
}

function propertiesTable(rows: ReturnType<typeof propertyRows>): SafeHtml {
  return html`<table>
<thead><tr><th scope="col">Property</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr><td><code>${row.name}</code></td><td>${schemaType(row.schema)}</td><td>${row.required ? 'yes' : 'no'}</td><td>${
        typeof row.schema.description === 'string' ? row.schema.description : ''
      }</td></tr>`,
  )}</tbody>
</table>`;
}
