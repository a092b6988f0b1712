/**
 * `achat-inclusif import <file|url>`: imports suppliers into the data directory.
 * Exit codes: 0 every row imported, 2 imported with rejected rows, 1 failure
 * (nothing changed).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importSuppliers, type ImportSource } from '../ingest/pipeline.js';
import { progressBar, type ProgressOutput } from '../ingest/progress.js';
import { summary, writeReport } from '../ingest/report.js';
import type { ImportFormat, ImportProgress } from '../ingest/types.js';
import { DEFAULT_DATA_DIR } from '../data-dir/index.js';

/** What the entry point hands the command: nothing below it reads the environment. */
export interface CliContext {
  stdout: ProgressOutput;
  stderr: ProgressOutput & { isTTY?: boolean };
  /** DATA_DIR, when set. */
  dataDir?: string;
  /** IMPORT_TOKEN, when set: the bearer token for URLs. */
  token?: string;
  /** True in CI: no progress bar even on a terminal. */
  ci: boolean;
}

export const IMPORT_USAGE = `Usage: achat-inclusif import <fichier|URL> [options]

  --format ndjson|json|marche|csv   format (détecté sinon / detected otherwise)
  --data-dir <dossier>              dossier de données / data directory (DATA_DIR, défaut/default ${DEFAULT_DATA_DIR})
  --report <fichier.json|.csv>      rapport / report (défaut/default <data-dir>/import-report.json)
  --replace                         remplace tous les fournisseurs stockés / replaces every stored supplier
  --token <jeton>                   jeton Bearer pour une URL / bearer token for a URL (IMPORT_TOKEN)
  --full                            URL : tout reprendre, pas seulement les changements / URL: pull everything
  --progress auto|bar|json|none     progression / progress (auto: barre sur un terminal, rien en CI)

Codes de sortie / exit codes: 0 succès / success, 2 succès avec lignes rejetées / success with rejected rows, 1 échec / failure.
`;

const FORMATS = new Set<string>(['ndjson', 'json', 'marche', 'csv']);

export async function runImport(args: string[], context: CliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'data-dir': { type: 'string' },
        report: { type: 'string' },
        replace: { type: 'boolean', default: false },
        token: { type: 'string' },
        full: { type: 'boolean', default: false },
        progress: { type: 'string', default: 'auto' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    context.stderr.write(`${(error as Error).message}\n\n${IMPORT_USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    context.stdout.write(IMPORT_USAGE);
    return 0;
  }
  const [input] = positionals;
  if (!input || positionals.length > 1 || (values.format && !FORMATS.has(values.format))) {
    context.stderr.write(IMPORT_USAGE);
    return 1;
  }
  const dataDir = values['data-dir'] ?? context.dataDir ?? DEFAULT_DATA_DIR;
  const reportPath = values.report ?? join(dataDir, 'import-report.json');
  const source: ImportSource = /^https?:\/\//i.test(input)
    ? { type: 'url', url: input, token: values.token ?? context.token, full: values.full }
    : { type: 'file', path: input };

  const mode = values.progress === 'auto' ? (context.stderr.isTTY && !context.ci ? 'bar' : 'none') : values.progress;
  const bar = mode === 'bar' ? progressBar(context.stderr) : undefined;
  const onProgress =
    mode === 'json'
      ? (progress: ImportProgress) => context.stderr.write(`${JSON.stringify(progress)}\n`)
      : bar?.update;

  const { report } = await importSuppliers({
    source,
    dataDir,
    format: values.format as ImportFormat | undefined,
    mode: values.replace ? 'replace' : 'merge',
    onProgress,
  });
  bar?.finish();
  let written: string | undefined = reportPath;
  try {
    await writeReport(reportPath, report);
  } catch (error) {
    written = undefined;
    context.stderr.write(`Rapport non écrit / report not written: ${(error as Error).message}\n`);
  }
  (report.status === 'failed' ? context.stderr : context.stdout).write(summary(report, written));
  return report.status === 'ok' ? 0 : report.status === 'partial' ? 2 : 1;
}
