import { sql } from 'kysely';
import type { Executor } from '../platform/db/database.js';
import { isDomainError } from '../platform/errors.js';
import { appendActivity, findLiveCompany, loadDefinition, lockLiveCompany, moveToStage, unlessRefused, type CompanyRow } from '../pipeline/index.js';
import { createAutomaticTask } from '../tasks/index.js';
import type { RecordFacts } from './domain/index.js';
import { registerRecordKind, type RecordAdapter } from './records.js';

/*
 * Companies (the agency's client records) as records rules act on. The
 * stage moves through the one stage writer's moveToStage, as an automatic
 * move naming the rule; a move its graph or gates refuse is reported, not
 * made (unlessRefused).
 */

async function liveCompany(trx: Executor, agencyId: string, id: string) {
  return findLiveCompany(trx, agencyId, id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  });
}

export const companyAdapter: RecordAdapter = {
  kind: 'company',
  pipelineKind: 'clients',

  async facts(trx, agencyId, id) {
    const company = await liveCompany(trx, agencyId, id);
    return company ? companyFacts(company) : null;
  },

  factsOf(row) {
    return 'client_status' in row ? companyFacts(row) : null;
  },

  async moveStage(trx, agencyId, id, stage, rule, now) {
    const company = await lockLiveCompany(trx, agencyId, id);
    if (company.client_status === stage) return { moved: false, refusal: 'already in the stage' };
    const { refusal } = await unlessRefused(moveToStage(trx, company, null, { to: stage, automatic: { reason: `Moved by the trigger rule "${rule.name}".`, rule } }, now));
    return refusal === undefined ? { moved: true } : { moved: false, refusal };
  },

  async appendEntry(trx, agencyId, id, entry, now) {
    await appendActivity(trx, { agencyId, companyId: id, type: entry.type, userId: entry.userId, createdAt: now, description: entry.description, extraData: entry.extraData });
  },

  async createTask(trx, agencyId, id, task, now) {
    await createAutomaticTask(trx, { agencyId, companyId: id, userId: task.userId, dueAt: task.dueAt, note: task.note, createdBy: task.createdBy, now });
  },

  async idleRecords(db, agencyId, pipelineId, before, afterId, limit) {
    const { rows } = await sql<{ id: string; last_modified_at: Date }>`
      select c.id, a.last_modified_at
      from companies c
      cross join lateral (
        select max(created_at) as last_modified_at from client_company_activities a
        where a.agency_id = c.agency_id and a.company_id = c.id
      ) a
      where c.agency_id = ${agencyId} and c.deleted_at is null
        and (${pipelineId}::uuid is null or c.pipeline_id = ${pipelineId}::uuid)
        and c.id > ${afterId}::uuid
        and a.last_modified_at < ${before}::timestamptz
      order by c.id
      limit ${limit}`.execute(db);
    return rows.map((row) => ({ id: row.id, lastModifiedAt: new Date(row.last_modified_at) }));
  },
};

registerRecordKind(companyAdapter);

function companyFacts(company: CompanyRow): RecordFacts {
  return {
    kind: 'company',
    id: company.id,
    pipelineId: company.pipeline_id,
    stage: company.client_status,
    ownerId: company.owner_id,
    // The branch the record belongs to (SPEC R1.4; its owner's when it was followed), as "My branches" reads it.
    branchId: company.branch_id,
    fields: {
      ...company.field_values,
      expectedValue: company.expected_value === null ? null : Number(company.expected_value),
      expectedCloseDate: company.expected_close_date,
      favorited: company.favorited,
    },
  };
}

/**
 * The stage group of a stage in a pipeline version (for "stage group changed
 * to Y"): versions never change and are cached, so this costs no statement
 * once a version was read.
 */
export async function stageGroupOf(trx: Executor, agencyId: string, pipelineId: string, version: number, stage: string | null): Promise<string | null> {
  if (stage === null) return null;
  const definition = await loadDefinition(trx, agencyId, pipelineId, version);
  return definition.stages.find((s) => s.key === stage)?.group ?? null;
}
