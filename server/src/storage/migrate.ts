/**
 * Forward-only versioned migrations: migrations/NNNN_name.sql, applied in order at
 * start, each once, all in one transaction, the same SQL on PGlite and on a
 * PostgreSQL server. Several instances starting at once take turns (an advisory lock).
 * Versions 0001-0049 belong to needs, 0050-0099 to insights.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

// Any constant will do, as long as nothing else in the database locks it.
const MIGRATION_LOCK = 15_2026;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations of `directory`, by version; a malformed name or a duplicate version throws. */
export async function readMigrations(directory = MIGRATIONS_DIR): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const file of (await readdir(directory)).sort()) {
    if (!file.endsWith('.sql')) continue;
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration mal nommée / Badly named migration (NNNN_name.sql): ${file}`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`Version de migration en double / Duplicate migration version: ${file}`);
    migrations.push({ version, name: match[2]!, sql: await readFile(join(directory, file), 'utf8') });
  }
  return migrations;
}

/** Applies the migrations not applied yet; returns the versions it applied. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  return db.transaction(async (tx) => {
    // Locked first: two servers creating the table at once would collide.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const unknown = [...applied].filter((version) => !all.some((m) => m.version === version));
    if (unknown.length) {
      // A newer release migrated this database: running older code on it could corrupt it.
      throw new Error(`Base migrée par une version plus récente / Database migrated by a newer release: ${unknown.join(', ')}`);
    }
    const done: number[] = [];
    for (const migration of all) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      done.push(migration.version);
    }
    return done;
  });
}
