/**
 * The keys CLI's commands, apart from argv and the environment (cli/keys.ts):
 * create (prints the key once), list (never a secret), revoke, and typesense
 * (derives a Typesense scoped search key carrying a site key's scope).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { loadKeysFileOrEmpty, keyScopeSchema, rateRuleSchema, saveKeysFile } from './file.js';
import { generateKey, hashKey, keyPrefix } from './hash.js';
import { describeScope } from './scope.js';
import { scopedSearchKey, scopeFilterBy } from './typesense-scoped.js';
import type { AdminKey, KeysFile, SiteKey } from './types.js';

export interface CommandContext {
  file: string;
  print: (line: string) => void;
  now: () => Date;
}

export const USAGE = `Usage / utilisation :
  keys create --name <nom> [--origin https://site.example]... [--any-origin]
              [--network <slug>]... [--region <code>]... [--department <code>]... [--kind <code>]...
              [--social-clause] [--per-minute <n> --burst <n>] [--expires <date ISO>]
              [--moderate] [--webhook https://site.example/hook]...
  keys create --admin --name <nom> [--expires <date ISO>]
  keys list
  keys revoke <préfixe ou nom / prefix or name>
  keys typesense <préfixe ou nom> --parent <clé Typesense de recherche / search-only key> [--expires-at <unix s>]`;

export async function runKeysCommand(argv: string[], context: CommandContext): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'create') return create(rest, context);
  if (command === 'list') return list(context);
  if (command === 'revoke') return revoke(rest, context);
  if (command === 'typesense') return typesense(rest, context);
  throw new Error(USAGE);
}

async function create(argv: string[], { file, print, now }: CommandContext): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      admin: { type: 'boolean' },
      origin: { type: 'string', multiple: true },
      'any-origin': { type: 'boolean' },
      network: { type: 'string', multiple: true },
      region: { type: 'string', multiple: true },
      department: { type: 'string', multiple: true },
      kind: { type: 'string', multiple: true },
      'social-clause': { type: 'boolean' },
      'per-minute': { type: 'string' },
      burst: { type: 'string' },
      expires: { type: 'string' },
      moderate: { type: 'boolean' },
      webhook: { type: 'string', multiple: true },
    },
  });
  if (!values.name) throw new Error('--name est requis / --name is required');
  const keys = await loadKeysFileOrEmpty(file);
  if ([...keys.siteKeys, ...keys.adminKeys].some((key) => key.name === values.name)) {
    throw new Error(`Une clé porte déjà ce nom / a key already has this name: ${values.name}`);
  }
  const text = generateKey(values.admin ? 'admin' : 'site');
  // Each webhook signs with a secret of its own, shown once like the key.
  const webhooks = (values.admin ? [] : (values.webhook ?? [])).map((url) => ({ url: new URL(url).toString(), secret: randomBytes(32).toString('base64url') }));
  const stored: AdminKey = { name: values.name, prefix: keyPrefix(text), hash: await hashKey(text), createdAt: now().toISOString() };
  if (values.expires) stored.expiresAt = new Date(values.expires).toISOString();
  if (values.admin) {
    keys.adminKeys.push(stored);
  } else {
    const site: SiteKey = { ...stored, origins: values.origin ?? [], scope: checked(keyScopeSchema, scopeOf(values)) };
    if (values['any-origin']) site.anyOrigin = true;
    if (values['per-minute'] || values.burst) {
      site.rateLimit = checked(rateRuleSchema, { perMinute: Number(values['per-minute']), burst: Number(values.burst) });
    }
    if (values.moderate) site.moderate = true;
    if (webhooks.length) site.webhooks = webhooks;
    keys.siteKeys.push(site);
  }
  await saveKeysFile(file, keys);
  print('Clé créée ; elle ne sera plus jamais affichée / Key created; it will never be shown again:');
  print(text);
  for (const hook of webhooks) print(`Secret du webhook / webhook secret (${hook.url}): ${hook.secret}`);
}

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${issue.path.join('.')}: ${issue.message}`);
}

function scopeOf(values: Record<string, string[] | string | boolean | undefined>) {
  const scope: Record<string, unknown> = {};
  for (const [option, field] of [['network', 'networks'], ['region', 'regions'], ['department', 'departments'], ['kind', 'kinds']]) {
    if (values[option!]) scope[field!] = values[option!];
  }
  if (values['social-clause']) scope.socialClause = true;
  return scope;
}

async function list({ file, print, now }: CommandContext): Promise<void> {
  const keys = await loadKeysFileOrEmpty(file);
  const state = (key: AdminKey) =>
    key.revoked ? 'révoquée/revoked' : key.expiresAt && Date.parse(key.expiresAt) <= now().getTime() ? 'expirée/expired' : 'active';
  for (const key of keys.adminKeys) print(`admin  ${key.prefix}…  ${state(key)}  ${key.name}`);
  for (const key of keys.siteKeys) {
    const origins = key.anyOrigin ? '*' : key.origins.join(' ') || '(aucune origine navigateur / no browser origin)';
    print(`site   ${key.prefix}…  ${state(key)}  ${key.name}  [${describeScope(key.scope)}]  ${origins}`);
  }
  if (!keys.adminKeys.length && !keys.siteKeys.length) print('Aucune clé / no keys.');
}

/** A key by its exact prefix or name; refusing ambiguity, since revoking the wrong key hurts. */
function findKey(keys: KeysFile, reference: string | undefined): SiteKey | AdminKey {
  if (!reference) throw new Error(USAGE);
  const matches = [...keys.siteKeys, ...keys.adminKeys].filter((key) => key.prefix === reference || key.name === reference);
  if (matches.length !== 1) {
    throw new Error(`${matches.length ? 'Plusieurs clés' : 'Aucune clé'} pour / ${matches.length ? 'several keys' : 'no key'} for: ${reference}`);
  }
  return matches[0]!;
}

async function revoke([reference]: string[], { file, print }: CommandContext): Promise<void> {
  const keys = await loadKeysFileOrEmpty(file);
  const key = findKey(keys, reference);
  key.revoked = true;
  await saveKeysFile(file, keys);
  print(`Clé révoquée / key revoked: ${key.prefix}… ${key.name} (effective au redémarrage du serveur / once the server restarts)`);
}

async function typesense(argv: string[], { file, print }: CommandContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { parent: { type: 'string' }, 'expires-at': { type: 'string' } },
  });
  if (!values.parent) throw new Error('--parent est requis / --parent is required (a Typesense key allowed documents:search only)');
  const keys = await loadKeysFileOrEmpty(file);
  const key = findKey(keys, positionals[0]);
  if (!('scope' in key)) throw new Error('Seules les clés de site ont un périmètre / only site keys have a scope');
  const parameters: { filter_by?: string; expires_at?: number } = {};
  const filterBy = scopeFilterBy(key.scope);
  if (filterBy) parameters.filter_by = filterBy;
  const expiresAt = values['expires-at'] ? Number(values['expires-at']) : key.expiresAt ? Math.floor(Date.parse(key.expiresAt) / 1000) : undefined;
  if (expiresAt !== undefined) parameters.expires_at = expiresAt;
  print(scopedSearchKey(values.parent, parameters));
}
