import { setImmediate } from 'node:timers/promises';
import { sql, type RawBuilder } from 'kysely';
import type { Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { chunkSize } from '../platform/db/one-connection.js';
import { isDomainError } from '../platform/errors.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { builtInMove } from './domain/index.js';
import { lockLiveCompany } from './company-records.js';
import { loadPipeline } from './pipeline-store.js';
import { moveByBuiltInRule } from './move-by-built-in-rule.js';

/**
 * Records looked at per transaction: each is locked and moved in it, so on
 * PGlite (where a transaction holds the whole process) chunks stay small.
 */
const CHUNK = { oneConnection: 5, pooled: 200 };

export interface JobsClosedRun {
  /** Records whose jobs had all closed while they sat in the rule's stage. */
  companies: number;
  /** Of those, the ones moved (a move the pipeline's gates refuse is skipped). */
  moved: number;
}

interface Candidate {
  agency_id: string;
  id: string;
}

/**
 * The automatic move when a client's jobs have all closed (SPEC R3.2, seed
 * 003: an Active client moves to Dormant by itself), for every agency whose
 * pipeline has the `whenJobsClosed` automation. A record moves when its
 * company has jobs, none of them open now (a job is open until its closing
 * moment has passed, as in discovery), and one of them closed after the
 * record entered the stage: a client someone made Active while its jobs
 * were already closed stays Active until a job of its own closes. Each
 * record is locked, checked again and moved through the stage writer,
 * recorded as automatic (no user); running this twice moves nothing more,
 * since a moved record has left the rule's stage.
 */
export async function moveWhenJobsClosed(db: Db, clock: Clock): Promise<JobsClosedRun> {
  const run: JobsClosedRun = { companies: 0, moved: 0 };
  let after: [string, string] = ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const candidates = await readCandidates(db, after, clock(), chunkSize(db, CHUNK));
    if (candidates.length === 0) break;
    const moved = await db.transaction().execute(async (trx) => {
      const done: Candidate[] = [];
      for (const candidate of candidates) {
        if (await moveOne(trx, candidate, clock)) done.push(candidate);
      }
      return done;
    });
    for (const company of moved) publishCompanyChange({ agencyId: company.agency_id, companyId: company.id, kind: 'status_changed' });
    run.companies += candidates.length;
    run.moved += moved.length;
    after = [candidates.at(-1)!.agency_id, candidates.at(-1)!.id];
    // Let requests in between chunks (PGlite answers them only when the event loop is free).
    await setImmediate();
  }
  return run;
}

/** Locks the record and moves it if it still qualifies; says whether it moved. */
async function moveOne(trx: Executor, candidate: Candidate, clock: Clock): Promise<boolean> {
  // Unfollowed since it was read: nothing to move.
  const company = await lockLiveCompany(trx, candidate.agency_id, candidate.id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!company) return false;
  const pipeline = await loadPipeline(trx, company.agency_id, company.pipeline_id);
  const now = clock();
  if (!builtInMove(pipeline, 'whenJobsClosed', company.client_status) || !(await allJobsClosedSince(trx, company.global_company_id, company.client_status_changed_at, now))) return false;
  // Logged once per wait in the stage: a move a gate keeps refusing is retried by every run, not logged by every run.
  const moved = await moveByBuiltInRule(
    trx,
    company,
    pipeline,
    { key: 'whenJobsClosed', eventKey: `stage-entered:${company.client_status_changed_at.toISOString()}`, reason: (stage) => `All jobs closed: moved to ${stage} automatically.` },
    now,
  );
  return moved !== null;
}

/** The shared company's jobs are all closed now, and one closed after `since`. */
async function allJobsClosedSince(db: Executor, globalCompanyId: string, since: Date, now: Date): Promise<boolean> {
  const { rows } = await sql<{ closes: boolean }>`
    select ${closedSince(sql`${globalCompanyId}::uuid`, sql`${since}::timestamptz`, now)} as closes`.execute(db);
  return rows[0]?.closes === true;
}

/** SQL: the company's jobs are all closed at `now` and one of them closed after `since`. */
function closedSince(globalCompanyId: RawBuilder<unknown>, since: RawBuilder<unknown>, now: Date) {
  return sql<boolean>`(exists (select 1 from jobs j where j.global_company_id = ${globalCompanyId}
        and j.closed_at > ${since} and j.closed_at <= ${now}::timestamptz)
      and not exists (select 1 from jobs j where j.global_company_id = ${globalCompanyId}
        and (j.closed_at is null or j.closed_at > ${now}::timestamptz)))`;
}

/**
 * One chunk of live records, in (agency, id) order, sitting in the stage a
 * pipeline's whenJobsClosed rule moves from (read from the pipelines row,
 * its current version) whose jobs have all closed since they entered it.
 */
async function readCandidates(db: Executor, after: [string, string], now: Date, limit: number): Promise<Candidate[]> {
  const { rows } = await sql<Candidate>`
    select c.agency_id, c.id
    from pipelines p
    join companies c on c.agency_id = p.agency_id and c.pipeline_id = p.id
      and c.client_status = p.automations -> 'whenJobsClosed' ->> 'from' and c.deleted_at is null
    where p.automations -> 'whenJobsClosed' is not null
      and (c.agency_id, c.id) > (${after[0]}::uuid, ${after[1]}::uuid)
      and ${closedSince(sql`c.global_company_id`, sql`c.client_status_changed_at`, now)}
    order by c.agency_id, c.id
    limit ${limit}`.execute(db);
  return rows;
}
