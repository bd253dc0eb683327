import {
  PostgresDialect,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
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
  constructor(pool: pg.Pool) {
    super({ pool });
  }
  override createDriver(): Driver {
    return new TranslatingDriver(super.createDriver());
  }
}

/** Passes everything to Kysely's driver and turns connection losses into DatabaseUnavailableError. */
class TranslatingDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init().catch(translateConnectionLoss);
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new TranslatingConnection(await this.inner.acquireConnection().catch(translateConnectionLoss));
  }
  beginTransaction(connection: TranslatingConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection.inner, settings).catch(translateConnectionLoss);
  }
  commitTransaction(connection: TranslatingConnection): Promise<void> {
    return this.inner.commitTransaction(connection.inner).catch(translateConnectionLoss);
  }
  rollbackTransaction(connection: TranslatingConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection.inner).catch(translateConnectionLoss);
  }
  async savepoint(connection: TranslatingConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.savepoint!(connection.inner, name, compile).catch(translateConnectionLoss);
  }
  async rollbackToSavepoint(connection: TranslatingConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.rollbackToSavepoint!(connection.inner, name, compile).catch(translateConnectionLoss);
  }
  async releaseSavepoint(connection: TranslatingConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.releaseSavepoint!(connection.inner, name, compile).catch(translateConnectionLoss);
  }
  releaseConnection(connection: TranslatingConnection): Promise<void> {
    return this.inner.releaseConnection(connection.inner);
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

class TranslatingConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.inner.executeQuery<R>(query).catch(translateConnectionLoss);
  }
  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      translateConnectionLoss(error);
    }
  }
}
