/**
 * The API as an edge runtime serves it, from string settings (Workers' vars and
 * secrets, or Deno's and Bun's environment): the Typesense engine over fetch when
 * TYPESENSE_* are set, else the embedded engine on the suppliers bundled with the worker.
 */
import type { Supplier } from '../../../sdk/src/types.js';
import { createApp, type App } from '../app.js';
import { getGeography } from '../domain/geography.js';
import { createDefaultEngine } from '../engine/embedded/default.js';
import { createTypesenseEngine, typesenseConfigFromEnv } from '../engine/typesense/index.js';
import type { SearchEngine } from '../query/types.js';
import { consoleLogger } from '../http/access-log.js';
import { demoKeys } from '../keys/demo.js';
import { parseKeysFile } from '../keys/file.js';
import { createKeyStore, openKeyStore, type KeyStore } from '../keys/store.js';
import { edgeClientAddress } from './client-address.js';

/**
 * TYPESENSE_* (see engine/typesense/README.md); KEYS: the keys file's JSON text (a secret);
 * DEMO_ORIGINS: comma-separated origins of the demo keys in open mode; LOG_REQUESTS=0.
 */
export type EdgeSettings = Readonly<Record<string, string | undefined>>;

export interface EdgeAppOptions {
  settings: EdgeSettings;
  /** The suppliers of the embedded engine; called only when Typesense is not configured. */
  loadSuppliers: () => readonly Supplier[];
}

export async function createEdgeApp({ settings, loadSuppliers }: EdgeAppOptions): Promise<App> {
  return createApp({
    engine: engineFor(settings, loadSuppliers),
    geography: getGeography(),
    keys: await keysFor(settings),
    rateLimit: { clientAddress: edgeClientAddress },
    logger: settings.LOG_REQUESTS === '0' ? undefined : consoleLogger,
    onInternalError: (error, c) =>
      console.error(JSON.stringify({ level: 'error', requestId: c.get('requestId'), path: c.req.path, error: String(error) })),
  });
}

function engineFor(settings: EdgeSettings, loadSuppliers: () => readonly Supplier[]): SearchEngine {
  const typesense = typesenseConfigFromEnv(settings);
  return typesense ? createTypesenseEngine(typesense) : createDefaultEngine(loadSuppliers());
}

async function keysFor(settings: EdgeSettings): Promise<KeyStore> {
  if (settings.KEYS?.trim()) return createKeyStore(parseKeysFile(settings.KEYS, 'KEYS'));
  const origins = settings.DEMO_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean);
  return openKeyStore(await demoKeys(origins?.length ? { origins } : {}));
}
