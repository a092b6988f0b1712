/**
 * One import, start to end: read rows (streaming), normalise them, fold duplicates,
 * apply them to the stored suppliers and write the data directory atomically. Until
 * that last write nothing on disk changes, so a failure or a crash loses nothing.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Supplier } from '../../../sdk/src/types.js';
import { getGeography, type Geography } from '../domain/geography.js';
import { loadStoredSuppliers, readSyncState, saveSuppliers, writeSyncState } from '../data-dir/index.js';
import { CsvHeaderError } from './csv.js';
import { JsonStructureError } from './json-elements.js';
import { pullMarche, PullError, sourceKey } from './marche-pull.js';
import { applyImport, mergeDuplicate } from './merge.js';
import { normalizeSupplier } from './normalize/supplier.js';
import { shown } from './normalize/values.js';
import { draftOf } from './records.js';
import { readRows, UnreadableError } from './rows.js';
import type { ImportFormat, ImportProgress, ImportReport, ReportEntry, RowRef, SourceRow } from './types.js';

export type ImportSource =
  | { type: 'file'; path: string }
  | { type: 'body'; name: string; body: AsyncIterable<Uint8Array>; totalBytes?: number }
  | { type: 'url'; url: string; token?: string; fetch?: typeof fetch; full?: boolean };

export interface ImportOptions {
  source: ImportSource;
  dataDir: string;
  /** Detected from the first bytes when absent. */
  format?: ImportFormat;
  /** merge (default): add to and update the stored suppliers; replace: keep only the imported ones. */
  mode?: 'merge' | 'replace';
  geography?: Geography;
  now?: () => Date;
  onProgress?: (progress: ImportProgress) => void;
  /** A longer line or JSON element is rejected (default 1 MiB: a supplier is a few kB). */
  maxRowBytes?: number;
}

export interface ImportOutcome {
  report: ImportReport;
  /** Every stored supplier after the import; undefined when nothing was written. */
  suppliers?: Supplier[];
}

const PROGRESS_EVERY = 100;

function at(ref: RowRef): Pick<ReportEntry, 'line' | 'index'> {
  return 'line' in ref ? { line: ref.line } : { index: ref.index };
}

async function* counted(chunks: AsyncIterable<Uint8Array>, onBytes: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    yield chunk;
  }
}

async function* pulledRows(records: AsyncIterable<unknown>, latest: { updatedAt?: string }): AsyncGenerator<SourceRow> {
  let index = 0;
  for await (const record of records) {
    const ref = { index: index++ };
    const updatedAt = Date.parse(String((record as { updated_at?: unknown } | null)?.updated_at));
    if (Number.isFinite(updatedAt)) {
      const iso = new Date(updatedAt).toISOString();
      if (!latest.updatedAt || iso > latest.updatedAt) latest.updatedAt = iso;
    }
    const read = draftOf(record, true);
    yield read ? { ref, ...read } : { ref, problem: { field: '(élément / element)', reason: 'objet JSON attendu / JSON object expected' } };
  }
}

export async function importSuppliers(options: ImportOptions): Promise<ImportOutcome> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const geography = options.geography ?? getGeography();
  const { source, dataDir } = options;
  const report: ImportReport = {
    status: 'failed',
    source: source.type === 'file' ? source.path : source.type === 'url' ? sourceKey(source.url) : source.name,
    startedAt,
    finishedAt: startedAt,
    rows: 0,
    accepted: 0,
    rejected: 0,
    warnings: 0,
    duplicatesMerged: 0,
    warningsByClass: {},
    rejectedByClass: {},
    created: 0,
    updated: 0,
    unchanged: 0,
    stored: 0,
    active: 0,
    entries: [],
  };
  const finish = (status: ImportReport['status'], error?: string): ImportOutcome => {
    report.status = status;
    report.finishedAt = now().toISOString();
    if (error) report.error = error;
    return { report };
  };
  const progress = (update: ImportProgress): void => options.onProgress?.(update);
  let bytes = 0;
  let totalBytes: number | undefined;
  let mode = options.mode ?? 'merge';
  const latest: { updatedAt?: string } = {};
  let syncKey: string | undefined;

  const incoming = new Map<string, Supplier>();
  try {
    let rows: AsyncIterable<SourceRow>;
    if (source.type === 'url') {
      syncKey = sourceKey(source.url);
      const since = source.full ? undefined : (await readSyncState(dataDir))[syncKey]?.lastUpdatedAt;
      // An incremental sync brings changes only: it can never stand for the whole list.
      if (since) mode = 'merge';
      report.format = 'marche';
      rows = pulledRows(pullMarche({ url: source.url, token: source.token, since, fetch: source.fetch }), latest);
    } else {
      let body: AsyncIterable<Uint8Array>;
      if (source.type === 'file') {
        totalBytes = (await stat(source.path)).size;
        body = createReadStream(source.path, { highWaterMark: 256 * 1024 });
      } else {
        totalBytes = source.totalBytes;
        body = source.body;
      }
      const read = await readRows(
        counted(body, (n) => (bytes += n)),
        options.format,
        { maxRowBytes: options.maxRowBytes ?? 1024 * 1024 },
        (warning) => report.entries.push({ severity: 'warning', code: 'unknown_column', ...warning }),
      );
      report.format = read.format;
      rows = read.rows;
    }

    for await (const row of rows) {
      report.rows++;
      if (report.rows % PROGRESS_EVERY === 0) progress({ phase: 'read', rows: report.rows, bytes, totalBytes });
      if ('problem' in row) {
        report.rejected++;
        report.entries.push({ severity: 'rejected', code: 'unreadable_row', ...at(row.ref), ...row.problem });
        continue;
      }
      const result = normalizeSupplier(row.draft, geography, startedAt);
      const siret = typeof row.draft.siret === 'string' || typeof row.draft.siret === 'number' ? shown(String(row.draft.siret)) : undefined;
      for (const finding of [...result.findings, ...('rejection' in result ? [result.rejection] : [])]) {
        report.entries.push({
          severity: finding.severity,
          code: finding.code ?? `${finding.severity === 'warning' ? 'ignored' : 'rejected'}:${finding.field}`,
          ...at(row.ref),
          field: row.fieldNames?.[finding.field] ?? finding.field,
          reason: finding.reason,
          ...(finding.value !== undefined && { value: finding.value }),
          ...(siret && { siret }),
        });
      }
      if ('rejection' in result) {
        report.rejected++;
        continue;
      }
      report.accepted++;
      const { supplier } = result;
      const same = incoming.get(supplier.siret);
      if (same) report.duplicatesMerged++;
      incoming.set(supplier.siret, same ? mergeDuplicate(same, supplier) : supplier);
    }
  } catch (error) {
    if (isUnreadable(error)) return finish('failed', error.message);
    throw error;
  }
  report.warnings = report.entries.filter((entry) => entry.severity === 'warning').length;
  for (const entry of report.entries) {
    const counts = entry.severity === 'warning' ? report.warningsByClass : report.rejectedByClass;
    counts[entry.code] = (counts[entry.code] ?? 0) + 1;
  }
  progress({ phase: 'read', rows: report.rows, bytes, totalBytes });

  if (report.rows === 0 && !(source.type === 'url' && mode === 'merge')) return finish('failed', 'aucune ligne / no rows');
  if (report.accepted === 0 && report.rows > 0) return finish('failed', 'aucune ligne valide : rien n’a changé / no valid row: nothing changed');

  const stored = (await loadStoredSuppliers(dataDir)) ?? [];
  const applied = applyImport(stored, incoming.values(), mode);
  if (report.rows > 0) {
    await saveSuppliers(dataDir, applied.suppliers, (written, total) => progress({ phase: 'write', rows: written, totalRows: total }));
  }
  if (syncKey && latest.updatedAt) {
    const state = await readSyncState(dataDir);
    await writeSyncState(dataDir, { ...state, [syncKey]: { lastUpdatedAt: latest.updatedAt } });
  }
  Object.assign(report, {
    created: applied.created,
    updated: applied.updated,
    unchanged: applied.unchanged,
    stored: applied.suppliers.length,
    active: applied.suppliers.filter((supplier) => supplier.active !== false).length,
  });
  const outcome = finish(report.rejected > 0 ? 'partial' : 'ok');
  return { ...outcome, suppliers: applied.suppliers };
}

/** An input that cannot be read as suppliers at all: the import fails and nothing changes. */
function isUnreadable(error: unknown): error is Error {
  if (
    error instanceof UnreadableError ||
    error instanceof PullError ||
    error instanceof JsonStructureError ||
    error instanceof CsvHeaderError
  ) {
    return true;
  }
  // A file that cannot be opened or read (missing, a directory, no permission), a network failure.
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return error instanceof Error && ((typeof code === 'string' && /^E[A-Z]+$/.test(code)) || error.name === 'AbortError' || /fetch failed/.test(error.message));
}
