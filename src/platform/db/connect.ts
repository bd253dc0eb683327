import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import { SerializedPGliteDialect } from './pglite-dialect.js';
import type { Database, Db } from './database.js';

/** Where the data lives: an embedded PGlite directory (or memory) or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: 'pglite'; /** Directory for the data; in memory when absent. */ dataDir?: string }
  | { kind: 'postgres'; url: string; poolSize?: number };

/** DATABASE_URL selects PostgreSQL; otherwise PGlite in DATA_DIR (default ./data). */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: env.DATA_DIR ?? './data' };
}

const INT8_OID = 20;

/** Opens a Kysely handle on the target. The caller closes it with `db.destroy()`. */
export async function connect(target: DatabaseTarget): Promise<Db> {
  if (target.kind === 'pglite') {
    const pglite = target.dataDir ? await PGlite.create(target.dataDir) : await PGlite.create();
    return new Kysely<Database>({ dialect: new SerializedPGliteDialect(pglite) });
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    // Counts and sequence numbers fit in a JS number; PGlite returns them as numbers too.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops (restart, failover) is an 'error'
  // event; the pool discards that client and the next query reconnects.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrate(db: Db): Promise<MigrationResultSet> {
  // Name the schema: otherwise Kysely looks for its bookkeeping tables in
  // every schema and may take another schema's copy for this one's.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0]!.schema });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}

/** A short description of the target for logs, without credentials. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return target.dataDir ? `PGlite at ${target.dataDir}` : 'PGlite in memory';
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
