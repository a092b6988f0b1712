import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ImportFormat, ImportReport } from '../../ingest/types.js';
import type { TypesenseSearchResult } from '../typesense/response.js';
import type { SupplierDocument } from '../../typesense/schema.js';
import type { importFormatSchema, importReportSchema } from './admin-schema.js';
import type { typesenseDocumentSchema, typesenseSearchResultSchema } from './typesense-schema.js';

describe('the document’s schemas of the gateway and the admin routes match what they answer', () => {
  it('describes the import report exactly', () => {
    expectTypeOf<z.infer<typeof importReportSchema>>().toEqualTypeOf<ImportReport>();
    expectTypeOf<z.infer<typeof importFormatSchema>>().toEqualTypeOf<ImportFormat>();
  });

  it('describes every field of the gateway’s document, with its taxonomy codes where the gateway says string', () => {
    expectTypeOf<keyof z.infer<typeof typesenseDocumentSchema>>().toEqualTypeOf<keyof SupplierDocument>();
    expectTypeOf<z.infer<typeof typesenseDocumentSchema>>().toExtend<SupplierDocument>();
  });

  it('describes a Typesense search result', () => {
    expectTypeOf<keyof z.infer<typeof typesenseSearchResultSchema>>().toEqualTypeOf<keyof TypesenseSearchResult>();
    expectTypeOf<z.infer<typeof typesenseSearchResultSchema>>().toExtend<TypesenseSearchResult>();
  });
});
