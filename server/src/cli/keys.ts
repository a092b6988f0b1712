/**
 * `npm run keys -- create|list|revoke|typesense ...`: manages the keys file named
 * by --file or KEYS_FILE (default ./keys.json). See keys/commands.ts for the commands.
 */
import { runKeysCommand } from '../keys/commands.js';

const argv = process.argv.slice(2);
const fileFlag = argv.indexOf('--file');
const file = fileFlag >= 0 ? argv[fileFlag + 1] : (process.env.KEYS_FILE ?? 'keys.json');
if (fileFlag >= 0) argv.splice(fileFlag, 2);

try {
  await runKeysCommand(argv, { file: file ?? 'keys.json', print: (line) => console.log(line), now: () => new Date() });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
