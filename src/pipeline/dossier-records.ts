import type { Insertable, Selectable } from 'kysely';
import type { Database, Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';

/*
 * A dossier's stage row and timeline as the stage writer needs them. The
 * tables are the dossiers slice's (dossiers.tables.ts); the pipeline slice
 * reads them through the assembled Database type, so it imports nothing
 * from that slice (which imports this one).
 */
export type DossierRecord = Selectable<Database['dossiers']>;
export type DossierActivityRecord = Selectable<Database['dossier_activities']>;
/** A new dossier's own columns: everything but its stage, which the stage writer decides. */
export type NewDossier = Omit<Insertable<Database['dossiers']>, 'pipeline_id' | 'stage' | 'stage_changed_at' | 'resume_at' | 'field_values' | 'agency_id' | 'kind' | 'created_at' | 'created_by'>;

export const DOSSIER_ENTITY = { lead: 'Lead', opportunity: 'Opportunity' } as const;

/** The agency's live dossier of that kind (any kind when not given), locked for the rest of the transaction. */
export async function lockLiveDossier(trx: Executor, agencyId: string, dossierId: string, kind?: 'lead' | 'opportunity'): Promise<DossierRecord> {
  const dossier = await trx
    .selectFrom('dossiers')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', dossierId)
    .where('deleted_at', 'is', null)
    .$if(kind !== undefined, (q) => q.where('kind', '=', kind!))
    .forUpdate()
    .executeTakeFirst();
  if (!dossier) throw notFound(kind ? DOSSIER_ENTITY[kind] : 'Dossier', dossierId);
  return dossier;
}

export interface DossierActivityInput {
  agencyId: string;
  dossierId: string;
  type: string;
  userId: string | null;
  createdAt: Date;
  description?: string | null | undefined;
  oldStatus?: string | null | undefined;
  newStatus?: string | null | undefined;
  extraData?: Record<string, unknown> | undefined;
  pipeline?: { id: string; version: number } | undefined;
}

/** Appends one entry to a dossier's timeline (append-only in the database). */
export async function appendDossierActivity(trx: Executor, input: DossierActivityInput): Promise<DossierActivityRecord> {
  return trx
    .insertInto('dossier_activities')
    .values({
      agency_id: input.agencyId,
      dossier_id: input.dossierId,
      activity_type: input.type,
      user_id: input.userId,
      created_at: input.createdAt,
      description: input.description ?? null,
      old_status: input.oldStatus ?? null,
      new_status: input.newStatus ?? null,
      extra_data: JSON.stringify(input.extraData ?? {}),
      pipeline_id: input.pipeline?.id ?? null,
      pipeline_version: input.pipeline?.version ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
