/**
 * The two databases the storage suites run on: PGlite in memory and a real PostgreSQL
 * server started for the suite, each fresh (a new database per `open`).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import { startPostgres, type PostgresServer } from './postgres-server.test-support.js';

export interface DatabaseFactory {
  kind: 'pglite' | 'postgres';
  /** A new empty database; closed by the caller. */
  open(): Promise<Database>;
}

/**
 * Factories for `describe.each`; the PostgreSQL server starts before the suite and
 * stops after it. Call at the top level of a test file.
 */
export function bothDatabases(): DatabaseFactory[] {
  let server: PostgresServer;
  let created = 0;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return [
    { kind: 'pglite', open: () => openPglite() },
    {
      kind: 'postgres',
      async open() {
        const admin = await openPostgres(server.url, { max: 1 });
        const name = `test_${process.pid}_${++created}`;
        await admin.exec(`CREATE DATABASE ${name}`);
        await admin.close();
        return openPostgres(server.url.replace(/\/postgres$/, '/' + name));
      },
    },
  ];
}
