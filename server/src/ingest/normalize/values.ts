/** Reading loose values (strings from a CSV, anything from JSON) into checked ones. */
import { fold } from '../../domain/text-normalize.js';

/** A value that could not be read, with why; the caller decides between rejection and warning. */
export class ValueProblem extends Error {
  override name = 'ValueProblem';
}

const MAX_TEXT = 10_000;

export function textOf(value: unknown, maxLength = MAX_TEXT): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new ValueProblem('texte attendu / text expected');
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length > maxLength) throw new ValueProblem(`plus de ${maxLength} caractères / over ${maxLength} characters`);
  return text || undefined;
}

/** An array, or a string of values separated by `|` or `;`. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') {
    return value
      .split(/[|;]/)
      .map((part) => part.trim())
      .filter(Boolean);
  }
  throw new ValueProblem('liste attendue / list expected');
}

const TRUE = new Set(['true', '1', 'oui', 'yes', 'vrai', 'actif', 'active']);
const FALSE = new Set(['false', '0', 'non', 'no', 'faux', 'inactif', 'inactive']);

export function booleanOf(value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const key = fold(String(value)).trim();
  if (TRUE.has(key)) return true;
  if (FALSE.has(key)) return false;
  throw new ValueProblem('oui/non attendu / yes/no expected');
}

/** A number, also written the French way ("48,85"). */
export function numberOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : NaN;
  if (!Number.isFinite(number)) throw new ValueProblem('nombre attendu / number expected');
  return number;
}

export function countOf(value: unknown): number | undefined {
  const number = numberOf(value);
  if (number === undefined) return undefined;
  if (!Number.isInteger(number) || number < 0) throw new ValueProblem('entier positif attendu / non-negative integer expected');
  return number;
}

/** An ISO date-time, from ISO or from the French day/month/year of spreadsheets. */
export function dateOf(value: unknown): string | undefined {
  const text = textOf(value, 40);
  if (text === undefined) return undefined;
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const time = french ? Date.UTC(Number(french[3]), Number(french[2]) - 1, Number(french[1])) : Date.parse(text);
  if (!Number.isFinite(time)) throw new ValueProblem('date attendue (ISO 8601 ou JJ/MM/AAAA) / date expected');
  return new Date(time).toISOString();
}

/** The text shown in the report for an offending value. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
