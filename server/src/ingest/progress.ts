/**
 * Progress of an import on a terminal: a bar with rows per second and the time left
 * (from the bytes read, or the rows written). Redrawn at most ten times a second.
 */
import type { ImportProgress } from './types.js';

export interface ProgressOutput {
  write(text: string): unknown;
  columns?: number;
}

const WIDTH = 24;
const REDRAW_MS = 100;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`;
}

export function progressBar(output: ProgressOutput, clock: () => number = () => performance.now()) {
  const started = clock();
  let phaseStarted = started;
  let phase: ImportProgress['phase'] | undefined;
  let lastDraw = -Infinity;
  let drawn = false;

  const update = (progress: ImportProgress): void => {
    const now = clock();
    if (progress.phase !== phase) {
      phase = progress.phase;
      phaseStarted = now;
    } else if (now - lastDraw < REDRAW_MS) return;
    lastDraw = now;
    const [done, total] = progress.phase === 'read' ? [progress.bytes ?? 0, progress.totalBytes] : [progress.rows, progress.totalRows];
    const fraction = total ? Math.min(1, done / total) : undefined;
    const seconds = (now - phaseStarted) / 1000;
    const rate = seconds > 0 ? progress.rows / seconds : 0;
    const left = fraction && fraction > 0 ? (seconds / fraction) * (1 - fraction) : Infinity;
    const bar = fraction === undefined ? '' : `[${'#'.repeat(Math.round(fraction * WIDTH)).padEnd(WIDTH, '-')}] ${Math.floor(fraction * 100)} % `;
    const label = progress.phase === 'read' ? 'Lecture / reading' : 'Écriture / writing';
    const line = `${label} ${bar}${progress.rows.toLocaleString('fr-FR')} lignes/rows · ${Math.round(rate).toLocaleString('fr-FR')}/s · reste/left ${duration(left)}`;
    output.write(`\r${line.slice(0, (output.columns ?? 100) - 1)}\u001b[K`);
    drawn = true;
  };

  /** Ends the bar's line, so the summary starts on its own. */
  const finish = (): void => {
    if (drawn) output.write('\n');
  };
  return { update, finish };
}
