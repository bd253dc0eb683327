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
 * trigger rules on the agency that never match a move (each is checked on
 * every stage change: the worst case short of acting) and with
 * those plus one that matches every move to Contacted (a firing claimed and
 * an action performed); each against the same round's run without rules,
 * goal ≥ 0.8. Rules are switched on and off between the phases, through the
 * use cases as an admin would; each round runs the three phases in another
 * order.
 */
import { execFile } from 'node:child_process';
import type { z } from 'zod';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { connect, type DatabaseTarget } from '../src/platform/db/connect.js';
import type { Actor } from '../src/identity/domain/roles.js';
import { round, seedBenchAgency, serviceRun, withFreshDatabase } from './support/pipeline.js';
import { defaultPipeline } from '../src/pipeline/index.js';
import { percentile, report } from './support/results.js';
import { createGroup, createRule, installAutomation, updateRule } from '../src/automation/index.js';
import type { createRuleInput } from '../src/automation/index.js';
import type { Db } from '../src/platform/db/database.js';

type RuleInput = z.input<typeof createRuleInput>;

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

/** 20 rules that never match a prospect ↔ contacted move, and one that matches every move to Contacted; all switched off. Made and switched as an admin would, through the use cases. */
async function seedRules(db: Db, actor: Actor): Promise<{ idle: string[]; matching: string }> {
  installAutomation();
  const admin: Actor = { ...actor, role: 'admin' };
  const group = await createGroup(db, admin, { name: 'Benched' });
  const colleague = await db.insertInto('users').values({ agency_id: actor.agencyId, email: `colleague-${actor.agencyId}@example.test`, name: 'Colleague', password_hash: 'x', role: 'recruiter', branch_id: null }).returning('id').executeTakeFirstOrThrow();
  const rule = async (name: string, event: RuleInput['event'], conditions: RuleInput['conditions'] = []) =>
    (await createRule(db, admin, { name, pipelineKind: 'clients', event, conditions, actions: [{ type: 'add_to_group', groupId: group.id }], enabled: false })).id;
  // Stage events (read on every move), each for a stage or group these moves never reach, or with a condition that fails.
  const idle: string[] = [];
  for (let i = 0; i < 20; i++) {
    idle.push(
      i % 4 === 0 ? await rule(`none ${i}`, { type: 'stage_group_changed', group: 'closed' })
      : i % 4 === 1 ? await rule(`none ${i}`, { type: 'stage_changed', stage: ['meeting', 'won', 'lost'][i % 3]! })
      : i % 4 === 2 ? await rule(`none ${i}`, { type: 'stage_changed', stage: 'contacted' }, [{ type: 'field', field: 'expectedValue', operator: 'greater_than', value: 1e9 }])
      : await rule(`none ${i}`, { type: 'stage_changed', stage: 'prospect' }, [{ type: 'owner', userIds: [colleague.id] }]),
    );
  }
  return { idle, matching: await rule('one', { type: 'stage_changed', stage: 'contacted' }) };
}

async function switchRules(db: Db, actor: Actor, ids: string[], enabled: boolean): Promise<void> {
  for (const ruleId of ids) await updateRule(db, { ...actor, role: 'admin' }, { ruleId, enabled });
}

/** The service phases of a round: no rule on, 20 that never match, and one that matches too. */
const PHASES = ['none', 'idle', 'one'] as const;
type Phase = (typeof PHASES)[number];
const PHASE_NAMES: Record<Phase, string> = { none: 'service, no rules', idle: 'with 20 rules, none matching', one: 'with one matching too' };

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
      type Run = Awaited<ReturnType<typeof serviceRun>>;
      const runs: Record<Phase, Run[]> = { none: [], idle: [], one: [] };
      const ratios = { none: [] as number[], one: [] as number[] };
      // Which rules are on in each phase: none, the 20 that never match, those and the one that does.
      const on = (phase: Phase) => new Set(phase === 'none' ? [] : phase === 'idle' ? rules.idle : [...rules.idle, rules.matching]);
      let current: Phase = 'none';
      for (let round = 1; round <= ROUNDS; round++) {
        console.log(`  round ${round}/${ROUNDS}: pgbench baseline …`);
        baselines.push(await pgbenchRun(url, actor, pipeline, SECONDS));
        console.log(`  round ${round}/${ROUNDS}: pgbench ${baselines.at(-1)!.toFixed(0)}/s`);
        // Each round runs the phases in another order, so the tables' growth over the run weighs on each phase alike.
        for (const phase of PHASES.map((_, i) => PHASES[(i + round - 1) % PHASES.length]!)) {
          const [from, to] = [on(current), on(phase)];
          await switchRules(db, actor, [...to].filter((id) => !from.has(id)), true);
          await switchRules(db, actor, [...from].filter((id) => !to.has(id)), false);
          current = phase;
          runs[phase].push(await serviceRun(db, actor, { clients: CLIENTS, seconds: SECONDS }));
          console.log(`  round ${round}/${ROUNDS}: ${PHASE_NAMES[phase]}: ${runs[phase].at(-1)!.perSecond.toFixed(0)}/s`);
        }
        ratios.none.push(runs.idle.at(-1)!.perSecond / runs.none.at(-1)!.perSecond);
        ratios.one.push(runs.one.at(-1)!.perSecond / runs.none.at(-1)!.perSecond);
      }
      const [services, noneMatching, oneMatching] = [runs.none, runs.idle, runs.one];
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
