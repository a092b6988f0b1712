/**
 * The secret that signs the links of mails. In production it comes from the
 * configuration (NEEDS_SECRET); in development it is generated once and kept in the
 * data dir, so links stay valid across restarts and no secret is ever committed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SECRET_FILE = 'needs-secret';

export async function devSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, SECRET_FILE);
  const kept = await readFile(file, 'utf8').catch(() => undefined);
  if (kept && kept.trim().length >= 32) return kept.trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // wx: two processes starting at once keep the first one's secret.
  await writeFile(file, secret + '\n', { flag: 'wx', mode: 0o600 }).catch(() => undefined);
  return (await readFile(file, 'utf8')).trim();
}
