/** The shortlist as a CSV file for spreadsheets (loaded with the shortlist view, when the buyer opens it). */
import type { KeptSupplier } from './shortlist.js';

/** A spreadsheet must not run a cell as a formula: one starting with = + - @ is quoted with '. */
function cell(value: string | undefined): string {
  let text = (value ?? '').replace(/\r?\n/g, ' ');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The shortlist as CSV for French spreadsheets: UTF-8 with a byte-order mark (so that
 * accents open right), `;` between cells, CRLF between rows.
 */
export function shortlistCsv(
  suppliers: readonly KeptSupplier[],
  header: readonly string[],
  kindName: (code: string) => string,
  sectorName: (slug: string) => string,
): string {
  const rows = suppliers.map((s) => [
    s.brand ? `${s.brand} (${s.name})` : s.name,
    s.siret,
    kindName(s.kind),
    s.address.street,
    s.address.postcode,
    s.address.city,
    s.contact?.email,
    s.contact?.phone,
    s.website,
    [...new Set(s.activities.map((activity) => sectorName(activity.sector)))].join(', '),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
