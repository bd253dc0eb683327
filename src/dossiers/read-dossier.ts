import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { id, parseInput } from '../platform/input/input.js';
import { allowedTransitions, findStage } from '../pipeline/domain/index.js';
import { loadPipeline } from '../pipeline/index.js';
import type { dossierContactSchema, dossierDetailSchema } from './dossiers.schemas.js';
import { toDossierView } from './dossier-views.js';
import { vacanciesOf } from './vacancy-views.js';
import { loadDossierFor } from './load-dossier.js';

export const readDossierInput = z.object({ dossierId: id }).strict();

export type DossierDetail = z.output<typeof dossierDetailSchema>;
export type DossierContactView = z.output<typeof dossierContactSchema>;

/** A lead or opportunity with its pipeline, the stages it may move to, its contacts with roles, vacancies and conversion link. */
export async function readDossier(db: Db, actor: Actor, input: z.input<typeof readDossierInput>): Promise<DossierDetail> {
  const request = parseInput(readDossierInput, input);
  const row = await loadDossierFor(db, actor, request.dossierId, 'view');
  const pipeline = await loadPipeline(db, actor.agencyId, row.pipeline_id);
  const convertedTo = row.kind === 'lead' ? await convertedToOf(db, actor.agencyId, row.id) : null;
  return {
    ...toDossierView(row),
    pipeline,
    allowedTransitions: [...allowedTransitions(pipeline, row.stage)],
    contacts: await contactsOf(db, actor.agencyId, row.id),
    vacancies: await vacanciesOf(db, actor.agencyId, row.id),
    convertedToId: convertedTo,
    convertible: row.kind === 'lead' && convertedTo === null && findStage(pipeline, row.stage)?.outcome === 'won',
  };
}

/** The opportunity a lead was converted into (deleted or not: a lead converts once), or null. */
export async function convertedToOf(db: Executor, agencyId: string, leadId: string): Promise<string | null> {
  const row = await db.selectFrom('dossiers').select('id').where('agency_id', '=', agencyId).where('converted_from_id', '=', leadId).executeTakeFirst();
  return row?.id ?? null;
}

/** A dossier's contacts with their roles, by name. */
export async function contactsOf(db: Executor, agencyId: string, dossierId: string): Promise<DossierContactView[]> {
  const rows = await db
    .selectFrom('dossier_contacts as l')
    .innerJoin('contacts as c', (join) => join.onRef('c.agency_id', '=', 'l.agency_id').onRef('c.id', '=', 'l.contact_id'))
    .innerJoin('dossier_contact_roles as r', (join) => join.onRef('r.agency_id', '=', 'l.agency_id').onRef('r.id', '=', 'l.role_id'))
    .select(['c.id', 'c.name', 'c.title', 'c.email', 'c.phone', 'c.company_id', 'r.id as role_id', 'r.name_nl', 'r.name_en', 'r.position'])
    .where('l.agency_id', '=', agencyId)
    .where('l.dossier_id', '=', dossierId)
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({
    contactId: row.id,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    companyId: row.company_id,
    role: { id: row.role_id, name: { nl: row.name_nl, en: row.name_en }, position: row.position },
  }));
}

