import type { PGlite, Transaction as PGliteTransaction } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import type { CopyConnection } from './copy.js';

/**
 * Kysely on PGlite. Kysely 0.28 (the last line that supports Node 20) has
 * no PGlite dialect, so this is one, with what PGlite needs on top: it has
 * a single connection, so callers queue and a connection (and so a whole
 * transaction) belongs to one caller at a time, which is what PostgreSQL's
 * own pool guarantees.
 */
export class SerializedPGliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}

  createDriver(): Driver {
    return new SerializedPGliteDriver(this.pglite);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
  createAdapter(): DialectAdapter {
    return new PGliteAdapter();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

class PGliteAdapter extends PostgresAdapter {
  /** One connection for the whole process (read by hasOneConnection; Kysely 0.29 adapters say the same). */
  readonly supportsMultipleConnections = false;

  // The migrator holds the only connection from acquiring the lock to releasing it.
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

class SerializedPGliteDriver implements Driver {
  readonly #connection: PGliteConnection;
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  constructor(private readonly pglite: PGlite) {
    this.#connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    if (this.pglite.closed) throw new Error('PGlite instance is already closed.');
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise((resolve) => (release = resolve));
    await previous;
    this.#release = release;
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  beginTransaction(): Promise<void> {
    return this.#connection.begin();
  }
  commitTransaction(): Promise<void> {
    return this.#connection.commit();
  }
  rollbackTransaction(): Promise<void> {
    return this.#connection.rollback();
  }

  async destroy(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

/**
 * The one connection. A transaction runs inside PGlite's own
 * `transaction()` (which locks the instance and rolls back on error), held
 * open until Kysely commits or rolls back.
 */
class PGliteConnection implements DatabaseConnection, CopyConnection {
  #transaction: PGliteTransaction | undefined;
  #finish: ((commit: boolean) => void) | undefined;
  #closed: Promise<unknown> | undefined;

  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { affectedRows, rows } = await (this.#transaction ?? this.pglite).query<R>(query.sql, [...query.parameters], { rowMode: 'object' });
    return { numAffectedRows: affectedRows != null ? BigInt(affectedRows) : undefined, rows: rows ?? [] };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by PGlite.');
  }

  /** COPY from memory: PGlite reads '/dev/blob' as the blob given with the statement. */
  async copyCsv(target: string, csv: Buffer): Promise<void> {
    await (this.#transaction ?? this.pglite).query(`copy ${target} from '/dev/blob' with (format csv)`, [], { blob: new Blob([csv]) });
  }

  async begin(): Promise<void> {
    let begun!: () => void;
    const started = new Promise<void>((resolve) => (begun = resolve));
    const outcome = new Promise<boolean>((resolve) => (this.#finish = resolve));
    this.#closed = this.pglite.transaction(async (tx) => {
      this.#transaction = tx;
      begun();
      // Throwing makes PGlite roll back; returning commits.
      if (!(await outcome)) throw ROLLBACK;
    });
    // A failed BEGIN rejects `#closed` before `started` resolves.
    await Promise.race([started, this.#closed]);
  }

  async commit(): Promise<void> {
    try {
      this.#finish?.(true);
      await this.#closed;
    } finally {
      this.#reset();
    }
  }

  async rollback(): Promise<void> {
    this.#finish?.(false);
    // Kysely rethrows the error that made it roll back; a failing rollback must not replace it.
    await this.#closed?.catch(() => {});
    this.#reset();
  }

  #reset() {
    this.#transaction = undefined;
    this.#finish = undefined;
    this.#closed = undefined;
  }
}

/** What the transaction callback throws to make PGlite roll back. */
const ROLLBACK = Symbol('rollback');
