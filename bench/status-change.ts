/**
 * Status changes per second through the service (lock, validate, update,
 * append activity) on PostgreSQL, against pgbench running the same SQL in
 * the same run as the physical baseline; plus the embedded PGlite figure.
 *
 *   npm run bench:status-change              full run (3 rounds of 5 s per phase), writes bench/results
 *   npm run bench:status-change -- --smoke   1 round of 1 s per phase, writes nothing (CI)
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * names a server where the bench may create and drop its own database.
 * BENCH_COMPANIES (default 1000, a mid-size agency) and BENCH_SECONDS
 * change the shape. With few companies every update hits the same hot
 * pages, pgbench writes far less WAL and runs about twice as fast, while
 * the service stays near its Node-side cost (~1,100–1,300/s here): the
 * ratio then drops to about 0.3.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { connect, migrate, type DatabaseTarget } from '../src/db/connect.js';
import type { Db } from '../src/db/schema.js';
import type { Actor } from '../src/domain/roles.js';
import { changeStatus } from '../src/services/change-status.js';
import { percentile, report } from './support/results.js';

const smoke = process.argv.includes('--smoke');
const SECONDS = Number(process.env.BENCH_SECONDS ?? (smoke ? 1 : 5));
/** Phases alternate pgbench and service this many times; medians are reported, so disk noise hits both alike. */
const ROUNDS = smoke ? 1 : 3;
const CLIENTS = 8;
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 1_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Company n gets a predictable id so pgbench can address it from an integer. */
const companyId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

async function setUp(db: Db): Promise<Actor> {
  await migrate(db);
  const agency = await db.insertInto('agencies').values({ name: 'Bench' }).returning('id').executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({ agency_id: agency.id, email: `bench-${agency.id}@example.test`, name: 'Bench', password_hash: 'x', role: 'recruiter', branch_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const globals = await db
    .insertInto('global_companies')
    .values(Array.from({ length: COMPANIES }, (_, i) => ({ name: `Bench ${i + 1}` })))
    .returning('id')
    .execute();
  const now = new Date();
  await db
    .insertInto('companies')
    .values(
      globals.map((g, i) => ({
        agency_id: agency.id,
        id: companyId(i + 1),
        global_company_id: g.id,
        client_status: 'prospect',
        client_status_changed_at: now,
        created_at: now,
      })),
    )
    .execute();
  return { agencyId: agency.id, userId: user.id, role: 'recruiter' };
}

/**
 * CLIENTS workers for `seconds`, each toggling its own share of the
 * companies between prospect and contacted, so every request is legal.
 */
async function serviceRun(db: Db, actor: Actor, seconds: number) {
  const latencies: number[] = [];
  const current = await db.selectFrom('companies').select(['id', 'client_status']).where('agency_id', '=', actor.agencyId).execute();
  const statusById = new Map(current.map((c) => [c.id, c.client_status]));
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, worker) => {
      const mine = Array.from({ length: COMPANIES / CLIENTS }, (_, i) => i * CLIENTS + worker + 1);
      const status = new Map(mine.map((n) => [n, statusById.get(companyId(n))]));
      for (let i = 0; performance.now() < deadline; i++) {
        const n = mine[i % mine.length]!;
        const next = status.get(n) === 'prospect' ? 'contacted' : 'prospect';
        const started = performance.now();
        await changeStatus(db, actor, { companyId: companyId(n), status: next });
        latencies.push(performance.now() - started);
        status.set(n, next);
      }
    }),
  );
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** pgbench doing what the service does: lock the row, update it, append the activity. */
async function pgbenchRun(url: string, actor: Actor, seconds: number): Promise<number> {
  const id = `('00000000-0000-4000-8000-' || lpad(to_hex((:n)::int), 12, '0'))::uuid`;
  const where = `agency_id = '${actor.agencyId}' and id = ${id}`;
  const script = [
    `\\set n random(1, ${COMPANIES})`,
    'begin;',
    `select client_status from companies where ${where} and deleted_at is null for update;`,
    `update companies set client_status = case client_status when 'prospect' then 'contacted' else 'prospect' end, client_status_changed_at = date_trunc('milliseconds', now()) where ${where} returning *;`,
    `insert into client_company_activities (agency_id, company_id, activity_type, old_status, new_status, user_id, created_at, extra_data) select agency_id, id, 'status_change', case client_status when 'prospect' then 'contacted' else 'prospect' end, client_status, '${actor.userId}', client_status_changed_at, '{}' from companies where ${where} returning *;`,
    'commit;',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-bench-'));
  try {
    writeFileSync(join(dir, 'status-change.sql'), script);
    const { stdout, stderr } = await promisify(execFile)('pgbench', ['-n', '-M', 'prepared', '-c', String(CLIENTS), '-j', '2', '-T', String(seconds), '-f', join(dir, 'status-change.sql'), url]);
    const tps = /tps = ([\d.]+)/.exec(stdout);
    if (!tps) throw new Error(`could not read pgbench output:\n${stdout}\n${stderr}`);
    return Number(tps[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withFreshDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `clientpipe_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main() {
  console.log(`status-change bench: ${CLIENTS} clients, ${COMPANIES} companies, ${ROUNDS} × ${SECONDS} s per phase${smoke ? ' (smoke)' : ''}`);
  const postgres = await withFreshDatabase(async (url) => {
    const db = await connect({ kind: 'postgres', url, poolSize: CLIENTS });
    try {
      const actor = await setUp(db);
      await serviceRun(db, actor, 1); // warm up connections and the JIT
      const baselines: number[] = [];
      const services: Awaited<ReturnType<typeof serviceRun>>[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        console.log(`  round ${round}/${ROUNDS}: pgbench baseline …`);
        baselines.push(await pgbenchRun(url, actor, SECONDS));
        console.log(`  round ${round}/${ROUNDS}: service …  (pgbench: ${baselines.at(-1)!.toFixed(0)}/s)`);
        services.push(await serviceRun(db, actor, SECONDS));
        console.log(`  round ${round}/${ROUNDS}: service: ${services.at(-1)!.perSecond.toFixed(0)}/s`);
      }
      const service = services.sort((a, b) => a.perSecond - b.perSecond)[Math.floor(ROUNDS / 2)]!;
      return { baseline: percentile(baselines, 50), service };
    } finally {
      await db.destroy();
    }
  });

  console.log('  running the service on PGlite (on disk) …');
  const dataDir = mkdtempSync(join(tmpdir(), 'clientpipe-bench-pglite-'));
  const target: DatabaseTarget = { kind: 'pglite', dataDir };
  const pglite = await connect(target);
  let pgliteRun;
  try {
    pgliteRun = await serviceRun(pglite, await setUp(pglite), SECONDS);
  } finally {
    await pglite.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }

  report(
    'status-change',
    {
      pgbench_tps_8_clients: round(postgres.baseline),
      service_pg_per_s_8_clients: round(postgres.service.perSecond),
      service_pg_p50_ms: round(postgres.service.p50),
      service_pg_p99_ms: round(postgres.service.p99),
      ratio_service_to_pgbench: round(postgres.service.perSecond / postgres.baseline, 3),
      service_pglite_per_s: round(pgliteRun.perSecond),
      service_pglite_p99_ms: round(pgliteRun.p99),
    },
    [{ figure: 'ratio_service_to_pgbench', op: '>=', value: 0.5 }],
    { write: !smoke },
  );
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

await main();
