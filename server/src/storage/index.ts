/** Opens the database the configuration names, migrated: a PostgreSQL server or PGlite in the data dir. */
import { join } from 'node:path';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export type { Database, Queryable } from './database.js';

export interface StorageOptions {
  /** postgres://... ; without it, PGlite in `<dataDir>/pglite`. */
  databaseUrl?: string;
  dataDir: string;
}

export async function openDatabase({ databaseUrl, dataDir }: StorageOptions): Promise<Database> {
  const db = databaseUrl ? await openPostgres(databaseUrl) : await openPglite(join(dataDir, 'pglite'));
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
