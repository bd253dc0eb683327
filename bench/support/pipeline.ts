import pg from 'pg';
import { migrate } from '../../src/platform/db/connect.js';
import { defaultPipeline } from '../../src/pipeline/pipeline-store.js';
import type { Db } from '../../src/platform/db/database.js';
import type { Actor } from '../../src/identity/domain/roles.js';
import { changeStatus } from '../../src/pipeline/change-status.js';
import { percentile } from './results.js';

/** The server benches create their databases on. */
export const BENCH_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Company n gets a predictable id so pgbench can address it from an integer. */
export const companyId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Runs `work` against a database made for it and dropped afterwards. */
export async function withFreshDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `clientpipe_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(BENCH_ADMIN_URL);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const STAGES = ['prospect', 'contacted', 'meeting', 'won', 'lost'] as const;

/**
 * Migrates and creates one agency with a recruiter and `companies`
 * companies spread over the five stages, as a real board is. The benches
 * toggle only the ones in prospect or contacted.
 */
export async function seedBenchAgency(db: Db, companies: number): Promise<Actor> {
  await migrate(db);
  const agency = await db.insertInto('agencies').values({ name: 'Bench' }).returning('id').executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({ agency_id: agency.id, email: `bench-${agency.id}@example.test`, name: 'Bench', password_hash: 'x', role: 'recruiter', branch_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pipeline = await defaultPipeline(db, agency.id);
  const now = new Date();
  for (let start = 0; start < companies; start += 1_000) {
    const size = Math.min(1_000, companies - start);
    const globals = await db
      .insertInto('global_companies')
      .values(Array.from({ length: size }, (_, i) => ({ name: `Bench ${start + i + 1}`, industry: 'Software Development', location: 'Utrecht', employee_count: 50 })))
      .returning('id')
      .execute();
    await db
      .insertInto('companies')
      .values(
        globals.map((g, i) => ({
          agency_id: agency.id,
          id: companyId(start + i + 1),
          global_company_id: g.id,
          pipeline_id: pipeline.id,
          client_status: STAGES[(start + i) % STAGES.length]!,
          client_status_changed_at: now,
          owner_id: user.id,
          created_at: now,
        })),
      )
      .execute();
  }
  return { agencyId: agency.id, userId: user.id, role: 'recruiter' };
}

/** Current statuses of the companies that toggle between prospect and contacted, in id order. */
export async function readStatuses(db: Db, actor: Actor): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('companies')
    .select(['id', 'client_status'])
    .where('agency_id', '=', actor.agencyId)
    .where('client_status', 'in', ['prospect', 'contacted'])
    .orderBy('id')
    .execute();
  return new Map(rows.map((row) => [row.id, row.client_status]));
}

export const toggle = (status: string | undefined) => (status === 'prospect' ? 'contacted' : 'prospect');

/**
 * `clients` workers for `seconds` calling changeStatus, each toggling its own
 * share of the companies between prospect and contacted.
 */
export async function serviceRun(db: Db, actor: Actor, options: { clients: number; seconds: number }) {
  const statuses = await readStatuses(db, actor);
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const deadline = performance.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, worker) => {
      const mine = [...statuses.keys()].filter((_, i) => i % options.clients === worker);
      for (let i = 0; performance.now() < deadline; i++) {
        const id = mine[i % mine.length]!;
        const next = toggle(statuses.get(id));
        const started = performance.now();
        await changeStatus(db, actor, { companyId: id, status: next });
        latencies.push(performance.now() - started);
        statuses.set(id, next);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return {
    perSecond: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    /** CPU this process spent per change, in microseconds. */
    cpuMicrosPerOp: (cpu.user + cpu.system) / latencies.length,
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
