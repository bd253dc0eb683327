import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { connect, type DatabaseTarget } from '../src/platform/db/connect.js';
import type { Db } from '../src/platform/db/database.js';
import { expectConsistentHistory } from './support/invariants.js';
import { createTestDatabase, TEST_DATABASE_URL } from './support/databases.js';
import { CLI, startServe, stopProcess } from './support/serve.js';


interface CliTarget {
  env: NodeJS.ProcessEnv;
  target: DatabaseTarget;
  cleanup(): Promise<void>;
}

function pgliteTarget(): CliTarget {
  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-cli-'));
  return { env: { DATA_DIR: dir }, target: { kind: 'pglite', dataDir: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresTarget(url: string): Promise<CliTarget> {
  const database = await createTestDatabase(url);
  return { env: { DATABASE_URL: database.url }, target: { kind: 'postgres', url: database.url }, cleanup: database.drop };
}

const targets: [string, () => Promise<CliTarget>][] = [
  ['pglite', async () => pgliteTarget()],
  ...(TEST_DATABASE_URL ? [['postgres', () => postgresTarget(TEST_DATABASE_URL!)] as [string, () => Promise<CliTarget>]] : []),
];

/** Runs the CLI on a target; a command that does not end by itself is stopped after a while (code null). */
async function runIn(target: CliTarget, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [CLI, ...args], { env: { ...process.env, ...target.env, DATABASE_URL: target.env.DATABASE_URL ?? '' }, timeout: 45_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number | null; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function withTargetDb<T>(target: CliTarget, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await connect({ ...target.target, ...(target.target.kind === 'postgres' ? { poolSize: 1 } : {}) });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

const countIn = (target: CliTarget, table: 'agencies' | 'users') =>
  withTargetDb(target, async (db) => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n));

const hasTables = (target: CliTarget) =>
  withTargetDb(target, async (db) => (await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema()`.execute(db)).rows[0]!.n > 0);

/** Starts `clientpipe serve …` and resolves once it listens. */
const startServer = (target: CliTarget, ...args: string[]) => startServe({ ...target.env, DATABASE_URL: target.env.DATABASE_URL ?? '' }, ...args);

for (const [name, makeTarget] of targets) {
  describe(`clientpipe CLI [${name}]`, () => {
    let target: CliTarget;
    const run = async (...args: string[]) => runIn(target, ...args);
    const count = (table: 'agencies' | 'users') => countIn(target, table);

    beforeAll(async () => {
      if (!existsSync(CLI)) throw new Error('Build first: npm run build (npm test does this).');
      target = await makeTarget();
    });
    afterAll(async () => {
      await target?.cleanup();
    });

    it('neither migrates nor seeds on the production path unless asked', { timeout: 120_000 }, async () => {
      const serve = await run('serve', '--port', '0');
      expect(serve.code).toBe(1);
      expect(serve.stderr).toMatch(/^error: the database schema is behind this version of clientpipe \(29 migrations to run, from 2026-11-23T0900-core-schema\): run `clientpipe migrate` first, or `clientpipe serve --migrate`\n$/);
      if (name === 'postgres') {
        // The demo's known passwords never go into a server database unasked.
        const start = await run('start', '--port', '0');
        expect(start.code).toBe(1);
        expect(start.stderr).toContain('DATABASE_URL names a server database, so nothing was done. For a demo on that database: `npm start -- --demo`.');
      }
      expect(await hasTables(target)).toBe(false);

      // `serve --migrate` brings a fresh database up to date and serves it, with no data at all.
      const fresh = await makeTarget();
      try {
        const { url, server } = await startServer(fresh, '--migrate');
        expect((await fetch(`${url}/api/health`)).status).toBe(200);
        expect(await stopProcess(server)).toBe(0);
        expect([await countIn(fresh, 'agencies'), await countIn(fresh, 'users')]).toEqual([0, 0]);
      } finally {
        await fresh.cleanup();
      }
    });

    it('migrates, and says so when there is nothing to do', async () => {
      const first = await run('migrate');
      expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining('Applied: 2026-11-23T0900-core-schema, 2026-11-23T1200-auth, 2026-11-23T1900-job-no-agencies, 2026-11-23T1930-company-hotness, 2026-11-23T2000-discovery, 2026-11-23T2100-job-runs, 2026-11-23T2200-reminders-notifications, 2026-12-01T0900-dashboard-indexes, 2026-12-05T0900-user-deactivation') });
      expect(await run('migrate')).toMatchObject({ code: 0, stdout: 'Schema is up to date.\n' });
    });

    it('creates an agency and prints its ids as JSON', async () => {
      const result = await run('agency', 'create', '--name', 'Bureau Noord', '--admin-email', 'Anna@Noord.nl', '--admin-password', 'een-lang-geheim-wachtwoord');
      expect(result.code).toBe(0);
      const created = JSON.parse(result.stdout) as { agencyId: string; adminUserId: string };
      expect(created.agencyId).toMatch(/^[0-9a-f-]{36}$/);
      expect(created.adminUserId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('creates a platform operator, who belongs to no agency, and refuses a second with the same e-mail', async () => {
      const result = await run('operator', 'create', '--email', 'Ops@Clientpipe.test', '--password', 'operator-wachtwoord-2026', '--name', 'Ops');
      expect(result, result.stderr).toMatchObject({ code: 0 });
      const created = JSON.parse(result.stdout) as { agencyId: string; userId: string };
      const db = await connect({ ...target.target, ...(target.target.kind === 'postgres' ? { poolSize: 1 } : {}) });
      try {
        const user = await db.selectFrom('users').select(['agency_id', 'role', 'name']).where('id', '=', created.userId).executeTakeFirstOrThrow();
        expect(user).toEqual({ agency_id: created.agencyId, role: 'operator', name: 'Ops' });
        expect(await db.selectFrom('users').select('id').where('agency_id', '=', created.agencyId).where('role', '!=', 'operator').execute()).toEqual([]);
      } finally {
        await db.destroy();
      }
      expect(await run('operator', 'create', '--email', 'ops@clientpipe.test', '--password', 'operator-wachtwoord-2026')).toMatchObject({
        code: 1,
        stderr: 'error: A user with e-mail ops@clientpipe.test already exists.\n',
      });
    });

    it('explains bad input in plain words and writes nothing', { timeout: 180_000 }, async () => {
      const agencies = await count('agencies');
      const badEmail = await run('agency', 'create', '--name', 'X', '--admin-email', 'not-an-email', '--admin-password', 'een-lang-geheim-wachtwoord');
      expect(badEmail).toMatchObject({ code: 1, stderr: 'error: Invalid input: adminEmail: must be an e-mail address\n' });
      const taken = await run('agency', 'create', '--name', 'Y', '--admin-email', 'anna@noord.nl', '--admin-password', 'een-lang-geheim-wachtwoord');
      expect(taken).toMatchObject({ code: 1, stderr: 'error: A user with e-mail anna@noord.nl already exists.\n' });
      const emptyName = await run('agency', 'create', '--name', '  ', '--admin-email', 'b@noord.nl', '--admin-password', 'een-lang-geheim-wachtwoord');
      // The demo's own exemption from the password rules is not the CLI's.
      const weak = await run('agency', 'create', '--name', 'W', '--admin-email', 'w@noord.nl', '--admin-password', 'demo');
      expect(weak).toMatchObject({ code: 1, stderr: 'error: Invalid input: adminPassword: must be at least 12 characters\n' });
      expect(emptyName).toMatchObject({ code: 1, stderr: 'error: Invalid input: name: must not be empty\n' });
      const missing = await run('agency', 'create', '--name', 'Z');
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain("required option '--admin-email <email>' not specified");
      expect(await run('seed-demo', '--companies', 'many')).toMatchObject({ code: 1, stderr: expect.stringContaining('must be a whole number') });
      expect(await count('agencies')).toBe(agencies);
    });

    it('seeds a demo market and agency whose whole history obeys the pipeline rules, once', { timeout: 180_000 }, async () => {
      const seeded = await run('seed-demo', '--companies', '60', '--market', '300');
      expect(seeded).toMatchObject({ code: 0, stdout: expect.stringContaining('Demo agency created with 60 companies.') });
      expect(await run('seed-demo')).toMatchObject({ code: 0, stdout: expect.stringContaining('Demo agency already exists.') });

      const db = await connect(target.target);
      try {
        const demo = await db.selectFrom('users').select('agency_id').where('email', '=', 'demo@clientpipe.local').executeTakeFirstOrThrow();
        const changes = await expectConsistentHistory(db, demo.agency_id);
        expect(changes).toBeGreaterThan(60);
        const stages = await db.selectFrom('companies').select('client_status').distinct().where('agency_id', '=', demo.agency_id).execute();
        expect(stages.map((s) => s.client_status).sort()).toEqual(['contacted', 'lost', 'meeting', 'prospect', 'won']);
        const hiring = await db.selectFrom('global_companies').select((eb) => eb.fn.countAll<number>().as('n')).where('hotness', '>', 0).executeTakeFirstOrThrow();
        expect(Number(hiring.n)).toBeGreaterThan(0);
        const market = await db
          .selectFrom('global_companies')
          .select((eb) => [eb.fn.countAll<number>().as('companies'), eb.fn.count<number>('latitude').as('placed'), eb.fn.count<number>('industry').distinct().as('industries')])
          .executeTakeFirstOrThrow();
        expect(Number(market.companies)).toBe(300);
        expect(Number(market.placed)).toBeGreaterThan(250);
        expect(Number(market.industries)).toBeGreaterThanOrEqual(12);
        const jobs = await db.selectFrom('jobs').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('posted_at').as('first')]).executeTakeFirstOrThrow();
        expect(Number(jobs.n)).toBeGreaterThan(1000);
        expect(new Date(jobs.first as Date).getTime()).toBeLessThan(Date.now() - 600 * 86_400_000);
        const people = await db.selectFrom('decision_makers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        expect(Number(people.n)).toBeGreaterThan(300);
      } finally {
        await db.destroy();
      }
    });

    it('serves the API until told to stop', async () => {
      const { url, server } = await startServer(target);
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
      expect((await fetch(`${url}/api/board`)).status).toBe(401);
      expect(await stopProcess(server)).toBe(0);
    });

    it('imports the example files, reports rejected lines, and refuses what it cannot read', async () => {
      const examples = join(import.meta.dirname, '..', 'docs', 'examples');
      expect(await run('import', 'companies', join(examples, 'companies.csv'))).toMatchObject({ code: 0, stdout: expect.stringContaining('inserted 2, updated 0, skipped 0, rejected 0') });
      expect(await run('import', 'jobs', join(examples, 'jobs.jsonl'))).toMatchObject({ code: 0, stdout: expect.stringContaining('inserted 2, updated 0, skipped 0, rejected 0') });
      expect(await run('import', 'decision-makers', join(examples, 'decision-makers.csv'))).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('inserted 3, updated 0, skipped 0, rejected 0'),
      });
      const bad = join(mkdtempSync(join(tmpdir(), 'clientpipe-cli-import-')), 'bad.csv');
      writeFileSync(bad, 'name,website\nGoed B.V.,goed.nl\nZonder site,\n');
      expect(await run('import', 'companies', bad)).toMatchObject({
        code: 2,
        stdout: expect.stringContaining('inserted 1, updated 0, skipped 0, rejected 1'),
        stderr: expect.stringContaining('line 3: needs linkedin_url or website'),
      });
      // A file of bad rows prints the first 100 by line, then how many more and of which kind.
      const many = join(mkdtempSync(join(tmpdir(), 'clientpipe-cli-import-')), 'many.csv');
      writeFileSync(many, ['name,website', ...Array.from({ length: 150 }, (_, i) => `Zonder site ${i},`)].join('\n'));
      const refused = await run('import', 'companies', many);
      expect(refused).toMatchObject({ code: 2, stdout: expect.stringContaining('inserted 0, updated 0, skipped 0, rejected 150') });
      expect(refused.stderr.split('\n').filter((line) => line.startsWith('line '))).toHaveLength(100);
      expect(refused.stderr).toContain('… and 50 more rejected rows (rows per code: missing_identifier 150)');
      expect(await run('import', 'people', bad)).toMatchObject({ code: 1, stderr: "error: cannot import 'people': choose companies, jobs, decision-makers\n" });
      expect(await run('import', 'jobs', '/nonexistent/jobs.csv')).toMatchObject({ code: 1, stderr: 'error: no such file: /nonexistent/jobs.csv\n' });
      expect(await run('import', 'jobs', bad.replace('.csv', '.xlsx'))).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot tell the format') });
    });

    it('prints the board in Dutch or English', async () => {
      const nl = await run('board');
      expect(nl.code).toBe(0);
      expect(nl.stdout).toMatch(/^PROSPECT \(\d+\)$/m);
      expect(nl.stdout).toMatch(/^GECONTACTEERD \(\d+\)$/m);
      const en = await run('board', '--lang', 'en');
      expect(en.stdout).toMatch(/^CONTACTED \(\d+\)$/m);
      expect(await run('board', '--email', 'nobody@example.com')).toMatchObject({ code: 1, stderr: expect.stringContaining('No user with e-mail nobody@example.com') });
    });
  });
}
