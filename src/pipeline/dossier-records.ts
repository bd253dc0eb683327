import type { Insertable, Selectable } from 'kysely';
import type { Database, Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { afterAppend, timelineValues, type TimelineEntryInput } from './timeline-hook.js';

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

export interface DossierActivityInput extends TimelineEntryInput {
  dossierId: string;
  /** The dossier's kind when the writer knows it (the stage writer, the rules' own entries); the hook works it out otherwise. */
  kind?: 'lead' | 'opportunity' | undefined;
  /** The dossier as the change this entry records left it, when the writer has it (saves the rules a read). */
  dossier?: DossierRecord | undefined;
}

/**
 * Appends one entry to a dossier's timeline (append-only in the database),
 * then runs the activity hook (the event's rules) in the same transaction,
 * exactly as a company's appendActivity does.
 */
export async function appendDossierActivity(trx: Executor, input: DossierActivityInput): Promise<DossierActivityRecord> {
  const row = await trx
    .insertInto('dossier_activities')
    .values({ ...timelineValues(input), dossier_id: input.dossierId })
    .returningAll()
    .executeTakeFirstOrThrow();
  await afterAppend(trx, { record: { kind: input.dossier?.kind ?? input.kind ?? null, id: row.dossier_id, row: input.dossier }, entry: row });
  return row;
}
