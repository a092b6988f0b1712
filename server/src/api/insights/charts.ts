/**
 * The insights page's charts: inline SVG built on the server from a report, each
 * followed by its table (the same numbers, for screen readers and for copying). Text
 * in a chart (a query a visitor typed) goes through `html`, which escapes it.
 */
import type { FacetValue, InsightsDay, InsightsReport } from '../../../../sdk/src/types.js';
import { html, type SafeHtml } from '../../html/index.js';

export interface Week {
  /** The first day of the seven (the last week may be shorter). */
  start: string;
  searches: number;
  zeroResults: number;
}

/** Seven-day blocks from the period's first day. */
export function weeksOf(days: readonly InsightsDay[]): Week[] {
  const weeks: Week[] = [];
  days.forEach((day, n) => {
    if (n % 7 === 0) weeks.push({ start: day.day, searches: 0, zeroResults: 0 });
    const week = weeks.at(-1)!;
    week.searches += day.searches;
    week.zeroResults += day.zeroResults;
  });
  return weeks;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
const frenchNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '\u202f');
const frenchDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/** Searches per week (bars) and the share that found nothing (line, right axis 0-100 %). */
export function weeklyChart(report: InsightsReport): SafeHtml {
  const weeks = weeksOf(report.days);
  const width = 720;
  const height = 220;
  const left = 48;
  const bottom = 28;
  const plot = height - bottom - 12;
  const max = Math.max(1, ...weeks.map((week) => week.searches));
  const step = (width - left - 40) / Math.max(1, weeks.length);
  const y = (value: number) => 12 + plot - (value / max) * plot;
  const rateY = (rate: number) => 12 + plot - (rate / 100) * plot;
  const line = weeks.map((week, n) => `${(left + n * step + step / 2).toFixed(1)},${rateY(percent(week.zeroResults, week.searches)).toFixed(1)}`).join(' ');
  const summary = `Recherches par semaine, de ${frenchNumber(Math.min(...weeks.map((w) => w.searches)))} à ${frenchNumber(max)}, et part sans résultat.`;
  return html`<figure>
    <svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${summary}">
      <line class="axis" x1="${left}" y1="${12 + plot}" x2="${width - 40}" y2="${12 + plot}"></line>
      <text class="tick" x="${left - 6}" y="${y(max) + 4}" text-anchor="end">${frenchNumber(max)}</text>
      <text class="tick" x="${left - 6}" y="${12 + plot + 4}" text-anchor="end">0</text>
      <text class="tick rate" x="${width - 36}" y="${rateY(100) + 4}">100 %</text>
      ${weeks.map(
        (week, n) => html`<rect class="bar" x="${(left + n * step + step * 0.15).toFixed(1)}" y="${y(week.searches).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${(12 + plot - y(week.searches)).toFixed(1)}"></rect>
          <text class="tick" x="${(left + n * step + step / 2).toFixed(1)}" y="${height - 8}" text-anchor="middle">${frenchDate(week.start)}</text>`,
      )}
      <polyline class="rate-line" points="${line}"></polyline>
    </svg>
    <figcaption><span class="key key-bar"></span> Recherches <span class="key key-rate"></span> Part sans résultat (échelle de droite)</figcaption>
  </figure>
  <table>
    <caption>Recherches par semaine</caption>
    <thead><tr><th scope="col">Semaine du</th><th scope="col">Recherches</th><th scope="col">Sans résultat</th><th scope="col">Part sans résultat</th></tr></thead>
    <tbody>${weeks.map((week) => html`<tr><th scope="row">${week.start}</th><td>${frenchNumber(week.searches)}</td><td>${frenchNumber(week.zeroResults)}</td><td>${percent(week.zeroResults, week.searches)} %</td></tr>`)}</tbody>
  </table>`;
}

/** Horizontal bars, one per row: the funnel's steps, or the top zero-result searches. */
export function barsChart(title: string, rows: readonly FacetValue[], empty: string): SafeHtml {
  if (!rows.length) return html`<p class="empty">${empty}</p>`;
  const max = Math.max(1, ...rows.map((row) => row.count));
  const rowHeight = 34;
  const height = rows.length * rowHeight + 8;
  return html`<figure>
    <svg class="chart" viewBox="0 0 720 ${height}" role="img" aria-label="${title} : ${rows.map((row) => `${row.value} ${frenchNumber(row.count)}`).join(', ')}">
      ${rows.map((row, n) => {
        const width = Math.max(2, (row.count / max) * 440);
        const top = 4 + n * rowHeight;
        return html`<text class="label" x="262" y="${top + 20}" text-anchor="end">${row.value.length > 40 ? `${row.value.slice(0, 39)}…` : row.value}</text>
          <rect class="bar" x="270" y="${top + 6}" width="${width.toFixed(1)}" height="20"></rect>
          <text class="value" x="${(276 + width).toFixed(1)}" y="${top + 21}">${frenchNumber(row.count)}</text>`;
      })}
    </svg>
  </figure>
  <table>
    <caption>${title}</caption>
    <thead><tr><th scope="col">Étape ou recherche</th><th scope="col">Nombre</th></tr></thead>
    <tbody>${rows.map((row) => html`<tr><th scope="row">${row.value}</th><td>${frenchNumber(row.count)}</td></tr>`)}</tbody>
  </table>`;
}

/** From a search to a contract: what the site's visitors and buyers did, in order. */
export function funnelSteps(report: InsightsReport): FacetValue[] {
  const t = report.totals;
  return [
    { value: 'Recherches', count: t.searches },
    { value: 'Fiches ouvertes', count: t.sheets },
    { value: 'Contacts', count: t.contacts },
    { value: 'Besoins publiés', count: t.needsPosted },
    { value: 'Besoins confirmés', count: t.needsConfirmed },
    { value: 'Fournisseurs atteints', count: t.suppliersReached },
    { value: 'Réponses « intéressé »', count: t.interested },
    { value: 'Contrats déclarés', count: t.contracts },
  ];
}
