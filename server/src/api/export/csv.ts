/**
 * Suppliers as a CSV file a buyer opens in a spreadsheet: UTF-8 with a byte-order
 * mark (Excel reads accents right only with it), `;` between cells (French Excel's
 * list separator), CRLF line ends (RFC 4180), and no cell a spreadsheet would run as
 * a formula.
 */
import type { Supplier } from '../../../../sdk/src/types.js';
import { NETWORKS } from '../../domain/taxonomy-data.js';
import { isSector, sectorLabel } from '../../domain/taxonomy.js';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/** Column titles, French first (the file's readers), then each row's cells. */
const COLUMNS: readonly { title: string; cell: (supplier: Supplier) => string }[] = [
  { title: 'Raison sociale / Name', cell: (supplier) => supplier.name },
  { title: 'Enseigne / Trading name', cell: (supplier) => supplier.brand ?? '' },
  { title: 'SIRET', cell: (supplier) => supplier.siret },
  { title: 'Type / Kind', cell: (supplier) => supplier.kind },
  { title: 'Adresse / Address', cell: (supplier) => supplier.address.street ?? '' },
  { title: 'Code postal / Postcode', cell: (supplier) => supplier.address.postcode },
  { title: 'Ville / City', cell: (supplier) => supplier.address.city },
  { title: 'E-mail', cell: (supplier) => supplier.contact?.email ?? '' },
  { title: 'Téléphone / Phone', cell: (supplier) => supplier.contact?.phone ?? '' },
  { title: 'Site internet / Website', cell: (supplier) => supplier.website ?? '' },
  { title: 'Secteurs / Sectors', cell: (supplier) => sectorsOf(supplier).join(', ') },
  { title: 'Réseaux / Networks', cell: (supplier) => supplier.networks.map((slug) => NETWORKS[slug]?.name ?? slug).join(', ') },
];

function sectorsOf(supplier: Supplier): string[] {
  const slugs = [...new Set(supplier.activities.map((activity) => activity.sector))];
  return slugs.map((slug) => (isSector(slug) ? sectorLabel(slug) : slug));
}

/**
 * One cell, safe: a leading = + - @ (or tab, carriage return) would make a
 * spreadsheet evaluate supplier-written text as a formula (OWASP "CSV injection"), so
 * it gets a leading apostrophe; a cell holding the separator, a quote or a line break
 * is quoted, its quotes doubled.
 */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

function line(cells: readonly string[]): string {
  return cells.map(csvCell).join(SEPARATOR) + LINE_END;
}

/** The whole file: the byte-order mark, the titles, one line per supplier. */
export function suppliersCsv(suppliers: Iterable<Supplier>): string {
  let text = BOM + line(COLUMNS.map((column) => column.title));
  for (const supplier of suppliers) text += line(COLUMNS.map((column) => column.cell(supplier)));
  return text;
}
