import type { z } from 'zod';
import type { Executor } from '../platform/db/database.js';
import { mergeFields } from '../pipeline/domain/index.js';
import type { DossierActivityRecord, DossierRecord } from '../pipeline/index.js';
import type { dossierActivitySchema, dossierSchema } from './dossiers.schemas.js';

export type DossierView = z.output<typeof dossierSchema>;
export type DossierActivityView = z.output<typeof dossierActivitySchema>;

/** A dossier row with its client's and owner's names. */
export type DossierListRow = DossierRecord & { company_name: string | null; owner_name: string | null };

/** The agency's dossiers with their client's and owner's names (live and deleted: callers filter). */
export function dossierRows(db: Executor, agencyId: string) {
  return db
    .selectFrom('dossiers as d')
    .leftJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'd.agency_id').onRef('c.id', '=', 'd.company_id'))
    .leftJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'd.agency_id').onRef('u.id', '=', 'd.owner_id'))
    .selectAll('d')
    .select(['g.name as company_name', 'u.name as owner_name'])
    .where('d.agency_id', '=', agencyId);
}

/** One live dossier with names, or undefined. */
export async function findDossierRow(db: Executor, agencyId: string, dossierId: string): Promise<DossierListRow | undefined> {
  return dossierRows(db, agencyId).where('d.id', '=', dossierId).where('d.deleted_at', 'is', null).executeTakeFirst();
}

export function toDossierView(row: DossierListRow): DossierView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    company: row.company_id && row.company_name !== null ? { id: row.company_id, name: row.company_name } : null,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    branchId: row.branch_id,
    source: row.source,
    priority: row.priority,
    category: row.category,
    value: row.value === null ? null : Number(row.value),
    expectedCloseDate: row.expected_close_date,
    pipelineId: row.pipeline_id,
    stage: row.stage,
    stageChangedAt: row.stage_changed_at,
    resumeAt: row.resume_at,
    fields: mergeFields(row.field_values),
    convertedFromId: row.converted_from_id,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function toDossierActivityView(row: DossierActivityRecord, userName: string | null = null): DossierActivityView {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    type: row.activity_type,
    description: row.description,
    oldStatus: row.old_status,
    newStatus: row.new_status,
    extraData: row.extra_data,
    userId: row.user_id,
    userName,
    createdAt: row.created_at,
  };
}
