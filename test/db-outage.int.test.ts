import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/identity/create-api-token.js';
import { connect, migrate } from '../src/platform/db/connect.js';
import type { Db } from '../src/platform/db/database.js';
import { DatabaseUnavailableError } from '../src/platform/db/unavailable.js';
import { createTestDatabase, describeEachDatabase, TEST_DATABASE_URL } from './support/databases.js';
import { createTestAgency, followNewCompany } from './support/fixtures.js';
import { TcpProxy } from './support/tcp-proxy.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');

interface Outcome {
  phase: string;
  status: number | 'no answer';
  retryAfter: string | null;
  contentType: string | null;
  type?: string;
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 25) {
    if (waited > timeoutMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The real process (`clientpipe serve`) on PostgreSQL through a proxy that
 * the test cuts and restores while requests keep coming: the process must
 * stay up, answer 503 with Retry-After meanwhile, and recover by itself.
 */
describe.skipIf(!TEST_DATABASE_URL)('database outage under load [postgres]', () => {
  let database: { url: string; drop(): Promise<void> };
  let proxy: TcpProxy;
  let server: ChildProcess;
  let output = '';
  let url: string;
  let headers: Record<string, string>;
  let companyId: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error('Build first: npm run build (npm test does this).');
    database = await createTestDatabase(TEST_DATABASE_URL!);
    const db = await connect({ kind: 'postgres', url: database.url, poolSize: 2 });
    try {
      await migrate(db);
      const agency = await createTestAgency(db);
      companyId = await followNewCompany(db, agency.recruiter);
      headers = { authorization: `Bearer ${(await createApiToken(db, agency.recruiter, { name: 'outage' })).token}`, 'content-type': 'application/json' };
    } finally {
      await db.destroy();
    }
    const real = new URL(database.url);
    proxy = await TcpProxy.start({ host: real.hostname, port: Number(real.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    server = spawn('node', [CLI, 'serve', '--port', '0'], { env: { ...process.env, DATABASE_URL: viaProxy.toString(), LOG_LEVEL: 'error' } });
    server.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    url = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4000);
        const match = /API on (http:\/\/[^/\s]+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await proxy?.close();
    await database?.drop();
  });

  it('stays up through two outages, answers 503 with Retry-After meanwhile, and recovers by itself', { timeout: 180_000 }, async () => {
    let phase = 'before';
    let running = true;
    const outcomes: Outcome[] = [];
    const requests = [
      () => fetch(`${url}/api/companies/${companyId}/notes`, { method: 'POST', headers, body: JSON.stringify({ body: 'Nog even nabellen.' }) }),
      () => fetch(`${url}/api/companies?limit=5`, { headers }),
      () => fetch(`${url}/api/companies/${companyId}/activities?limit=5`, { headers }),
      () => fetch(`${url}/api/board?limitPerColumn=3`, { headers }),
    ];
    const worker = async (offset: number) => {
      for (let n = offset; running; n += 1) {
        const sentIn = phase;
        try {
          const response = await requests[n % requests.length]!();
          const body = await response.text();
          const type = response.headers.get('content-type')?.startsWith('application/problem+json') ? (JSON.parse(body) as { type: string }).type : undefined;
          outcomes.push({ phase: sentIn, status: response.status, retryAfter: response.headers.get('retry-after'), contentType: response.headers.get('content-type'), type });
        } catch {
          outcomes.push({ phase: sentIn, status: 'no answer', retryAfter: null, contentType: null });
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, i) => worker(i));
    const count = (inPhase: string, status: Outcome['status']) => outcomes.filter((o) => o.phase === inPhase && o.status === status).length;
    const alive = () => server.exitCode === null && server.signalCode === null;

    try {
      await until(() => outcomes.filter((o) => o.phase === 'before' && o.status !== 503).length >= 40 || !alive(), 'answers before the outage');
      for (const round of [1, 2]) {
        const [cut, after] = [`cut ${round}`, `after ${round}`];
        phase = cut;
        proxy.cut();
        await until(() => count(cut, 503) >= 20 || !alive(), `503s in outage ${round}`);
        expect(alive(), output).toBe(true);
        const health = await fetch(`${url}/api/health`);
        expect(health.status).toBe(503);
        expect(health.headers.get('retry-after')).toMatch(/^\d+$/);

        phase = after;
        proxy.restore();
        // Recovered: every operation answers again, without anyone restarting anything.
        await until(() => outcomes.filter((o) => o.phase === after && o.status !== 503).length >= 40 || !alive(), `answers after outage ${round}`);
        expect(alive(), output).toBe(true);
        expect((await fetch(`${url}/api/health`)).status).toBe(200);
      }
    } finally {
      running = false;
      await Promise.all(workers);
    }

    expect(alive(), output).toBe(true);
    const answered = outcomes.filter((o) => o.phase === 'before' || o.phase.startsWith('after'));
    // Requests sent after the restore may still find a dead pooled connection once; never an error of another kind.
    for (const outcome of outcomes) {
      if (outcome.status === 503) {
        expect(outcome).toMatchObject({ retryAfter: expect.stringMatching(/^\d+$/), contentType: expect.stringMatching(/^application\/problem\+json/), type: '/problems/unavailable' });
      } else {
        expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: expect.any(Number) });
        expect(outcome.status as number, JSON.stringify(outcome)).toBeLessThan(300);
      }
    }
    expect(answered.filter((o) => o.status !== 503).length).toBeGreaterThanOrEqual(120);
  });
});

/** Only a lost connection is "unavailable": an error that merely carries such a SQLSTATE stays a fault (500), on PGlite and PostgreSQL. */
describeEachDatabase('database errors that are not an outage', (ctx) => {
  it('keeps errors raised with a connection SQLSTATE as they are', async () => {
    for (const code of ['57P01', '08006', '53300']) {
      const error = await sql`do $$ begin raise exception 'not an outage' using errcode = ${sql.lit(code)}; end $$`.execute(ctx.db as Db).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(DatabaseUnavailableError);
      expect((error as { code?: string }).code).toBe(code);
    }
  });

  it('keeps a failing statement a plain database error', async () => {
    const error = await sql`select * from no_such_table`.execute(ctx.db).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DatabaseUnavailableError);
  });
});
