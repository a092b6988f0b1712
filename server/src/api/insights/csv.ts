/**
 * An insights report as CSV, in long form (one count per line: metric, day, value,
 * count), which a spreadsheet pivots as it likes: the daily counts, then the period's
 * top lists (day empty).
 */
import type { FacetValue, InsightsDay, InsightsReport } from '../../../../sdk/src/types.js';

const DAILY: (keyof Omit<InsightsDay, 'day'>)[] = [
  'searches',
  'zeroResults',
  'sheets',
  'contacts',
  'needsPosted',
  'needsConfirmed',
  'suppliersReached',
  'interested',
  'contracts',
  'contractAmountEur',
];

/** Quoted when needed; a cell a spreadsheet would read as a formula is prefixed with an apostrophe. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function insightsCsv(report: InsightsReport): string {
  const lines = [['metric', 'day', 'value', 'count']];
  for (const day of report.days) for (const metric of DAILY) lines.push([metric, day.day, '', String(day[metric])]);
  const tops: [string, FacetValue[]][] = [
    ['topQueries', report.topQueries],
    ['topZeroResultQueries', report.topZeroResultQueries],
    ['topSectors', report.topSectors],
    ['topPlaces', report.topPlaces],
    ['contactsByChannel', report.contactsByChannel],
  ];
  for (const [metric, values] of tops) for (const { value, count } of values) lines.push([metric, '', value, String(count)]);
  return lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
