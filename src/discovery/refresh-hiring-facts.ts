import { setImmediate } from 'node:timers/promises';
import { sql, type RawBuilder } from 'kysely';
import type { Clock } from '../platform/clock.js';
import { HOTNESS_WINDOW_DAYS, hotnessScore } from './domain/hotness.js';
import type { Executor } from '../platform/db/database.js';
import { jsonRows } from '../platform/db/json-rows.js';
import { stagedRows } from '../platform/db/copy.js';
import { chunkSize, hasOneConnection } from '../platform/db/one-connection.js';
import { DAY_MS } from '../platform/time/days.js';


/**
 * Recomputes what search filters and sorts on for these shared companies,
 * from their jobs (SPEC R5.1, R9.5): hotness, open jobs, the skills of open
 * jobs, the latest posting and the no-agencies flag. Called after jobs
 * change and by the periodic refresh.
 *
 * The database counts (a company can have thousands of jobs; only the
 * counts travel): the windows and "open" are those of domain/hotness.ts
 * (`hiringActivity`, `isOpen`) and "refuses agencies" that of
 * domain/no-agencies.ts (`companyRefusesAgencies`) — refresh-hiring-facts
 * .int.test.ts holds the two to the same answers. The score itself is
 * computed by the domain's `hotnessScore`.
 */
export async function refreshHiringFacts(
  db: Executor,
  globalCompanyIds: readonly string[],
  clock: Clock,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const ids = [...new Set(globalCompanyIds)];
  if (ids.length > ONE_PASS && !db.isTransaction && !hasOneConnection(db)) {
    onProgress?.(0, ids.length);
    await db.transaction().execute((trx) => refreshMany(trx, ids, clock));
    onProgress?.(ids.length, ids.length);
    return;
  }
  // In chunks, so each statement stays small however many companies an import touched. Each chunk is
  // its own short transaction (inside the caller's, when it passes one), and between chunks the event
  // loop is let go: on PGlite, with its one connection, requests are answered between them.
  const size = chunkSize(db, CHUNK);
  for (let done = 0; done < ids.length; done += size) {
    const chunk = ids.slice(done, done + size);
    if (db.isTransaction) await refreshChunk(db, chunk, clock);
    else await db.transaction().execute((trx) => refreshChunk(trx, chunk, clock));
    onProgress?.(Math.min(done + size, ids.length), ids.length);
    await setImmediate();
  }
}

/**
 * How many companies one refresh transaction covers: on PGlite about 15 ms
 * of the bench data (bench/startup), since a statement there holds the
 * whole process; on PostgreSQL enough to keep round trips few.
 */
const CHUNK = { oneConnection: 100, pooled: 1000 };

/**
 * More companies than this (an import's) are refreshed at once on
 * PostgreSQL: their jobs are counted in one pass over the table. Chunk by
 * chunk, each chunk's jobs lay scattered over the whole table and every
 * chunk read most of its pages again (bench/import: 16 s of 86 for 100,000
 * companies).
 */
const ONE_PASS = 5 * CHUNK.pooled;

/**
 * One transaction for all: the companies are locked first, in id order,
 * so an import that writes jobs of theirs meanwhile refreshes them after
 * this one (its count then sees every job), never before with a newer
 * count that this one's older count would overwrite.
 */
async function refreshMany(trx: Executor, ids: readonly string[], clock: Clock): Promise<void> {
  const chosen = await stagedRows(trx, 'refresh_companies', 'id uuid', ids.map((id) => ({ id })));
  // A temporary table has no statistics until analysed: the planner would take it for a few rows and
  // look each company's jobs up one by one instead of one pass over them (bench/import).
  await sql`analyze refresh_companies`.execute(trx);
  await sql`select g.id from global_companies g join ${chosen} on r.id = g.id order by g.id for no key update of g`.execute(trx);
  await writeFacts(trx, ids, clock, sql`global_company_id in (select id from refresh_companies)`, async (facts) => {
    const staged = await stagedRows(trx, 'refresh_facts', FACT_COLUMNS, facts);
    await sql`analyze refresh_facts`.execute(trx);
    return staged;
  });
}

function refreshChunk(db: Executor, ids: readonly string[], clock: Clock): Promise<void> {
  // The ids travel as one array.
  return writeFacts(db, ids, clock, sql`global_company_id = any(${sql.val(ids)}::uuid[])`, async (facts) => jsonRows(facts, FACT_COLUMNS));
}

const FACT_COLUMNS = 'id uuid, hotness smallint, open_jobs integer, no_agencies boolean, open_skills text[], last_posted_at timestamptz';

/** Counts the jobs of the companies `chosen` selects (`ids`) and writes what changed of their facts. */
async function writeFacts(
  db: Executor,
  ids: readonly string[],
  clock: Clock,
  chosen: RawBuilder<unknown>,
  rowsOf: (facts: Record<string, unknown>[]) => Promise<RawBuilder<unknown>>,
): Promise<void> {
  const now = clock();
  const windowStart = new Date(now.getTime() - HOTNESS_WINDOW_DAYS * DAY_MS);
  const previousStart = new Date(now.getTime() - 2 * HOTNESS_WINDOW_DAYS * DAY_MS);
  const open = sql<boolean>`(closed_at is null or closed_at > ${now})`;
  // One pass over the companies' jobs for the counts and one over the open jobs' skills, each grouped per
  // company (a subquery per company made a 100,000-company refresh take a minute).
  const counted = await sql<{ id: string; recent: number; previous: number; open: number; no_agencies: boolean; last_posted_at: Date | null; open_skills: string[] | null }>`
    with counts as (
      select global_company_id as id,
        count(*) filter (where posted_at > ${windowStart} and posted_at <= ${now}) as recent,
        count(*) filter (where posted_at > ${previousStart} and posted_at <= ${windowStart}) as previous,
        count(*) filter (where ${open}) as open,
        coalesce(bool_or(no_agencies) filter (where ${open}), false) as no_agencies,
        max(posted_at) filter (where posted_at <= ${now}) as last_posted_at
      from jobs where ${chosen}
      group by global_company_id
    ), skills as (
      select global_company_id as id, array_agg(distinct lower(skill) order by lower(skill)) as open_skills
      from jobs, unnest(skills) skill where ${chosen} and ${open}
      group by global_company_id
    )
    select counts.*, skills.open_skills from counts left join skills using (id)`.execute(db);
  const byId = new Map(counted.rows.map((row) => [row.id, row]));
  const facts = ids.map((id) => {
    const row = byId.get(id);
    const activity = { recent: Number(row?.recent ?? 0), previous: Number(row?.previous ?? 0), open: Number(row?.open ?? 0) };
    return {
      id,
      hotness: hotnessScore(activity),
      open_jobs: activity.open,
      no_agencies: row?.no_agencies ?? false,
      open_skills: row?.open_skills ?? [],
      last_posted_at: row?.last_posted_at ?? null,
    };
  });
  await sql`update global_companies g set hotness = r.hotness, open_jobs = r.open_jobs, no_agencies = r.no_agencies,
      open_skills = r.open_skills, last_posted_at = r.last_posted_at
    from ${await rowsOf(facts)}
    where g.id = r.id
      -- Unchanged facts are not rewritten: the columns are indexed, so every update writes a new row and all its index entries.
      and (g.hotness, g.open_jobs, g.no_agencies, g.open_skills, g.last_posted_at)
        is distinct from (r.hotness, r.open_jobs, r.no_agencies, r.open_skills, r.last_posted_at)`.execute(db);
}
