import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery, PostgresDialect, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CopyConnection } from './copy.js';
import { translateConnectionLoss } from './unavailable.js';

const DATE_OID = 1082;
const INT8_OID = 20;

/**
 * Settings of every session, as on PGlite (connect.ts): search's close
 * spellings (discovery text-search.ts) count from a word similarity of 0.5
 * rather than pg_trgm's 0.6, so a one-letter slip in a six-letter name
 * ("jansne", "marike") still finds it.
 */
export const SESSION_SETTINGS: Readonly<Record<string, string>> = { 'pg_trgm.word_similarity_threshold': '0.5' };
const SESSION_OPTIONS = Object.entries(SESSION_SETTINGS).map(([name, value]) => `-c ${name}=${value}`).join(' ');

/**
 * Kysely on a `pg` pool that survives losing the server. Every connection
 * that dies emits an `error` event on its client: the pool listens while a
 * client is idle, but nobody did while a request held it, and an `error`
 * event without a listener ends the process. Here every client has a
 * listener for its whole life; the query that was running fails, the pool
 * drops the dead client on release, and the next query connects anew.
 * Errors that mean the connection is gone reach callers as
 * DatabaseUnavailableError.
 */
export function postgresDialect(url: string, poolSize: number): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // Without a limit a request waits forever for a server that does not answer.
    connectionTimeoutMillis: 5_000,
    // Notices a peer that vanished without closing the connection.
    keepAlive: true,
    options: SESSION_OPTIONS,
    // Counts and sequence numbers fit in a JS number; PGlite returns them as numbers too.
    // A calendar date stays the text YYYY-MM-DD: as a Date it would shift with the process's time zone.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : oid === DATE_OID ? String : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client's error (the pool discards that client).
  pool.on('error', () => {});
  // A checked-out client's error: the query it ran (if any) gets the error too, and fails.
  pool.on('connect', (client) => client.on('error', () => {}));
  return new ReconnectingPostgresDialect(pool);
}

class ReconnectingPostgresDialect extends PostgresDialect {
  constructor(private readonly pool: pg.Pool) {
    super({ pool });
  }
  override createDriver(): Driver {
    return new PgDriver(this.pool);
  }
}

/**
 * Kysely's PostgreSQL driver, as Kysely 0.28 has it, but ours: its
 * connections hold their `pg` client, so they can also COPY rows in
 * (copy.ts), and turn connection losses into DatabaseUnavailableError.
 */
class PgDriver implements Driver {
  #pool: pg.Pool | undefined;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (!this.#pool) throw new Error('driver has already been destroyed');
    return new PgConnection(await this.#pool.connect().catch(translateConnectionLoss));
  }

  async beginTransaction(connection: PgConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    const access = settings.accessMode ? ` ${settings.accessMode}` : '';
    await connection.executeQuery(CompiledQuery.raw(isolation || access ? `start transaction${isolation}${access}` : 'begin'));
  }

  async commitTransaction(connection: PgConnection): Promise<void> {
    // PostgreSQL completes COMMIT with a ROLLBACK tag if an earlier statement error left the transaction aborted.
    if ((await connection.run('commit')).command === 'ROLLBACK') throw new Error('The transaction was aborted by an earlier error and rolled back.');
  }

  async rollbackTransaction(connection: PgConnection): Promise<void> {
    try {
      await connection.run('rollback');
    } catch (error) {
      // A connection whose rollback failed is in an unknown state: the pool drops it.
      connection.discarded = true;
      throw error;
    }
  }

  async savepoint(connection: PgConnection, name: string): Promise<void> {
    await connection.run(`savepoint ${identifier(name)}`);
  }
  async rollbackToSavepoint(connection: PgConnection, name: string): Promise<void> {
    await connection.run(`rollback to ${identifier(name)}`);
  }
  async releaseSavepoint(connection: PgConnection, name: string): Promise<void> {
    await connection.run(`release ${identifier(name)}`);
  }

  async releaseConnection(connection: PgConnection): Promise<void> {
    connection.client.release(connection.discarded);
  }

  async destroy(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.end();
  }
}

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** One pooled `pg` client. */
class PgConnection implements DatabaseConnection, CopyConnection {
  discarded = false;

  constructor(readonly client: pg.PoolClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { command, rowCount, rows } = await this.#query(() => this.client.query(query.sql, [...query.parameters]));
    const counted = command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE';
    return { numAffectedRows: counted ? BigInt(rowCount ?? 0) : undefined, rows: (rows ?? []) as R[] };
  }

  // Nothing here streams (Kysely's driver needs pg-cursor for it).
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by this PostgreSQL dialect.');
  }

  /** A statement of the driver's own (BEGIN, COMMIT …), with its command tag. */
  run(sql: string): Promise<pg.QueryResult> {
    return this.#query(() => this.client.query(sql));
  }

  async copyCsv(target: string, csv: Buffer): Promise<void> {
    await this.#query(() => pipeline(Readable.from([csv]), this.client.query(copyFrom(`copy ${target} from stdin with (format csv)`))));
  }

  async #query<T>(work: () => Promise<T>): Promise<T> {
    if (this.discarded) throw new Error('Postgres connection has been discarded');
    try {
      return await work();
    } catch (error) {
      return translateConnectionLoss(error);
    }
  }
}
