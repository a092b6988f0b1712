import type { Filter } from './types.js';

/** Digits grouped the way people copy them: "123 456 789 00012", "123.456.789". */
const GROUPED_DIGITS = /^[0-9][0-9 .\u00a0\u202f]*$/;

/**
 * A query that is a SIRET (14 digits) or a SIREN (9 digits) asks for that company,
 * not for text: it becomes an exact filter. Check digits are not verified, so that a
 * registry quirk never hides a supplier its own number should find.
 */
function identifierFilter(q: string): Filter | undefined {
  if (!GROUPED_DIGITS.test(q)) return undefined;
  const digits = q.replace(/[^0-9]/g, '');
  if (digits.length === 14) return { op: 'in', field: 'siret', values: [digits] };
  if (digits.length === 9) return { op: 'in', field: 'siren', values: [digits] };
  return undefined;
}

/** `q` as every reader takes it: a SIRET or SIREN is a filter, anything else text, blank neither. */
export function textOrIdentifier(q: string): { text?: string; identifier?: Filter } {
  const trimmed = q.trim();
  if (!trimmed) return {};
  const identifier = identifierFilter(trimmed);
  return identifier ? { identifier } : { text: trimmed };
}
