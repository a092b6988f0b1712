/**
 * CSV as federations keep it: `,`, `;` or tab separated (guessed from the header),
 * quoted fields that may hold separators, quotes ("") and line breaks.
 */
import { fieldOfColumn, LIST_FIELDS } from './csv-columns.js';
import type { Line } from './lines.js';
import type { DraftField, FieldNames, SourceRow, SupplierDraft } from './types.js';

export class CsvHeaderError extends Error {
  override name = 'CsvHeaderError';
}

const SEPARATORS = [';', ',', '\t'] as const;

/** The separator that splits the header into the most fields. */
export function guessSeparator(header: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = splitRecord(header, separator).fields.length;
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

/** Splits one record; `open` when a quoted field runs on past the end of the text. */
export function splitRecord(text: string, separator: string): { fields: string[]; open: boolean } {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === separator) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return { fields, open: quoted };
}

function listOf(value: string): string[] {
  return value
    .split(/[|;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export interface CsvWarning {
  line: number;
  field: string;
  reason: string;
}

/**
 * Rows of drafts from the lines of a CSV file. Unknown columns are ignored, and
 * announced once through `onWarning`; a header without a siret or name column is
 * not a supplier list, and throws.
 */
export async function* csvRows(
  lines: AsyncIterable<Line>,
  maxRecordChars: number,
  onWarning: (warning: CsvWarning) => void,
): AsyncGenerator<SourceRow> {
  let columns: (DraftField | undefined)[] | undefined;
  let fieldNames: FieldNames = {};
  let separator = ',';
  let pending: { text: string; line: number } | undefined;

  for await (const line of lines) {
    if (line.tooLong) {
      pending = undefined;
      if (!columns) throw new CsvHeaderError('en-tête illisible / unreadable header');
      yield { ref: { line: line.line }, problem: { field: '(ligne / line)', reason: 'ligne trop longue / line too long' } };
      continue;
    }
    const text = pending ? `${pending.text}\n${line.text}` : line.text;
    const first = pending?.line ?? line.line;
    if (!pending && text.trim() === '') continue;
    if (!columns) separator = guessSeparator(text);
    const { fields, open } = splitRecord(text, separator);
    if (open) {
      if (text.length > maxRecordChars) {
        pending = undefined;
        yield { ref: { line: first }, problem: { field: '(ligne / line)', reason: 'guillemet non fermé / unclosed quote' } };
      } else pending = { text, line: first };
      continue;
    }
    pending = undefined;
    if (!columns) {
      columns = fields.map((header) => fieldOfColumn(header));
      fieldNames = {};
      fields.forEach((header, i) => {
        const field = columns![i];
        if (field) fieldNames[field] ??= header.trim();
        else if (header.trim()) {
          onWarning({ line: first, field: header.trim(), reason: 'colonne inconnue, ignorée / unknown column, ignored' });
        }
      });
      if (!columns.includes('siret') || !columns.includes('name')) {
        throw new CsvHeaderError('colonnes « siret » et « nom » requises / "siret" and "name" columns required');
      }
      continue;
    }
    const draft: SupplierDraft = {};
    columns.forEach((field, i) => {
      const value = fields[i]?.trim();
      if (!field || !value) return;
      draft[field] = LIST_FIELDS.has(field) ? listOf(value) : value;
    });
    yield { ref: { line: first }, draft, fieldNames };
  }
  if (pending) yield { ref: { line: pending.line }, problem: { field: '(ligne / line)', reason: 'guillemet non fermé / unclosed quote' } };
  if (!columns) throw new CsvHeaderError('fichier vide / empty file');
}
