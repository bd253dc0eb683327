import type { Executor } from './database.js';

/**
 * Whether the database is PGlite: a single connection, inside this process.
 * There a statement holds every request until it ends (and a lock need not
 * cross processes), so long work goes in small chunks; on PostgreSQL a
 * statement holds one pooled connection, and bigger chunks save round trips.
 * Kysely's own migrator asks the dialect's adapter for its abilities the
 * same way (getExecutor is marked internal, but the adapter is where the
 * dialect says it).
 */
export function hasOneConnection(db: Executor): boolean {
  // Our PGlite adapter (pglite-dialect.ts) says so as Kysely 0.29's adapters do.
  const adapter = db.getExecutor().adapter as { supportsMultipleConnections?: boolean };
  return adapter.supportsMultipleConnections === false;
}

/** The chunk size for `db`: `oneConnection` on PGlite, `pooled` on PostgreSQL. */
export function chunkSize(db: Executor, sizes: { oneConnection: number; pooled: number }): number {
  return hasOneConnection(db) ? sizes.oneConnection : sizes.pooled;
}
