import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { chunkSize } from '../platform/db/one-connection.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { DAY_MS } from '../platform/time/days.js';
import { SCANNED_EVENT_TYPES, type OccurredEvent } from './domain/index.js';
import type { AutomationRuleRow } from './automation.tables.js';
import { fireRules } from './engine.js';
import { adaptersOfPipelineKind, type RecordAdapter } from './records.js';

const CHUNK = { oneConnection: 20, pooled: 500 };

interface Candidate {
  id: string;
  /** The event key: the moment the wait started (idle) or the jobs' latest arrival / closing. */
  key: string;
}

/**
 * Runs the rules no activity fires (SPEC R4.6): "not modified for more
 * than N days" and, for companies, "new jobs arrived" and "all jobs
 * closed". Each candidate fires in its own short transaction; the firing's
 * unique key (rule, record, event key) makes a rule fire at most once per
 * record and wait — the key is the moment the wait started (the record's
 * latest timeline entry) — also when two instances run this at once.
 */
export async function scanRules(db: Db, clock: Clock): Promise<{ rules: number; fired: number }> {
  const now = clock();
  const rules = await db
    .selectFrom('automation_rules')
    .selectAll()
    .where('enabled', '=', true)
    .where(sql<string>`event ->> 'type'`, 'in', [...SCANNED_EVENT_TYPES])
    .orderBy('agency_id')
    .orderBy('id')
    .execute();
  let fired = 0;
  for (const rule of rules) {
    for (const adapter of adaptersOfPipelineKind(rule.pipeline_kind)) fired += await scanRule(db, adapter, rule, now);
  }
  return { rules: rules.length, fired };
}

async function scanRule(db: Db, adapter: RecordAdapter, rule: AutomationRuleRow, now: Date): Promise<number> {
  const limit = chunkSize(db, CHUNK);
  const event: OccurredEvent = { type: rule.event.type as 'idle' | 'new_jobs' | 'all_jobs_closed' };
  let after = '00000000-0000-0000-0000-000000000000';
  let fired = 0;
  for (;;) {
    const candidates = await readCandidates(db, adapter, rule, now, after, limit);
    if (candidates.length === 0) return fired;
    for (const candidate of candidates) {
      // A rule switched off or edited since this scan read it (stale) does not act; the next scan reads it as it is.
      const { fired: count } = await db.transaction().execute((trx) => fireRules(trx, rule.agency_id, { kind: adapter.kind, id: candidate.id }, event, `${event.type}:${candidate.key}`, now, { rules: [rule] }));
      if (count > 0 && adapter.kind === 'company') publishCompanyChange({ agencyId: rule.agency_id, companyId: candidate.id, kind: 'status_changed' });
      fired += count;
    }
    after = candidates.at(-1)!.id;
    await setImmediate();
  }
}

async function readCandidates(db: Executor, adapter: RecordAdapter, rule: AutomationRuleRow, now: Date, after: string, limit: number): Promise<Candidate[]> {
  const event = rule.event;
  if (event.type === 'idle') {
    const idle = await adapter.idleRecords(db, rule.agency_id, rule.pipeline_id, new Date(now.getTime() - event.days * DAY_MS), after, limit);
    return idle.map((record) => ({ id: record.id, key: record.lastModifiedAt.toISOString() }));
  }
  if (adapter.kind !== 'company') return [];
  // Only what happened since the rule exists (and, for closing, since the record entered its stage) is an event.
  const since = rule.created_at;
  const { rows } = event.type === 'new_jobs'
    ? await sql<{ id: string; moment: Date }>`
        select c.id, max(j.created_at) as moment
        from companies c join jobs j on j.global_company_id = c.global_company_id
        where c.agency_id = ${rule.agency_id} and c.deleted_at is null and c.id > ${after}::uuid
          and (${rule.pipeline_id}::uuid is null or c.pipeline_id = ${rule.pipeline_id}::uuid)
          and j.created_at > greatest(c.created_at, ${since}::timestamptz) and j.created_at <= ${now}::timestamptz
        group by c.id order by c.id limit ${limit}`.execute(db)
    : await sql<{ id: string; moment: Date }>`
        select c.id, max(j.closed_at) as moment
        from companies c join jobs j on j.global_company_id = c.global_company_id
        where c.agency_id = ${rule.agency_id} and c.deleted_at is null and c.id > ${after}::uuid
          and (${rule.pipeline_id}::uuid is null or c.pipeline_id = ${rule.pipeline_id}::uuid)
        group by c.id, c.client_status_changed_at
        having bool_and(j.closed_at is not null and j.closed_at <= ${now}::timestamptz)
          and max(j.closed_at) > greatest(c.client_status_changed_at, ${since}::timestamptz)
        order by c.id limit ${limit}`.execute(db);
  return rows.map((row) => ({ id: row.id, key: new Date(row.moment).toISOString() }));
}
