/**
 * One interface over the two PostgreSQLs the project runs on: PGlite (PostgreSQL in
 * WebAssembly, in the data dir, nothing to install) and a PostgreSQL server
 * (DATABASE_URL). Callers write plain PostgreSQL with `$1` parameters; the same SQL
 * runs on both.
 */

/** What can run SQL: the database itself, or one transaction of it. */
export interface Queryable {
  /** One statement with `$1, $2...` parameters; the rows it returns. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
