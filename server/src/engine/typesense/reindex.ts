/**
 * Writing documents: JSONL imports checked line by line, and reindexing without
 * downtime. A reindex fills a new collection `<alias>_<UTC timestamp>` while the
 * alias keeps serving the old one, then points the alias at it, and only then
 * drops the old collection. A failure before the switch drops the half-built
 * collection and leaves the alias as it was.
 */
import type { Client } from 'typesense';
import type { Supplier } from '../../../../sdk/src/types.js';
import { collectionSchema, type EngineDocument } from './document.js';

export interface ReindexReport {
  /** The collection the alias now points at. */
  collection: string;
  imported: number;
  /** The collection the alias pointed at before, now dropped. */
  dropped?: string;
}

export class ImportFailedError extends Error {
  constructor(
    readonly failures: { line: number; error: string }[],
    readonly collection: string,
  ) {
    const first = failures[0]!;
    super(`${failures.length} document(s) refused by Typesense in ${collection}; line ${first.line}: ${first.error}`);
    this.name = 'ImportFailedError';
  }
}

/** Upserts documents in JSONL batches; throws with every refused line. */
export async function importDocuments(client: Client, collection: string, documents: readonly EngineDocument[], batchSize: number): Promise<number> {
  const failures: { line: number; error: string }[] = [];
  for (let offset = 0; offset < documents.length; offset += batchSize) {
    const batch = documents.slice(offset, offset + batchSize);
    const jsonl = batch.map((document) => JSON.stringify(document)).join('\n');
    const answer = (await client.collections(collection).documents().import(jsonl, { action: 'upsert' })) as unknown as string;
    answer.split('\n').forEach((line, i) => {
      const result = JSON.parse(line) as { success: boolean; error?: string };
      if (!result.success) failures.push({ line: offset + i + 1, error: result.error ?? 'refused' });
    });
  }
  if (failures.length) throw new ImportFailedError(failures, collection);
  return documents.length;
}

/** `suppliers_20250102T030405123Z`: sortable, and unique per millisecond. */
export function versionedName(alias: string, now: Date): string {
  return `${alias}_${now.toISOString().replace(/[-:.]/g, '')}`;
}

async function aliasTarget(client: Client, alias: string): Promise<string | undefined> {
  try {
    return (await client.aliases(alias).retrieve()).collection_name;
  } catch (error) {
    if ((error as { httpStatus?: number }).httpStatus === 404) return undefined;
    throw error;
  }
}

export async function reindexCollection(
  client: Client,
  options: { alias: string; suppliers: readonly Supplier[]; toDocument: (supplier: Supplier) => EngineDocument; batchSize: number; now?: (() => Date) | undefined },
): Promise<ReindexReport> {
  const { alias, batchSize } = options;
  const name = versionedName(alias, (options.now ?? (() => new Date()))());
  await client.collections().create(collectionSchema(name) as Parameters<Client['collections']>[0] & object);
  let imported = 0;
  let previous: string | undefined;
  try {
    for (let offset = 0; offset < options.suppliers.length; offset += batchSize) {
      const documents = options.suppliers.slice(offset, offset + batchSize).map(options.toDocument);
      imported += await importDocuments(client, name, documents, batchSize);
    }
    previous = await aliasTarget(client, alias);
    await client.aliases().upsert(alias, { collection_name: name });
  } catch (error) {
    await client.collections(name).delete().catch(() => undefined);
    throw error;
  }
  const report: ReindexReport = { collection: name, imported };
  if (previous && previous !== name) {
    await client.collections(previous).delete();
    report.dropped = previous;
  }
  return report;
}
