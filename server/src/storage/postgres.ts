import postgres from 'postgres';
import type { Database, Queryable } from './database.js';

type Sql = postgres.Sql | postgres.TransactionSql;

function queryable(sql: Sql): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as Row[];
    },
    async exec(text: string) {
      // Without parameters the simple protocol runs every statement of the text.
      await sql.unsafe(text).simple();
    },
  };
}

export interface PostgresOptions {
  /** Connections kept open, default 10. */
  max?: number;
}

/** A PostgreSQL server at `url` (postgres://user:password@host:port/database). */
export async function openPostgres(url: string, { max = 10 }: PostgresOptions = {}): Promise<Database> {
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    // Values as PGlite reads and writes them: int8 as a number, a json parameter given
    // as text (the same call on both) passed as is rather than encoded again.
    types: {
      int8: { to: 20, from: [20], serialize: String, parse: Number },
      json: {
        to: 3802,
        from: [114, 3802],
        serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)),
        parse: (text: string) => JSON.parse(text),
      },
    },
    transform: { undefined: null },
  });
  await sql`select 1`;
  return {
    kind: 'postgres',
    ...queryable(sql),
    transaction: (work) => sql.begin((tx) => work(queryable(tx))) as Promise<never>,
    close: () => sql.end({ timeout: 5 }),
  };
}
