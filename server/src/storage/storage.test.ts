import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { bothDatabases } from './databases.test-support.js';
import { openDatabase } from './index.js';
import { migrate, readMigrations, type Migration } from './migrate.js';

const factories = bothDatabases();

describe.each(factories)('storage on $kind', (factory) => {
  let db: Database;
  afterEach(async () => {
    await db?.close();
  });

  it('runs a query with parameters and reads values the same way on both', async () => {
    db = await factory.open();
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT $1::text AS text, $2::int AS int, 5::int8 AS big, $3::jsonb AS json, '2030-03-01'::date AS day, true AS yes`,
      ['é<b>', 42, JSON.stringify({ places: ['commune:35238'] })],
    );
    expect(row).toEqual({ text: 'é<b>', int: 42, big: 5, json: { places: ['commune:35238'] }, day: new Date('2030-03-01T00:00:00Z'), yes: true });
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    db = await factory.open();
    await db.exec('CREATE TABLE t (a int PRIMARY KEY)');
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES ($1)', [1]);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES ($1)', [2]);
        await tx.query('INSERT INTO t VALUES ($1)', [1]);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await db.query('SELECT a FROM t ORDER BY a')).toEqual([{ a: 1 }]);
  });

  it('applies every migration once, in order, and nothing on a second start', async () => {
    db = await factory.open();
    const versions = (await readMigrations()).map((m) => m.version);
    expect(await migrate(db)).toEqual(versions);
    expect(await migrate(db)).toEqual([]);
    const applied = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(applied.map((r) => r.version)).toEqual(versions);
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['needs', 'need_recipients', 'outbox', 'need_events']));
  });

  it('rolls back a failing run whole, then applies what is fixed', async () => {
    db = await factory.open();
    const migrations: Migration[] = [
      { version: 1, name: 'one', sql: 'CREATE TABLE one (a int);' },
      { version: 2, name: 'two', sql: 'CREATE TABLE two (a int); SELECT no_such_function();' },
    ];
    await expect(migrate(db, migrations)).rejects.toThrow(/no_such_function/);
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    // One transaction for the whole run: a half-migrated database is never left behind.
    expect(tables.map((t) => t.name)).toEqual([]);
    expect(await migrate(db, migrations.slice(0, 1))).toEqual([1]);
  });

  it('refuses a database migrated by a newer release', async () => {
    db = await factory.open();
    await migrate(db, [
      { version: 1, name: 'one', sql: 'CREATE TABLE one (a int);' },
      { version: 2, name: 'two', sql: 'CREATE TABLE two (a int);' },
    ]);
    await expect(migrate(db, [{ version: 1, name: 'one', sql: 'CREATE TABLE one (a int);' }])).rejects.toThrow(/newer release: 2/);
  });

  it('lets two starts migrate at once: each migration applied once', async () => {
    db = await factory.open();
    const migrations: Migration[] = [{ version: 1, name: 'one', sql: 'CREATE TABLE one (a int);' }];
    const runs = await Promise.all([migrate(db, migrations), migrate(db, migrations)]);
    expect(runs.flat()).toEqual([1]);
  });
});

describe('migration files', () => {
  it('are numbered within 0001-0099, needs first (0001-0049)', async () => {
    const migrations = await readMigrations();
    expect(migrations[0]).toMatchObject({ version: 1, name: 'needs' });
    for (const migration of migrations) expect(migration.version >= 1 && migration.version <= 99).toBe(true);
  });
});

describe('PGlite in the data dir', () => {
  it('is created, migrated at start, and keeps its rows across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'data-'));
    try {
      const first = await openDatabase({ dataDir });
      await first.query(
        `INSERT INTO needs (id, site_key, status, kind, title, description, criteria, deadline, amount, requires_moderation, recipients_found, recipients_with_email)
         VALUES ('kept', 'k', 'unconfirmed', 'QUOTE', 't', 'd', '{}', '2030-02-01', 'unknown', false, 0, 0)`,
      );
      await first.close();
      const second = await openDatabase({ dataDir });
      expect(await second.query('SELECT id FROM needs')).toEqual([{ id: 'kept' }]);
      expect(await migrate(second)).toEqual([]);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
