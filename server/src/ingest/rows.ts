/**
 * Bytes to rows: detects the format from the first bytes (or takes --format), then
 * streams NDJSON lines, JSON array elements or CSV records as drafts.
 */
import { csvRows, type CsvWarning } from './csv.js';
import { jsonElements } from './json-elements.js';
import { readLines } from './lines.js';
import { draftOf } from './records.js';
import type { ImportFormat, RowRef, SourceRow } from './types.js';

export class UnreadableError extends Error {
  override name = 'UnreadableError';
}

export interface RowLimits {
  /** A longer line or JSON element is rejected, not read. */
  maxRowBytes: number;
}

/** The first chunk, and an iterable that replays it before the rest. */
async function peek(chunks: AsyncIterable<Uint8Array>): Promise<{ first: Uint8Array | undefined; all: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = await iterator.next();
  while (!head.done && head.value.length === 0) head = await iterator.next();
  const first = head.done ? undefined : head.value;
  async function* all(): AsyncGenerator<Uint8Array> {
    if (first) yield first;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { first, all: all() };
}

export function detectFormat(first: Uint8Array): ImportFormat {
  const text = new TextDecoder().decode(first.subarray(0, 64 * 1024));
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (!start.startsWith('{')) return 'csv';
  // One object per line is NDJSON; an object over several lines is a JSON document (a DRF page).
  const newline = start.indexOf('\n');
  if (newline === -1) return 'ndjson';
  try {
    JSON.parse(start.slice(0, newline));
    return 'ndjson';
  } catch {
    return 'json';
  }
}

function rowOf(ref: RowRef, record: unknown, forceMarche: boolean): SourceRow {
  const read = draftOf(record, forceMarche);
  const field = 'line' in ref ? '(ligne / line)' : '(élément / element)';
  return read ? { ref, ...read } : { ref, problem: { field, reason: 'objet JSON attendu / JSON object expected' } };
}

async function* ndjsonRows(chunks: AsyncIterable<Uint8Array>, limits: RowLimits): AsyncGenerator<SourceRow> {
  for await (const line of readLines(chunks, limits.maxRowBytes)) {
    const ref = { line: line.line };
    if (line.tooLong) {
      yield { ref, problem: { field: '(ligne / line)', reason: `ligne de plus de ${limits.maxRowBytes} octets / line over ${limits.maxRowBytes} bytes` } };
      continue;
    }
    if (!line.text.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line.text);
    } catch {
      yield { ref, problem: { field: '(ligne / line)', reason: 'JSON invalide / invalid JSON' } };
      continue;
    }
    // A DRF page saved on one line.
    const results = (record as { results?: unknown } | null)?.results;
    if (Array.isArray(results)) for (const result of results) yield rowOf(ref, result, false);
    else yield rowOf(ref, record, false);
  }
}

async function* decodeUtf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

async function* jsonRows(chunks: AsyncIterable<Uint8Array>, limits: RowLimits, forceMarche: boolean): AsyncGenerator<SourceRow> {
  for await (const element of jsonElements(decodeUtf8(chunks), limits.maxRowBytes)) {
    const ref = { index: element.index };
    if ('problem' in element) {
      yield { ref, problem: { field: '(élément / element)', reason: element.problem } };
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(element.text);
    } catch {
      yield { ref, problem: { field: '(élément / element)', reason: 'JSON invalide / invalid JSON' } };
      continue;
    }
    yield rowOf(ref, record, forceMarche);
  }
}

export interface ReadRows {
  format: ImportFormat;
  rows: AsyncIterable<SourceRow>;
}

/** Throws UnreadableError for an empty input; the rows may throw for a broken structure. */
export async function readRows(
  chunks: AsyncIterable<Uint8Array>,
  format: ImportFormat | undefined,
  limits: RowLimits,
  onCsvWarning: (warning: CsvWarning) => void,
): Promise<ReadRows> {
  const { first, all } = await peek(chunks);
  if (!first) throw new UnreadableError('fichier vide / empty file');
  const chosen = format ?? detectFormat(first);
  const rows =
    chosen === 'csv'
      ? csvRows(readLines(all, limits.maxRowBytes), limits.maxRowBytes, onCsvWarning)
      : chosen === 'ndjson'
        ? ndjsonRows(all, limits)
        : jsonRows(all, limits, chosen === 'marche');
  return { format: chosen, rows };
}
