/**
 * `achat-inclusif keys create|list|revoke|typesense ...` (also `npm run keys -- ...`):
 * manages the keys file named by --file or KEYS_FILE (default ./keys.json). See
 * keys/commands.ts for the commands.
 */
import { runKeysCommand } from '../keys/commands.js';

export const KEYS_USAGE = `  keys create|list|revoke|typesense [--file keys.json]   gère les clés / manages keys`;

export async function runKeys(args: string[], defaultFile: string | undefined): Promise<number> {
  const argv = [...args];
  const fileFlag = argv.indexOf('--file');
  const file = fileFlag >= 0 ? argv[fileFlag + 1] : defaultFile;
  if (fileFlag >= 0) argv.splice(fileFlag, 2);
  try {
    await runKeysCommand(argv, { file: file ?? 'keys.json', print: (line) => console.log(line), now: () => new Date() });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
