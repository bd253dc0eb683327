import type { routineSchema } from './analytics.schemas.js';
import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { defaultPipeline, loadPipeline } from '../pipeline/index.js';
import { FOLLOW_UP_ACTIVITIES, type ReminderKind, type ReminderReasonData } from '../tasks/domain/index.js';
import type { Actor } from '../identity/domain/index.js';
import {
  byFollowUpOrder,
  byStaleOrder,
  earliest,
  followUpRules,
  followUpWait,
  isRoutineListFinal,
  RECENT_MEETING_DAYS,
  ROUTINE_LIST_LIMIT,
  routineOwner,
  type FollowUpRules,
} from './domain/routine.js';
import { staleDays, staleThresholds, type StaleThresholds } from '../pipeline/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { can } from '../identity/domain/index.js';
import { DOSSIER_KINDS, dossierPermission } from '../dossiers/domain/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { DAY_MS, wholeDaysBetween } from '../platform/time/days.js';


export const routineInput = z
  .object({
    /**
     * One user's day: the companies they own and the reminders for them. The whole agency when absent, for
     * admins and managers; recruiters and viewers read their own day only (routineOwner).
     */
    ownerId: id.optional(),
    /** The pipeline whose records the lists show; the agency's default when left out. */
    pipelineId: id.optional(),
  })
  .strict();

export interface RoutineFollowUp {
  companyId: string;
  name: string;
  status: string;
  /** Whole days since it entered its stage. */
  daysWaiting: number;
  /** Whole days since the latest outreach or call in this stage; null when there was none. */
  daysSinceOutreach: number | null;
  /** Outreach messages and calls since it entered its stage. */
  followUps: number;
  ownerId: string | null;
  ownerName: string | null;
}

export interface RoutineMeeting {
  companyId: string;
  name: string;
  at: Date;
  attendees: string[];
  ownerId: string | null;
  ownerName: string | null;
}

export interface RoutineProspect {
  companyId: string;
  name: string;
  hotness: number;
  openJobs: number;
  noAgencies: boolean;
  ownerId: string | null;
  ownerName: string | null;
}

export interface RoutineReminder {
  id: string;
  /** The company it is on, or null for a lead's or opportunity's. */
  companyId: string | null;
  /** The lead or opportunity it is on, or null for a company's. */
  dossierId: string | null;
  dossierKind: 'lead' | 'opportunity' | null;
  /** The company's name or the dossier's title. */
  name: string;
  dueAt: Date;
  note: string | null;
  kind: ReminderKind;
  /** The rule that suggested it; null for manual ones. */
  reason: string | null;
  /** The stage and wait the reason is about; null for manual ones. */
  reasonData: ReminderReasonData | null;
  /** For whom. */
  userId: string;
  userName: string | null;
}

export interface RoutineStale {
  companyId: string;
  name: string;
  status: string;
  /** Days since it last moved or was worked on. */
  staleDays: number;
  /** Its stage's threshold. */
  thresholdDays: number;
  ownerId: string | null;
  ownerName: string | null;
}

export type Routine = z.output<typeof routineSchema>;

/** How many candidate companies one statement of readWorking reads. */
export const WORKING_PAGE_SIZE = 200;

interface WorkingRow {
  id: string;
  name: string;
  client_status: string;
  client_status_changed_at: Date;
  /** client_status_changed_at as PostgreSQL prints it: the keyset cursor, exact to the microsecond (a Date keeps milliseconds). */
  changed_at_key: string;
  owner_id: string | null;
  owner_name: string | null;
  last_activity_at: Date | null;
  last_follow_up_at: Date | null;
  follow_ups: number | string;
  next_meeting_at: string | null;
  next_reminder_at: Date | null;
}

/** Where the next page of candidates starts: after this company in (client_status_changed_at, id) order. */
interface WorkingCursor {
  changedAt: string;
  id: string;
}


/**
 * The daily routine (SPEC R6.3) in one pipeline: companies needing a
 * follow-up (its stages' follow-up rules), upcoming and recent meetings,
 * the companies to contact (its entry stage), due reminders (with those
 * on the leads and opportunities the actor may view) and stale
 * companies (its stages' thresholds), each list of the pipeline's
 * companies only and cut at ROUTINE_LIST_LIMIT. SQL gathers the facts per
 * company; the rules (domain/routine.ts, pipeline/domain/stale.ts) decide.
 * `pageSize` is how many candidates readWorking reads at a time.
 */
export async function readRoutine(
  db: Db,
  actor: Actor,
  input: z.input<typeof routineInput> = {},
  clock: Clock = systemClock,
  pageSize = WORKING_PAGE_SIZE,
): Promise<Routine> {
  authorize(actor, 'companies:view');
  const request = parseInput(routineInput, input);
  const ownerId = routineOwner(actor, request.ownerId);
  const now = clock();
  const pipeline = request.pipelineId ? await loadPipeline(db, actor.agencyId, request.pipelineId) : await defaultPipeline(db, actor.agencyId);
  const ownedBy = ownerId ? sql`and c.pipeline_id = ${pipeline.id} and c.owner_id = ${ownerId}` : sql`and c.pipeline_id = ${pipeline.id}`;
  const [{ followUps, stale }, upcoming, recent, prospects, reminders] = await Promise.all([
    readWorking(db, actor.agencyId, { thresholds: staleThresholds(pipeline), followUps: followUpRules(pipeline) }, ownedBy, now, pageSize),
    readMeetings(db, actor.agencyId, ownedBy, sql`a.extra_data->>'at' > ${now.toISOString()}`, 'asc'),
    readMeetings(db, actor.agencyId, ownedBy, sql`a.extra_data->>'at' <= ${now.toISOString()} and a.extra_data->>'at' >= ${new Date(now.getTime() - RECENT_MEETING_DAYS * DAY_MS).toISOString()}`, 'desc'),
    readProspects(db, actor.agencyId, pipeline.entryStage, ownedBy),
    readDueReminders(db, actor, pipeline.id, ownerId, now),
  ]);
  return { asOf: now, ownerId: ownerId ?? null, followUps, meetings: { upcoming, recent }, prospects, reminders, stale };
}

/** The pipeline's rules for the working lists: stale thresholds and follow-up rules, by stage. */
interface WorkingRules {
  thresholds: StaleThresholds;
  followUps: FollowUpRules;
}

/**
 * The follow-ups and stale companies, each sorted and cut at
 * ROUTINE_LIST_LIMIT. Gathering the activity facts of every candidate
 * takes over a second for a large agency, so candidates are read in pages,
 * longest in their stage first, and reading stops once neither list can
 * change any more (isRoutineListFinal); once the stale list is final, only
 * the stages with a follow-up rule are read.
 */
async function readWorking(db: Db, agencyId: string, rules: WorkingRules, ownedBy: RawBuilder<unknown>, now: Date, pageSize: number): Promise<{ followUps: RoutineFollowUp[]; stale: RoutineStale[] }> {
  const { thresholds } = rules;
  let stages = [...new Set([...Object.keys(thresholds), ...Object.keys(rules.followUps)])];
  let followUps: RoutineFollowUp[] = [];
  let stale: RoutineStale[] = [];
  let after: WorkingCursor | null = null;
  while (stages.length > 0) {
    const page = await readWorkingPage(db, agencyId, ownedBy, stages, rules, now, after, pageSize);
    for (const row of page) {
      const owner = { ownerId: row.owner_id, ownerName: row.owner_name };
      const statusChangedAt = new Date(row.client_status_changed_at);
      const nextPlannedAt = earliest(row.next_meeting_at ? new Date(row.next_meeting_at) : null, row.next_reminder_at && new Date(row.next_reminder_at));
      const lastFollowUpAt = row.last_follow_up_at && new Date(row.last_follow_up_at);
      const wait = followUpWait({ status: row.client_status, statusChangedAt, lastFollowUpAt, nextPlannedAt }, rules.followUps, now);
      if (wait) followUps.push({ companyId: row.id, name: row.name, status: row.client_status, ...wait, followUps: Number(row.follow_ups), ...owner });
      const days = staleDays({ status: row.client_status, statusChangedAt, lastActivityAt: row.last_activity_at && new Date(row.last_activity_at), nextPlannedAt }, thresholds, now);
      if (days !== null) stale.push({ companyId: row.id, name: row.name, status: row.client_status, staleDays: days, thresholdDays: thresholds[row.client_status]!, ...owner });
    }
    // Cutting now is safe: a company read later can push an entry down the list, never up.
    // (Sorting is stable, so entries that tie on every key keep the reading order.)
    followUps = followUps.sort(byFollowUpOrder).slice(0, ROUTINE_LIST_LIMIT);
    stale = stale.sort(byStaleOrder).slice(0, ROUTINE_LIST_LIMIT);

    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    const daysInStage = wholeDaysBetween(new Date(last.client_status_changed_at), now);
    const followUpsFinal = isRoutineListFinal(followUps.map((entry) => entry.daysWaiting), daysInStage);
    const staleFinal = isRoutineListFinal(stale.map((entry) => entry.staleDays), daysInStage);
    // A stage with a threshold can still add a stale company; only one with a follow-up rule can add a follow-up.
    stages = stages.filter((stage) => (!staleFinal && stage in thresholds) || (!followUpsFinal && stage in rules.followUps));
    after = { changedAt: last.changed_at_key, id: last.id };
  }
  return { followUps, stale };
}

/**
 * The next `limit` live companies in `stages` after `after`, longest in
 * their stage first (companies_recent_idx read backwards), with their facts.
 * Only companies that entered their stage at least as long ago as the
 * shortest wait that applies are read: neither rule can hold sooner.
 */
async function readWorkingPage(
  db: Db,
  agencyId: string,
  ownedBy: RawBuilder<unknown>,
  stages: readonly string[],
  rules: WorkingRules,
  now: Date,
  after: WorkingCursor | null,
  limit: number,
): Promise<WorkingRow[]> {
  const waits = stages.map((stage) => {
    const shortest = Math.min(rules.thresholds[stage] ?? Infinity, rules.followUps[stage]?.afterDays ?? Infinity);
    return sql`(c.client_status = ${stage} and c.client_status_changed_at <= ${new Date(now.getTime() - shortest * DAY_MS)}::timestamptz)`;
  });
  const followUpTypes = sql.join(FOLLOW_UP_ACTIVITIES.map((type) => sql`${type}`));
  // The page is chosen in a subquery, so the activity aggregate and the reminder lookup run for its rows only.
  const { rows } = await sql<WorkingRow>`
    select c.id, g.name, c.client_status, c.client_status_changed_at, c.client_status_changed_at::text as changed_at_key,
      c.owner_id, u.name as owner_name,
      act.last_activity_at, act.last_follow_up_at, act.follow_ups, act.next_meeting_at,
      (select min(r.due_at) from reminders r
        where r.agency_id = c.agency_id and r.company_id = c.id and r.done_at is null and r.due_at > ${now}::timestamptz) as next_reminder_at
    from (
      select c.agency_id, c.id, c.global_company_id, c.client_status, c.client_status_changed_at, c.owner_id
      from companies c
      where c.agency_id = ${agencyId} and c.deleted_at is null ${ownedBy}
        and (${sql.join(waits, sql` or `)})
        ${after ? sql`and (c.client_status_changed_at, c.id) > (${after.changedAt}::timestamptz, ${after.id}::uuid)` : sql``}
      order by c.client_status_changed_at, c.id
      limit ${limit}
    ) c
    join global_companies g on g.id = c.global_company_id
    left join users u on u.agency_id = c.agency_id and u.id = c.owner_id
    left join lateral (
      select max(a.created_at) as last_activity_at,
        max(a.created_at) filter (where a.activity_type in (${followUpTypes}) and a.created_at >= c.client_status_changed_at) as last_follow_up_at,
        count(*) filter (where a.activity_type in (${followUpTypes}) and a.created_at >= c.client_status_changed_at) as follow_ups,
        min(a.extra_data->>'at') filter (where a.activity_type = 'meeting_scheduled' and a.extra_data->>'at' > ${now.toISOString()}) as next_meeting_at
      from client_company_activities a
      where a.agency_id = c.agency_id and a.company_id = c.id
    ) act on true
    order by c.client_status_changed_at, c.id`.execute(db);
  return rows;
}

async function readMeetings(db: Db, agencyId: string, ownedBy: RawBuilder<unknown>, when: RawBuilder<unknown>, order: 'asc' | 'desc'): Promise<RoutineMeeting[]> {
  const { rows } = await sql<{ company_id: string; name: string; at: string; attendees: unknown; owner_id: string | null; owner_name: string | null }>`
    select a.company_id, g.name, a.extra_data->>'at' as at, a.extra_data->'attendees' as attendees, c.owner_id, u.name as owner_name
    from client_company_activities a
    join companies c on c.agency_id = a.agency_id and c.id = a.company_id
    join global_companies g on g.id = c.global_company_id
    left join users u on u.agency_id = c.agency_id and u.id = c.owner_id
    where a.agency_id = ${agencyId} and a.activity_type = 'meeting_scheduled' and ${when}
      and c.deleted_at is null ${ownedBy}
    order by a.extra_data->>'at' ${sql.raw(order)}, a.seq ${sql.raw(order)}
    limit ${ROUTINE_LIST_LIMIT}`.execute(db);
  return rows.map((row) => ({
    companyId: row.company_id,
    name: row.name,
    at: new Date(row.at),
    attendees: Array.isArray(row.attendees) ? row.attendees.map(String) : [],
    ownerId: row.owner_id,
    ownerName: row.owner_name,
  }));
}

async function readProspects(db: Db, agencyId: string, entryStage: string, ownedBy: RawBuilder<unknown>): Promise<RoutineProspect[]> {
  const { rows } = await sql<RoutineProspect>`
    select c.id as "companyId", g.name, g.hotness, g.open_jobs as "openJobs", g.no_agencies as "noAgencies",
      c.owner_id as "ownerId", u.name as "ownerName"
    from companies c
    join global_companies g on g.id = c.global_company_id
    left join users u on u.agency_id = c.agency_id and u.id = c.owner_id
    where c.agency_id = ${agencyId} and c.deleted_at is null and c.client_status = ${entryStage} ${ownedBy}
    order by g.hotness desc, g.open_jobs desc, lower(g.name), c.id
    limit ${ROUTINE_LIST_LIMIT}`.execute(db);
  return rows;
}

/**
 * The due reminders: on the pipeline's companies, and on the leads and
 * opportunities the actor may view (whatever their pipeline: a task is the
 * day's work wherever it is); of `userId`, or of everyone.
 */
async function readDueReminders(db: Db, actor: Actor, pipelineId: string, userId: string | undefined, now: Date): Promise<RoutineReminder[]> {
  const agencyId = actor.agencyId;
  const kinds = DOSSIER_KINDS.filter((kind) => can(actor, dossierPermission(kind, 'view')));
  const due = sql`r.agency_id = ${agencyId} and r.done_at is null and r.due_at <= ${now}::timestamptz ${userId ? sql`and r.user_id = ${userId}` : sql``}`;
  // Each part takes its first reminders by due date on its own (along reminders_open_idx, stopping at
  // the limit); as one union under the outer order, PostgreSQL joined every due reminder to the companies first.
  const { rows } = await sql<RoutineReminder>`
    select * from (
      (select r.id, r.company_id as "companyId", null::uuid as "dossierId", null::text as "dossierKind", g.name, r.due_at as "dueAt", r.note, r.kind,
        r.reason_key as reason, r.reason_data as "reasonData", r.user_id as "userId", u.name as "userName"
      from reminders r
      join companies c on c.agency_id = r.agency_id and c.id = r.company_id
      join global_companies g on g.id = c.global_company_id
      left join users u on u.agency_id = r.agency_id and u.id = r.user_id
      where ${due} and c.deleted_at is null and c.pipeline_id = ${pipelineId}
      order by r.due_at, r.id
      limit ${ROUTINE_LIST_LIMIT})
      ${
        kinds.length === 0
          ? sql``
          : sql`union all
      (select r.id, null::uuid, d.id, d.kind, d.title, r.due_at, r.note, r.kind, r.reason_key, r.reason_data, r.user_id, u.name
      from reminders r
      join dossiers d on d.agency_id = r.agency_id and d.id = r.dossier_id
      left join users u on u.agency_id = r.agency_id and u.id = r.user_id
      where ${due} and d.deleted_at is null and d.kind in (${sql.join(kinds)})
      order by r.due_at, r.id
      limit ${ROUTINE_LIST_LIMIT})`
      }
    ) due
    order by "dueAt", id
    limit ${ROUTINE_LIST_LIMIT}`.execute(db);
  return rows;
}
