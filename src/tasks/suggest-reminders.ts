import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Clock } from '../platform/clock.js';
import { FOLLOW_UP_ACTIVITIES, suggestReminders, type ReminderFacts, type ReminderKind } from './domain/reminders.js';
import { findStage, type PipelineDefinition } from '../pipeline/domain/index.js';
import { loadDefinition } from '../pipeline/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { jsonRows } from '../platform/db/json-rows.js';
import { chunkSize } from '../platform/db/one-connection.js';

/**
 * Companies read and written per chunk. Reading a company's facts takes a
 * few lateral lookups, and on PGlite a statement holds the whole process:
 * there chunks stay small (bench/startup).
 */
const CHUNK = { oneConnection: 50, pooled: 1000 };

export interface SuggestionRun {
  /** Companies the rules looked at. */
  companies: number;
  /** New suggested reminders written. */
  suggested: number;
  /** Open suggestions closed because their reason no longer holds. */
  retired: number;
}

interface FactsRow {
  agency_id: string;
  id: string;
  pipeline_id: string;
  pipeline_version: number;
  client_status: string;
  client_status_changed_at: Date;
  resume_at: string | null;
  owner_id: string | null;
  follow_up_at: Date | null;
  follow_up_by: string | null;
  moved_by: string | null;
  next_meeting_at: string | null;
  open_reminders: { id: string; kind: ReminderKind; dedupeKey: string | null }[] | string;
}

/**
 * Suggested reminders (SPEC R7.2) for every agency: reads the facts the
 * rules need for each live company in a stage with a follow-up rule, or On
 * hold with a day to resume (or with an open suggestion), takes its stage
 * from its pipeline (each version's definition read once per run), lets
 * domain/reminders.ts decide, and writes the outcome. A suggestion's dedupe
 * key is unique per agency, so running this twice, or on two instances,
 * writes each suggestion once.
 */
export async function refreshSuggestedReminders(db: Db, clock: Clock): Promise<SuggestionRun> {
  const run: SuggestionRun = { companies: 0, suggested: 0, retired: 0 };
  const definitions = new Map<string, Promise<PipelineDefinition>>();
  const definitionOf = (row: FactsRow) => {
    const key = `${row.agency_id}:${row.pipeline_id}:${row.pipeline_version}`;
    let definition = definitions.get(key);
    if (!definition) definitions.set(key, (definition = loadDefinition(db, row.agency_id, row.pipeline_id, row.pipeline_version)));
    return definition;
  };
  let after: [string, string] = ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const now = clock();
    const rows = await readFacts(db, after, now, chunkSize(db, CHUNK));
    if (rows.length === 0) break;
    const facts: ReminderFacts[] = [];
    for (const row of rows) facts.push(toFacts(row, await definitionOf(row)));
    const agencyOf = new Map(rows.map((row) => [row.id, row.agency_id]));
    const { create, retire } = suggestReminders(facts, now);
    const retiring = rows.flatMap((row) => openReminders(row).filter((r) => retire.includes(r.id)).map((r) => ({ agency_id: row.agency_id, id: r.id })));
    await db.transaction().execute(async (trx) => {
      if (retiring.length > 0) {
        const retired = await sql`update reminders t set done_at = ${now}::timestamptz
          from ${jsonRows(retiring, 'agency_id uuid, id uuid')}
          where t.agency_id = r.agency_id and t.id = r.id and t.done_at is null and t.kind = 'suggested'`
          .execute(trx);
        run.retired += Number(retired.numAffectedRows ?? 0);
      }
      if (create.length > 0) {
        const values = create.map((s) => ({
          agency_id: agencyOf.get(s.companyId)!,
          company_id: s.companyId,
          user_id: s.userId,
          due_at: s.dueAt.toISOString(),
          note: s.note,
          reason_key: s.reasonKey,
          reason_data: s.reasonData,
          dedupe_key: s.dedupeKey,
        }));
        const written = await sql<{ id: string }>`
          insert into reminders (agency_id, company_id, user_id, due_at, note, kind, reason_key, reason_data, dedupe_key, created_at)
          select r.agency_id, r.company_id, r.user_id, r.due_at, r.note, 'suggested', r.reason_key, r.reason_data, r.dedupe_key, ${now}::timestamptz
          from ${jsonRows(values, 'agency_id uuid, company_id uuid, user_id uuid, due_at timestamptz, note text, reason_key text, reason_data jsonb, dedupe_key text')}
          on conflict (agency_id, dedupe_key) where dedupe_key is not null do nothing
          returning id`.execute(trx);
        run.suggested += written.rows.length;
      }
    });
    run.companies += rows.length;
    const last = rows.at(-1)!;
    after = [last.agency_id, last.id];
    // Let requests in between chunks (PGlite answers them only when the event loop is free).
    await setImmediate();
  }
  return run;
}

/**
 * One chunk of live companies the rules may concern, with their facts, in
 * (agency, id) order: those whose stage has a follow-up rule or parks them
 * with a day to resume (by the pipeline's stage table, which holds its
 * current version), and those with an open suggestion to reconsider.
 */
async function readFacts(db: Executor, after: [string, string], now: Date, limit: number): Promise<FactsRow[]> {
  const followUps = sql.join(FOLLOW_UP_ACTIVITIES.map((type) => sql`${type}`));
  const { rows } = await sql<FactsRow>`
    select c.agency_id, c.id, c.pipeline_id, p.version as pipeline_version, c.client_status, c.client_status_changed_at,
      c.resume_at, c.owner_id,
      f.created_at as follow_up_at, f.user_id as follow_up_by, m.user_id as moved_by,
      (select min(a.extra_data->>'at') from client_company_activities a
        where a.agency_id = c.agency_id and a.company_id = c.id and a.activity_type = 'meeting_scheduled'
          and a.extra_data->>'at' > ${now.toISOString()}) as next_meeting_at,
      (select coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind, 'dedupeKey', r.dedupe_key)), '[]'::json)
        from reminders r where r.agency_id = c.agency_id and r.company_id = c.id and r.done_at is null) as open_reminders
    from companies c
    join pipelines p on p.agency_id = c.agency_id and p.id = c.pipeline_id
    left join lateral (
      select a.created_at, a.user_id from client_company_activities a
      where a.agency_id = c.agency_id and a.company_id = c.id and a.activity_type in (${followUps})
        and a.created_at >= c.client_status_changed_at
      order by a.created_at desc, a.seq desc limit 1
    ) f on true
    left join lateral (
      select a.user_id from client_company_activities a
      where a.agency_id = c.agency_id and a.company_id = c.id and a.activity_type in ('status_change', 'company_tracked')
      order by a.created_at desc, a.seq desc limit 1
    ) m on true
    where c.deleted_at is null
      and (c.agency_id, c.id) > (${after[0]}::uuid, ${after[1]}::uuid)
      and (exists (select 1 from pipeline_stages s
          where s.agency_id = c.agency_id and s.pipeline_id = c.pipeline_id and s.key = c.client_status
            and (s.follow_up_days is not null or (s.outcome = 'on_hold' and c.resume_at is not null)))
        or exists (select 1 from reminders r where r.agency_id = c.agency_id and r.company_id = c.id and r.kind = 'suggested' and r.done_at is null))
    order by c.agency_id, c.id
    limit ${limit}`.execute(db);
  return rows;
}

function openReminders(row: FactsRow): { id: string; kind: ReminderKind; dedupeKey: string | null }[] {
  // json (not jsonb) arrives parsed from pg and PGlite alike; a string would be a driver that does not parse it.
  return typeof row.open_reminders === 'string' ? JSON.parse(row.open_reminders) : row.open_reminders;
}

function toFacts(row: FactsRow, pipeline: PipelineDefinition): ReminderFacts {
  return {
    companyId: row.id,
    stage: findStage(pipeline, row.client_status),
    statusChangedAt: new Date(row.client_status_changed_at),
    resumeAt: row.resume_at,
    lastFollowUp: row.follow_up_at ? { at: new Date(row.follow_up_at), by: row.follow_up_by } : null,
    ownerId: row.owner_id,
    movedBy: row.moved_by,
    nextMeetingAt: row.next_meeting_at ? new Date(row.next_meeting_at) : null,
    openReminders: openReminders(row),
  };
}
