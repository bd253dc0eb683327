import { sql } from 'kysely';
import { appendDossierActivity, lockLiveDossier, moveDossierToStage, unlessRefused, type DossierRecord } from '../pipeline/index.js';
import { createAutomaticTask } from '../tasks/index.js';
import type { RecordFacts } from './domain/index.js';
import { registerRecordKind, type RecordAdapter } from './records.js';

/*
 * Leads and opportunities (the dossiers slice's records) as records rules
 * act on, one adapter per kind, each for its pipeline kind. As a
 * company's: the stage moves through the one stage writer
 * (moveDossierToStage) as an automatic move naming the rule, and a move
 * its graph or gates refuse is reported, not made (unlessRefused).
 * Their timeline is dossier_activities, whose appends fire the rules
 * through the same hook as a company's (pipeline/timeline-hook.ts).
 */

type DossierKind = 'lead' | 'opportunity';

function dossierAdapter(kind: DossierKind, pipelineKind: 'leads' | 'opportunities'): RecordAdapter {
  return {
    kind,
    pipelineKind,

    async facts(trx, agencyId, id) {
      const dossier = await trx
        .selectFrom('dossiers')
        .selectAll()
        .where('agency_id', '=', agencyId)
        .where('id', '=', id)
        .where('kind', '=', kind)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return dossier ? dossierFacts(dossier) : null;
    },

    factsOf(row) {
      return 'kind' in row && row.kind === kind ? dossierFacts(row) : null;
    },

    async moveStage(trx, agencyId, id, stage, rule, now) {
      const dossier = await lockLiveDossier(trx, agencyId, id, kind);
      if (dossier.stage === stage) return { moved: false, refusal: 'already in the stage' };
      const { refusal } = await unlessRefused(moveDossierToStage(trx, dossier, null, { to: stage, automatic: { reason: `Moved by the trigger rule "${rule.name}".`, rule } }, now));
      return refusal === undefined ? { moved: true } : { moved: false, refusal };
    },

    async appendEntry(trx, agencyId, id, entry, now) {
      await appendDossierActivity(trx, { agencyId, dossierId: id, kind, type: entry.type, userId: entry.userId, createdAt: now, description: entry.description, extraData: entry.extraData });
    },

    async createTask(trx, agencyId, id, task, now) {
      await createAutomaticTask(trx, { agencyId, dossierId: id, userId: task.userId, dueAt: task.dueAt, note: task.note, createdBy: task.createdBy, now });
    },

    async idleRecords(db, agencyId, pipelineId, before, afterId, limit) {
      const { rows } = await sql<{ id: string; last_modified_at: Date }>`
        select d.id, a.last_modified_at
        from dossiers d
        cross join lateral (
          select max(created_at) as last_modified_at from dossier_activities a
          where a.agency_id = d.agency_id and a.dossier_id = d.id
        ) a
        where d.agency_id = ${agencyId} and d.kind = ${kind} and d.deleted_at is null
          and (${pipelineId}::uuid is null or d.pipeline_id = ${pipelineId}::uuid)
          and d.id > ${afterId}::uuid
          and a.last_modified_at < ${before}::timestamptz
        order by d.id
        limit ${limit}`.execute(db);
      return rows.map((row) => ({ id: row.id, lastModifiedAt: new Date(row.last_modified_at) }));
    },
  };
}

export const leadAdapter = dossierAdapter('lead', 'leads');
export const opportunityAdapter = dossierAdapter('opportunity', 'opportunities');

function dossierFacts(dossier: DossierRecord): RecordFacts {
  const value = dossier.value === null ? null : Number(dossier.value);
  return {
    kind: dossier.kind,
    id: dossier.id,
    pipelineId: dossier.pipeline_id,
    stage: dossier.stage,
    ownerId: dossier.owner_id,
    // A dossier has its own branch (SPEC R1.4: the vestiging it belongs to).
    branchId: dossier.branch_id,
    fields: {
      ...dossier.field_values,
      value,
      // The name a company's deal value has, so "expected value" conditions read the same on every kind.
      expectedValue: value,
      priority: dossier.priority,
      source: dossier.source,
      category: dossier.category,
      expectedCloseDate: dossier.expected_close_date,
    },
  };
}

registerRecordKind(leadAdapter);
registerRecordKind(opportunityAdapter);
