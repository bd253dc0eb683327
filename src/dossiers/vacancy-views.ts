import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../platform/db/database.js';
import type { vacancySchema } from './dossiers.schemas.js';

export type VacancyView = z.output<typeof vacancySchema>;

/** The agency's live vacancies with their client's name and their lead and opportunity (live ones). */
export function vacancyRows(db: Executor, agencyId: string) {
  return db
    .selectFrom('vacancies as v')
    .leftJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'v.agency_id').onRef('c.id', '=', 'v.company_id'))
    .leftJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .select(['v.id', 'v.title', 'v.company_id', 'v.job_id', 'v.created_at', 'g.name as company_name'])
    .select([
      sql<string | null>`(select l.dossier_id from vacancy_dossiers l where l.agency_id = v.agency_id and l.vacancy_id = v.id and l.kind = 'lead')`.as('lead_id'),
      sql<string | null>`(select l.dossier_id from vacancy_dossiers l where l.agency_id = v.agency_id and l.vacancy_id = v.id and l.kind = 'opportunity')`.as('opportunity_id'),
    ])
    .where('v.agency_id', '=', agencyId)
    .where('v.deleted_at', 'is', null);
}

type VacancyRowOut = Awaited<ReturnType<ReturnType<typeof vacancyRows>['executeTakeFirstOrThrow']>>;

export function toVacancyView(row: VacancyRowOut): VacancyView {
  return {
    id: row.id,
    title: row.title,
    company: row.company_id && row.company_name !== null ? { id: row.company_id, name: row.company_name } : null,
    jobId: row.job_id,
    leadId: row.lead_id,
    opportunityId: row.opportunity_id,
    createdAt: row.created_at,
  };
}

/** The vacancies linked to a dossier. */
export async function vacanciesOf(db: Executor, agencyId: string, dossierId: string): Promise<VacancyView[]> {
  const rows = await vacancyRows(db, agencyId)
    .where((eb) => eb.exists(eb.selectFrom('vacancy_dossiers as l').select('l.vacancy_id').whereRef('l.agency_id', '=', 'v.agency_id').whereRef('l.vacancy_id', '=', 'v.id').where('l.dossier_id', '=', dossierId)))
    .orderBy('v.created_at')
    .orderBy('v.id')
    .execute();
  return rows.map(toVacancyView);
}
