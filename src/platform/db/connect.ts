import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, Migrator, sql, type MigrationResultSet } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import { SerializedPGliteDialect } from './pglite-dialect.js';
import { postgresDialect, SESSION_SETTINGS } from './postgres-dialect.js';
import type { Database, Db } from './database.js';

/** Where the data lives: an embedded PGlite directory (or memory) or a PostgreSQL server. */
export type DatabaseTarget =
  | {
      kind: 'pglite';
      /** Directory for the data; in memory when absent. */
      dataDir?: string;
      /** A data directory to start from, as PGlite's dumpDataDir wrote it (the tests' migrated template: test/support/global-setup.ts). */
      from?: Blob;
    }
  | { kind: 'postgres'; url: string; poolSize?: number };

/** DATABASE_URL selects PostgreSQL; otherwise PGlite in DATA_DIR (default ./data). */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: env.DATA_DIR ?? './data' };
}

const DATE_OID = 1082;

/**
 * PGlite's options here: a calendar date stays the text YYYY-MM-DD, as on
 * PostgreSQL (postgres-dialect.ts), and pg_trgm is loaded, which search
 * needs (migration 2026-12-12T1100-dutch-search creates it, as on PostgreSQL).
 */
export const PGLITE_OPTIONS = { parsers: { [DATE_OID]: (value: string) => value }, extensions: { pg_trgm } };

/** Opens a Kysely handle on the target. The caller closes it with `db.destroy()`. */
export async function connect(target: DatabaseTarget): Promise<Db> {
  if (target.kind === 'pglite') {
    const options = target.from ? { ...PGLITE_OPTIONS, loadDataDir: target.from } : PGLITE_OPTIONS;
    const pglite = target.dataDir ? await PGlite.create(target.dataDir, options) : await PGlite.create(options);
    // One session for the process: the settings PostgreSQL's connections get at startup (postgres-dialect.ts).
    for (const [name, value] of Object.entries(SESSION_SETTINGS)) await pglite.query('select set_config($1, $2, false)', [name, value]);
    return new Kysely<Database>({ dialect: new SerializedPGliteDialect(pglite) });
  }
  return new Kysely<Database>({ dialect: postgresDialect(target.url, target.poolSize ?? 10) });
}

/** Kysely's migrator for this database's own schema. */
async function migratorFor(db: Db): Promise<Migrator> {
  // Name the schema: otherwise Kysely looks for its bookkeeping tables in
  // every schema and may take another schema's copy for this one's.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0]!.schema });
}

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrate(db: Db): Promise<MigrationResultSet> {
  const result = await (await migratorFor(db)).migrateToLatest();
  if (result.error) throw result.error;
  return result;
}

/** The migrations this code knows that the database has not run yet, oldest first. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrations = await (await migratorFor(db)).getMigrations();
  return migrations.filter((migration) => !migration.executedAt).map((migration) => migration.name);
}

/** A short description of the target for logs, without credentials. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return target.dataDir ? `PGlite at ${target.dataDir}` : 'PGlite in memory';
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
