/** The import report: a file (JSON, or CSV for spreadsheets) and a summary for the terminal. */
import { writeFile } from 'node:fs/promises';
import type { ImportReport, ReportEntry } from './types.js';

const CSV_COLUMNS: (keyof ReportEntry)[] = ['severity', 'line', 'index', 'field', 'reason', 'value', 'siret'];

function csvCell(value: unknown): string {
  const text = value === undefined ? '' : String(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `;`-separated with a BOM, the way Excel in France opens CSV without asking. */
export function reportCsv(report: ImportReport): string {
  const lines = [CSV_COLUMNS.join(';'), ...report.entries.map((entry) => CSV_COLUMNS.map((column) => csvCell(entry[column])).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function writeReport(path: string, report: ImportReport): Promise<void> {
  await writeFile(path, path.toLowerCase().endsWith('.csv') ? reportCsv(report) : `${JSON.stringify(report, null, 2)}\n`);
}

const number = (n: number) => n.toLocaleString('fr-FR');

/** A few lines, French then English. */
export function summary(report: ImportReport, reportPath?: string): string {
  const lines: string[] = [];
  if (report.status === 'failed') {
    lines.push(`Échec de l'import, rien n'a changé / Import failed, nothing changed: ${report.error ?? ''}`);
  } else {
    lines.push(
      `${number(report.accepted)} lignes importées sur ${number(report.rows)}, ${number(report.rejected)} rejetées, ${number(report.warnings)} avertissements ` +
        `(${number(report.created)} nouveaux, ${number(report.updated)} mis à jour, ${number(report.unchanged)} inchangés, ${number(report.duplicatesMerged)} doublons fusionnés).`,
      `${number(report.accepted)} of ${number(report.rows)} rows imported, ${number(report.rejected)} rejected, ${number(report.warnings)} warnings ` +
        `(${number(report.created)} new, ${number(report.updated)} updated, ${number(report.unchanged)} unchanged, ${number(report.duplicatesMerged)} duplicates merged).`,
      `Stockés / stored: ${number(report.stored)} (${number(report.active)} actifs / active).`,
    );
  }
  const classes = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
      .map(([code, n]) => `${code} ${number(n)}`)
      .join(', ');
  if (report.warnings > 0) lines.push(`Avertissements par classe / warnings by class: ${classes(report.warningsByClass)}`);
  if (report.rejected > 0) lines.push(`Rejets par classe / rejections by class: ${classes(report.rejectedByClass)}`);
  for (const entry of report.entries.filter((e) => e.severity === 'rejected').slice(0, 5)) {
    const where = entry.line !== undefined ? `ligne/line ${entry.line}` : `index ${entry.index}`;
    lines.push(`  ${where}, ${entry.field}: ${entry.reason}${entry.value ? ` (${entry.value})` : ''}`);
  }
  if (report.rejected > 5) lines.push(`  ... +${number(report.rejected - 5)}`);
  if (reportPath) lines.push(`Rapport / report: ${reportPath}`);
  return `${lines.join('\n')}\n`;
}
