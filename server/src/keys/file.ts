/**
 * The keys file (JSON): read and validated on start, written atomically by the CLI
 * (temporary file, then rename), so a server never reads half a file.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { kindSchema, networkSchema } from '../api/schema.js';
import type { KeysFile } from './types.js';

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::[0-9]{1,5})?$/;

const codes = (pattern: RegExp, what: string) =>
  z.array(z.string().regex(pattern, { error: `Not a ${what} code.` })).min(1);

export const keyScopeSchema = z.strictObject({
  networks: z.array(networkSchema).min(1).optional(),
  regions: codes(/^(?:[0-9]{2}|9[78][0-9])$/, 'region').optional(),
  departments: codes(/^(?:[0-9]{2}|2[AB]|9[78][0-9])$/, 'department').optional(),
  kinds: z.array(kindSchema).min(1).optional(),
  socialClause: z.boolean().optional(),
});

export const rateRuleSchema = z.strictObject({
  perMinute: z.number().int().min(1).max(1_000_000),
  burst: z.number().int().min(1).max(1_000_000),
});

const storedKey = {
  name: z.string().min(1).max(200),
  prefix: z.string().min(1).max(40),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  revoked: z.boolean().optional(),
};

const siteKeySchema = z
  .strictObject({
    ...storedKey,
    origins: z.array(z.union([z.literal('*'), z.string().regex(ORIGIN, { error: 'Expected an origin like https://www.example.org.' })])),
    anyOrigin: z.boolean().optional(),
    scope: keyScopeSchema,
    rateLimit: rateRuleSchema.optional(),
    moderate: z.boolean().optional(),
    webhooks: z.array(z.strictObject({ url: z.url({ protocol: /^https?$/ }), secret: z.string().min(32) })).optional(),
  })
  .refine((key) => !key.origins.includes('*') || key.anyOrigin === true, {
    error: 'origin "*" needs anyOrigin: true, for a key meant to be used from any site.',
  });

export const keysFileSchema = z.strictObject({
  version: z.literal(1),
  siteKeys: z.array(siteKeySchema),
  adminKeys: z.array(z.strictObject(storedKey)),
});

export function emptyKeysFile(): KeysFile {
  return { version: 1, siteKeys: [], adminKeys: [] };
}

/** Throws with the first problem and where it is, so a bad file stops the server at start. */
export function parseKeysFile(json: string, source = 'keys file'): KeysFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const result = keysFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data as KeysFile;
}

export async function loadKeysFile(path: string): Promise<KeysFile> {
  return parseKeysFile(await readFile(path, 'utf8'), path);
}

/** Missing file = no keys yet (the CLI's first `create`). */
export async function loadKeysFileOrEmpty(path: string): Promise<KeysFile> {
  try {
    return await loadKeysFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyKeysFile();
    throw error;
  }
}

export async function saveKeysFile(path: string, file: KeysFile): Promise<void> {
  const checked = keysFileSchema.parse(file);
  const temporary = join(dirname(path), `.${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}.keys.tmp`);
  // 0600: the hashes are not secrets, but nobody else has any business with the file.
  await writeFile(temporary, `${JSON.stringify(checked, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}
