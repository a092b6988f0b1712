/**
 * The command line, `achat-inclusif <command>`: the entry point, the only place of
 * the CLI that reads the environment (DATA_DIR, IMPORT_TOKEN, CI, KEYS_FILE).
 */
import { IMPORT_USAGE, runImport } from './import.js';
import { KEYS_USAGE, runKeys } from './keys.js';

const USAGE = `Usage: achat-inclusif <commande/command>

  import <fichier|URL>   importe des fournisseurs / imports suppliers
${KEYS_USAGE}

${IMPORT_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'import') {
    return runImport(args, {
      stdout: process.stdout,
      stderr: process.stderr,
      dataDir: process.env.DATA_DIR,
      token: process.env.IMPORT_TOKEN,
      ci: Boolean(process.env.CI),
    });
  }
  if (command === 'keys') return runKeys(args, process.env.KEYS_FILE);
  (command === '--help' || command === '-h' ? process.stdout : process.stderr).write(USAGE);
  return command === '--help' || command === '-h' ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
