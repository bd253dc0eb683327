import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_URL } from '../../../test/support/databases.js';
import { startPostgresRelay, type PostgresRelay } from './postgres-relay.js';

/** Two relays on one database stand for two app instances; only PostgreSQL has several (PGlite is one process). */
describe.runIf(TEST_DATABASE_URL)('the PostgreSQL event relay', () => {
  let database: { url: string; drop(): Promise<void> };
  const received: Record<'a' | 'b', [string, unknown][]> = { a: [], b: [] };
  const errors: Error[] = [];
  let a: PostgresRelay;
  let b: PostgresRelay;

  beforeAll(async () => {
    database = await createTestDatabase(TEST_DATABASE_URL!);
    const start = (name: 'a' | 'b') =>
      startPostgresRelay({ url: database.url, receive: (channel, event) => received[name].push([channel, event]), onError: (error) => errors.push(error) });
    [a, b] = await Promise.all([start('a'), start('b')]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  /** Waits until `check` passes (a notification arrives a moment after its commit). */
  async function eventually(check: () => void) {
    for (let attempt = 0; ; attempt++) {
      try {
        return check();
      } catch (error) {
        if (attempt > 200) throw error;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  }

  it('carries an event to the other instance, in order, and not back to the sender', async () => {
    a.send('company', { agencyId: 'x', companyId: 'y', kind: 'status_changed' });
    a.send('rules', { agencyId: 'x' });
    await eventually(() => expect(received.b).toHaveLength(2));
    expect(received.b).toEqual([
      ['company', { agencyId: 'x', companyId: 'y', kind: 'status_changed' }],
      ['rules', { agencyId: 'x' }],
    ]);
    // b's own event goes to a only.
    b.send('access', { agencyId: 'x', userId: 'u' });
    await eventually(() => expect(received.a).toEqual([['access', { agencyId: 'x', userId: 'u' }]]));
    expect(received.b).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('reports a notification that is not an event of ours, and goes on', async () => {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const before = errors.length;
      await admin.query(`select pg_notify('clientpipe_events', 'not json')`);
      await eventually(() => expect(errors.length).toBeGreaterThanOrEqual(before + 2)); // both relays
      a.send('rules', { agencyId: 'z' });
      await eventually(() => expect(received.b.at(-1)).toEqual(['rules', { agencyId: 'z' }]));
    } finally {
      await admin.end();
    }
  });

  it('connects again by itself when its connection is cut, and carries events again', async () => {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'clientpipe relay' and datname = current_database()`);
      expect(rowCount).toBe(2);
      await eventually(() => expect(errors.length).toBeGreaterThan(0));
      received.b.length = 0;
      // Sent while reconnecting, an event may be lost (and reported); once back, events arrive again.
      await eventually(() => {
        a.send('company', { n: 1 });
        expect(received.b.length).toBeGreaterThan(0);
      });
    } finally {
      await admin.end();
    }
  });
});
