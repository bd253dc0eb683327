import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { connect, migrate, type DatabaseTarget } from '../../src/platform/db/connect.js';
import type { Db } from '../../src/platform/db/database.js';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A migrated database of its own; the caller destroys it with `close`. */
  open(options?: { poolSize?: number }): Promise<{ db: Db; target: DatabaseTarget; close(): Promise<void> }>;
}

const pglite: TestDatabase = {
  name: 'pglite',
  async open() {
    // From the run's migrated template (global-setup.ts); the migrator then finds nothing to do.
    const target: DatabaseTarget = { kind: 'pglite', from: new Blob([readFileSync(inject('pgliteTemplate'))]) };
    const db = await connect(target);
    await migrate(db);
    return { db, target, close: () => db.destroy() };
  },
};

/**
 * PostgreSQL at TEST_DATABASE_URL's server, one fresh database per suite,
 * dropped afterwards. (Databases, not schemas: the migrator inspects every
 * schema of its database, and one that another suite drops meanwhile makes
 * that inspection fail.)
 */
function postgres(url: string): TestDatabase {
  return {
    name: 'postgres',
    async open(options = {}) {
      const { url: suiteUrl, drop } = await createTestDatabase(url);
      const target: DatabaseTarget = { kind: 'postgres', url: suiteUrl, poolSize: options.poolSize ?? 10 };
      const db = await connect(target);
      await migrate(db);
      return {
        db,
        target,
        async close() {
          await db.destroy();
          await drop();
        },
      };
    },
  };
}

/** A new empty database on the server of `url`; `drop` removes it again. */
export async function createTestDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `clientpipe_test_${randomBytes(6).toString('hex')}`;
  await admin(url, `create database ${name}`);
  const suiteUrl = new URL(url);
  suiteUrl.pathname = `/${name}`;
  return { url: suiteUrl.toString(), drop: () => admin(url, `drop database if exists ${name} with (force)`) };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** Every database the suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testDatabases: TestDatabase[] = [pglite, ...(TEST_DATABASE_URL ? [postgres(TEST_DATABASE_URL)] : [])];

/**
 * Runs a suite once per test database (as Kysely's own tests loop over
 * dialects). `ctx.db` is valid inside tests.
 */
export function describeEachDatabase(
  title: string,
  suite: (ctx: { readonly db: Db; readonly database: TestDatabase }) => void,
  options: { poolSize?: number } = {},
): void {
  for (const database of testDatabases) {
    describe(`${title} [${database.name}]`, () => {
      let handle: Awaited<ReturnType<TestDatabase['open']>> | undefined;
      beforeAll(async () => {
        handle = await database.open(options);
      });
      afterAll(async () => {
        await handle?.close();
      });
      suite({
        get db() {
          if (!handle) throw new Error('database not open yet');
          return handle.db;
        },
        database,
      });
    });
  }
}
