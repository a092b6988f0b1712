/** The admin routes (api/admin/index.ts) in the document: ingestion over HTTP, for an admin key. */
import type { Route } from './route.js';
import { ref } from './schemas.js';
import type { Parameter, RequestBody, SecurityRequirement } from './types.js';

const ADMIN_SECURITY: SecurityRequirement[] = [{ adminKey: [] }];
const ADMIN_ERRORS = [400, 401, 403, 405, 409, 413, 429, 500];
const MOUNTED = 'Served when the server runs with ingestion on (createApp’s admin option). Changes are written to the data directory, then to the index, one at a time.';

const SUPPLIER_ID: Parameter = {
  name: 'id',
  in: 'path',
  description: 'The supplier’s id: lowercase letters, digits and hyphens.',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' },
  example: 'atelier-2n',
};

const IMPORT_PARAMETERS: Parameter[] = [
  {
    name: 'format',
    in: 'query',
    description: 'The body’s format. By default from the content type (application/x-ndjson, application/ndjson, application/jsonl: ndjson; text/csv: csv), else detected: [ JSON, { per line NDJSON, { over lines DRF pages, anything else CSV.',
    required: false,
    schema: ref('ImportFormat'),
    example: 'csv',
  },
  {
    name: 'mode',
    in: 'query',
    description: 'merge (default) adds and updates, keeping the other stored suppliers; replace makes the stored suppliers exactly the body’s.',
    required: false,
    schema: ref('ImportMode'),
    example: 'merge',
  },
];

/** The examples run in openapi/admin.test.ts against an app with ingestion on. */
export const SUPPLIER_EXAMPLE = {
  siret: '44012345300019',
  name: 'SARL ATELIER 2N',
  brand: 'Atelier 2N',
  kind: 'EA',
  address: { street: '12 rue Garibaldi', postcode: '69003', city: 'Lyon' },
  activities: [{ sector: 'nettoyage-de-locaux-16', prestaTypes: ['PREST'], range: { type: 'ZONES', zones: ['department:69'] } }],
  networks: ['union-nationale-des-entreprises-adaptees'],
};
const CSV_EXAMPLE = 'nom;siret;type;code postal;ville;secteurs\nESAT DU VAL;44012345300027;ESAT;35000;Rennes;nettoyage-de-locaux-16\n';

const IMPORT_BODY: RequestBody = {
  description: 'The suppliers to import: the contract’s Supplier (SupplierInput) or Le Marché de l’inclusion’s API records, in any of the formats. CSV headers may be French or English (nom, siret, type, code postal, ville, secteurs...), separated by , ; or tab, in UTF-8 or Windows-1252.',
  required: true,
  content: {
    'application/x-ndjson': { schema: { type: 'string', description: 'One JSON record (SupplierInput or a Marché record) per line.' } },
    'application/json': { schema: { type: 'array', items: ref('SupplierInput') } },
    'text/csv': {
      schema: { type: 'string', description: 'A header line, then one supplier per line; multi-valued cells separate values with | or ;.' },
      examples: { esat: { summary: 'One ESAT', value: CSV_EXAMPLE } },
    },
  },
};

const SUPPLIER_BODY: RequestBody = {
  description: 'One supplier as JSON: a SupplierInput, or a Marché record.',
  required: true,
  content: { 'application/json': { schema: ref('SupplierInput'), examples: { ea: { summary: 'An EA in Lyon', value: SUPPLIER_EXAMPLE } } } },
};

export function adminRoutes(): Route[] {
  return [
    {
      method: 'post',
      path: '/v1/admin/import',
      operationId: 'importSuppliers',
      tag: 'Administration',
      summary: 'Import suppliers',
      description: `Reads the body row by row, stores what it can and answers the report: rows rejected (no valid SIRET, name, kind or place) are listed, the others imported, most recent first for a SIRET seen twice. When nothing can be imported it answers 400 invalid_body with the report in error.details.report, and nothing changes. ${MOUNTED}`,
      parameters: IMPORT_PARAMETERS,
      requestBody: IMPORT_BODY,
      success: { description: 'Imported, maybe with rows rejected (status partial).', schema: 'ImportReport' },
      errors: ADMIN_ERRORS,
      security: ADMIN_SECURITY,
      examples: ['/v1/admin/import?format=csv'],
    },
    {
      method: 'put',
      path: '/v1/admin/suppliers/{id}',
      operationId: 'putSupplier',
      tag: 'Administration',
      summary: 'Create or replace one supplier',
      description: `Stores the supplier under this id and indexes it at once. A SIRET held by another id answers 400. ${MOUNTED}`,
      parameters: [SUPPLIER_ID],
      requestBody: SUPPLIER_BODY,
      success: { description: 'Replaced.', schema: 'UpsertResponse' },
      answers: { 201: { description: 'Created.', schema: 'UpsertResponse' } },
      errors: ADMIN_ERRORS,
      security: ADMIN_SECURITY,
      examples: ['/v1/admin/suppliers/atelier-2n'],
    },
    {
      method: 'delete',
      path: '/v1/admin/suppliers/{id}',
      operationId: 'deleteSupplier',
      tag: 'Administration',
      summary: 'Delist or remove one supplier',
      description: `By default delists: the supplier is kept in storage (a later import may list it again) and never found. With purge=true it is removed from storage and index. ${MOUNTED}`,
      parameters: [
        SUPPLIER_ID,
        { name: 'purge', in: 'query', description: 'true removes the supplier instead of delisting it.', required: false, schema: { type: 'string', enum: ['true', 'false'] }, example: 'true' },
      ],
      success: 'Removal',
      errors: [...ADMIN_ERRORS, 404],
      security: ADMIN_SECURITY,
      examples: ['/v1/admin/suppliers/atelier-2n'],
    },
    {
      method: 'post',
      path: '/v1/admin/reindex',
      operationId: 'reindex',
      tag: 'Administration',
      summary: 'Rebuild the index',
      description: `Builds a new index from the stored suppliers and swaps it in: how a running server takes an import made with the command line. 404 when nothing was ever imported. ${MOUNTED}`,
      success: 'ReindexResponse',
      errors: [...ADMIN_ERRORS, 404],
      security: ADMIN_SECURITY,
      examples: ['/v1/admin/reindex'],
    },
  ];
}
