import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Clock } from '../platform/clock.js';
import { isNews, newJobsDedupeKey, newJobsPayload, type ArrivedJob } from './domain/new-jobs.js';
import type { Db, Executor } from '../platform/db/database.js';
import { jsonRows } from '../platform/db/json-rows.js';
import { publishNotificationEvent, type NotificationEvent } from './notification-events.js';

/** Shared companies handled per transaction. */
const CHUNK = 500;

export interface NotifyNewJobsResult {
  /** Jobs that arrived since the last run (now marked notified). */
  jobs: number;
  /** Of those, the ones worth a notification (domain/new-jobs.ts). */
  news: number;
  notifications: number;
}

/**
 * New-job notifications (SPEC R7.1), for every agency at once: each job
 * that arrived since the last run is claimed (jobs.notified_at) and, when
 * it is news, every agency that follows its company with notifications on
 * gets one notification per company naming its new jobs — for the
 * company's owner, or, without one, for every member who may work the
 * pipeline (not viewers). Claiming and notifying share one transaction,
 * so a crash redoes both or neither; a notification's dedupe key makes
 * writing it twice write it once. Recipients' live streams hear of it.
 */
export async function notifyNewJobs(db: Db, clock: Clock): Promise<NotifyNewJobsResult> {
  const result: NotifyNewJobsResult = { jobs: 0, news: 0, notifications: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const companies = await db
      .selectFrom('jobs')
      .select('global_company_id')
      .distinct()
      .where('notified_at', 'is', null)
      .where('global_company_id', '>', after)
      .orderBy('global_company_id')
      .limit(CHUNK)
      .execute();
    if (companies.length === 0) break;
    const ids = companies.map((row) => row.global_company_id);
    const chunk = await db.transaction().execute((trx) => notifyChunk(trx, ids, clock()));
    result.jobs += chunk.jobs;
    result.news += chunk.news;
    result.notifications += chunk.notifications;
    for (const event of chunk.events) publishNotificationEvent(event);
    after = ids.at(-1)!;
    // Let requests in between chunks (PGlite answers them only when the event loop is free).
    await setImmediate();
  }
  return result;
}

async function notifyChunk(trx: Executor, globalCompanyIds: readonly string[], now: Date) {
  // Claims the jobs: a concurrent run waits for these rows, then finds them notified.
  const claimed = await trx
    .updateTable('jobs')
    .set({ notified_at: now })
    .where('notified_at', 'is', null)
    .where('global_company_id', 'in', globalCompanyIds)
    .returning(['id', 'global_company_id', 'title', 'posted_at', 'closed_at'])
    .execute();
  const newsOf = new Map<string, ArrivedJob[]>();
  for (const job of claimed) {
    const arrived = { id: job.id, title: job.title, postedAt: job.posted_at, closedAt: job.closed_at };
    if (!isNews(arrived, now)) continue;
    const jobs = newsOf.get(job.global_company_id);
    if (jobs) jobs.push(arrived);
    else newsOf.set(job.global_company_id, [arrived]);
  }
  const news = [...newsOf.values()].reduce((sum, jobs) => sum + jobs.length, 0);
  const outcome = { jobs: claimed.length, news, notifications: 0, events: [] as NotificationEvent[] };
  if (newsOf.size === 0) return outcome;

  const followers = await trx
    .selectFrom('companies')
    .select(['agency_id', 'id', 'global_company_id', 'owner_id'])
    .where('global_company_id', 'in', [...newsOf.keys()])
    .where('deleted_at', 'is', null)
    .where('new_jobs_notifications', '=', true)
    .execute();
  const unowned = [...new Set(followers.filter((c) => c.owner_id === null).map((c) => c.agency_id))];
  const members = unowned.length
    ? await trx.selectFrom('users').select(['agency_id', 'id']).where('agency_id', 'in', unowned).where('role', '<>', 'viewer').execute()
    : [];

  const rows = followers.flatMap((company) => {
    const jobs = newsOf.get(company.global_company_id)!;
    const recipients = company.owner_id ? [company.owner_id] : members.filter((m) => m.agency_id === company.agency_id).map((m) => m.id);
    const payload = newJobsPayload(jobs);
    const dedupe_key = newJobsDedupeKey(company.id, jobs);
    return recipients.map((user_id) => ({ agency_id: company.agency_id, user_id, company_id: company.id, payload, dedupe_key }));
  });
  if (rows.length === 0) return outcome;
  const written = await sql<{ agency_id: string; user_id: string }>`
    insert into notifications (agency_id, user_id, kind, company_id, payload, dedupe_key, created_at)
    select r.agency_id, r.user_id, 'new_jobs', r.company_id, r.payload, r.dedupe_key, ${now}::timestamptz
    from ${jsonRows(rows, 'agency_id uuid, user_id uuid, company_id uuid, payload jsonb, dedupe_key text')}
    on conflict (agency_id, user_id, dedupe_key) do nothing
    returning agency_id, user_id`.execute(trx);
  outcome.notifications = written.rows.length;
  const usersOf = new Map<string, Set<string>>();
  for (const row of written.rows) usersOf.set(row.agency_id, (usersOf.get(row.agency_id) ?? new Set()).add(row.user_id));
  outcome.events = [...usersOf].map(([agencyId, users]) => ({ agencyId, userIds: [...users], kind: 'created' as const }));
  return outcome;
}
