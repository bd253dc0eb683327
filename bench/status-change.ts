/**
 * Status changes per second through the service (lock, read the pipeline,
 * validate, update, append activity) on PostgreSQL, against pgbench running the same SQL in
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
 *
 * Triggers (SPEC R4.6): each round also runs the service with 20 active
 * trigger rules on the agency that never match a move (they are read and
 * checked on every stage change: the worst case short of acting) and with
 * those plus one that matches every move to Contacted (a firing claimed and
 * an action performed); each against the same round's run without rules,
 * goal ≥ 0.8. Rules are switched on and off between the phases.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { connect, type DatabaseTarget } from '../src/platform/db/connect.js';
import type { Actor } from '../src/identity/domain/roles.js';
import { round, seedBenchAgency, serviceRun, withFreshDatabase } from './support/pipeline.js';
import { defaultPipeline } from '../src/pipeline/index.js';
import { percentile, report } from './support/results.js';
import { installAutomation } from '../src/automation/index.js';
import type { Db } from '../src/platform/db/database.js';

const smoke = process.argv.includes('--smoke');
const SECONDS = Number(process.env.BENCH_SECONDS ?? (smoke ? 1 : 5));
/** Phases alternate pgbench and service this many times; medians are reported, so disk noise hits both alike. */
const ROUNDS = smoke ? 1 : 3;
const CLIENTS = 8;
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 1_000);

/**
 * pgbench doing what the service does (pipeline/change-status.ts through the
 * stage writer), statement for statement: lock the company row, read its
 * pipeline's row held against edits (FOR KEY SHARE; the definition of that
 * version is cached in the service, so it costs no statement), update the
 * row (stage, moment, pipeline, fields, resume day), append the activity
 * with the pipeline version it was decided under.
 */
async function pgbenchRun(url: string, actor: Actor, pipeline: { id: string; version: number }, seconds: number): Promise<number> {
  const id = `('00000000-0000-4000-8000-' || lpad(to_hex((:n)::int), 12, '0'))::uuid`;
  const where = `agency_id = '${actor.agencyId}' and id = ${id}`;
  const next = `case client_status when 'prospect' then 'contacted' else 'prospect' end`;
  const script = [
    // Companies 5k+1 and 5k+2 are the ones seeded in prospect and contacted (see seedBenchAgency).
    `\\set k random(0, ${COMPANIES / 5 - 1})`,
    `\\set n 5 * :k + random(1, 2)`,
    'begin;',
    `select * from companies where ${where} and deleted_at is null for update;`,
    `select * from pipelines where agency_id = '${actor.agencyId}' and id = '${pipeline.id}' for key share;`,
    `update companies set pipeline_id = '${pipeline.id}', client_status = ${next}, client_status_changed_at = date_trunc('milliseconds', now()), field_values = '{}', resume_at = null where ${where} returning *;`,
    `insert into client_company_activities (agency_id, company_id, activity_type, user_id, created_at, description, old_status, new_status, extra_data, pipeline_id, pipeline_version) select agency_id, id, 'status_change', '${actor.userId}', client_status_changed_at, null, ${next}, client_status, '{}', pipeline_id, ${pipeline.version} from companies where ${where} returning *;`,
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

/** 20 rules that never match a prospect ↔ contacted move, and one that matches every move to Contacted; all switched off. */
async function seedRules(db: Db, actor: Actor): Promise<{ idle: string[]; matching: string }> {
  installAutomation();
  const now = new Date();
  const group = await db.insertInto('automation_groups').values({ agency_id: actor.agencyId, name: 'Benched', created_at: now }).returning('id').executeTakeFirstOrThrow();
  const rule = (name: string, event: object, conditions: object[] = []) => ({
    agency_id: actor.agencyId,
    name,
    pipeline_kind: 'clients' as const,
    pipeline_id: null,
    event: JSON.stringify(event),
    conditions: JSON.stringify(conditions),
    actions: JSON.stringify([{ type: 'add_to_group', groupId: group.id }]),
    enabled: false,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  });
  // Stage events (read on every move), each for a stage or group these moves never reach, or with a condition that fails.
  const idle = Array.from({ length: 20 }, (_, i) =>
    i % 4 === 0 ? rule(`none ${i}`, { type: 'stage_group_changed', group: 'closed' })
    : i % 4 === 1 ? rule(`none ${i}`, { type: 'stage_changed', stage: ['meeting', 'won', 'lost'][i % 3] })
    : i % 4 === 2 ? rule(`none ${i}`, { type: 'stage_changed', stage: 'contacted' }, [{ type: 'field', field: 'expectedValue', operator: 'greater_than', value: 1e9 }])
    : rule(`none ${i}`, { type: 'stage_changed', stage: 'prospect' }, [{ type: 'owner', userIds: ['00000000-0000-4000-8000-000000000000'] }]),
  );
  const rows = await db.insertInto('automation_rules').values(idle).returning('id').execute();
  const matching = await db.insertInto('automation_rules').values(rule('one', { type: 'stage_changed', stage: 'contacted' })).returning('id').executeTakeFirstOrThrow();
  return { idle: rows.map((r) => r.id), matching: matching.id };
}

async function switchRules(db: Db, actor: Actor, ids: string[], enabled: boolean): Promise<void> {
  if (ids.length > 0) await db.updateTable('automation_rules').set({ enabled }).where('agency_id', '=', actor.agencyId).where('id', 'in', ids).execute();
}

const median = <T extends { perSecond: number }>(runs: T[]): T => [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)]!;

async function main() {
  console.log(`status-change bench: ${CLIENTS} clients, ${COMPANIES} companies, ${ROUNDS} × ${SECONDS} s per phase${smoke ? ' (smoke)' : ''}`);
  const postgres = await withFreshDatabase(async (url) => {
    const db = await connect({ kind: 'postgres', url, poolSize: CLIENTS });
    try {
      const actor = await seedBenchAgency(db, COMPANIES);
      const pipeline = await defaultPipeline(db, actor.agencyId);
      const rules = await seedRules(db, actor);
      await serviceRun(db, actor, { clients: CLIENTS, seconds: 1 }); // warm up connections and the JIT
      const baselines: number[] = [];
      const services: Awaited<ReturnType<typeof serviceRun>>[] = [];
      const noneMatching: Awaited<ReturnType<typeof serviceRun>>[] = [];
      const oneMatching: Awaited<ReturnType<typeof serviceRun>>[] = [];
      const ratios = { none: [] as number[], one: [] as number[] };
      for (let round = 1; round <= ROUNDS; round++) {
        console.log(`  round ${round}/${ROUNDS}: pgbench baseline …`);
        baselines.push(await pgbenchRun(url, actor, pipeline, SECONDS));
        console.log(`  round ${round}/${ROUNDS}: service …  (pgbench: ${baselines.at(-1)!.toFixed(0)}/s)`);
        services.push(await serviceRun(db, actor, { clients: CLIENTS, seconds: SECONDS }));
        console.log(`  round ${round}/${ROUNDS}: service: ${services.at(-1)!.perSecond.toFixed(0)}/s; with 20 rules, none matching …`);
        await switchRules(db, actor, rules.idle, true);
        noneMatching.push(await serviceRun(db, actor, { clients: CLIENTS, seconds: SECONDS }));
        console.log(`  round ${round}/${ROUNDS}: ${noneMatching.at(-1)!.perSecond.toFixed(0)}/s; with one matching too …`);
        await switchRules(db, actor, [rules.matching], true);
        oneMatching.push(await serviceRun(db, actor, { clients: CLIENTS, seconds: SECONDS }));
        console.log(`  round ${round}/${ROUNDS}: ${oneMatching.at(-1)!.perSecond.toFixed(0)}/s`);
        await switchRules(db, actor, [...rules.idle, rules.matching], false);
        ratios.none.push(noneMatching.at(-1)!.perSecond / services.at(-1)!.perSecond);
        ratios.one.push(oneMatching.at(-1)!.perSecond / services.at(-1)!.perSecond);
      }
      return {
        baseline: percentile(baselines, 50),
        service: median(services),
        triggers: { none: median(noneMatching), one: median(oneMatching), ratioNone: percentile(ratios.none, 50), ratioOne: percentile(ratios.one, 50) },
      };
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
    pgliteRun = await serviceRun(pglite, await seedBenchAgency(pglite, COMPANIES), { clients: CLIENTS, seconds: SECONDS });
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
      service_pg_per_s_20_rules_none_matching: round(postgres.triggers.none.perSecond),
      service_pg_per_s_20_rules_one_matching: round(postgres.triggers.one.perSecond),
      service_pg_p99_ms_20_rules_one_matching: round(postgres.triggers.one.p99),
      ratio_20_rules_none_matching_to_none: round(postgres.triggers.ratioNone, 3),
      ratio_20_rules_one_matching_to_none: round(postgres.triggers.ratioOne, 3),
    },
    [
      { figure: 'ratio_service_to_pgbench', op: '>=', value: 0.5 },
      { figure: 'ratio_20_rules_none_matching_to_none', op: '>=', value: 0.8 },
      { figure: 'ratio_20_rules_one_matching_to_none', op: '>=', value: 0.8 },
    ],
    { write: !smoke },
  );
}

await main();
