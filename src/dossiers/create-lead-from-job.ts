import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { insertDossier } from './create-dossier.js';
import { insertVacancy } from './create-vacancy.js';
import { findDossierRow, toDossierView, type DossierView } from './dossier-views.js';
import { toVacancyView, vacancyRows, type VacancyView } from './vacancy-views.js';
import { publishDossierChange } from './dossier-events.js';

export const createLeadFromJobInput = z
  .object({
    /** The followed company (an agency company record) whose job it is. */
    companyId: id,
    /** One of that company's jobs from discovery. */
    jobId: id,
  })
  .strict();

/**
 * "Create a lead from this vacancy" (SPEC R4.1) on a job of a followed
 * company: the vacancy (titled as the job) and a lead for it, with the
 * company as client, in one transaction.
 */
export async function createLeadFromJob(db: Db, actor: Actor, input: z.input<typeof createLeadFromJobInput>, clock: Clock = systemClock): Promise<{ lead: DossierView; vacancy: VacancyView }> {
  authorize(actor, 'vacancies:create');
  authorize(actor, 'leads:create');
  const request = parseInput(createLeadFromJobInput, input);
  const created = await db.transaction().execute(async (trx) => {
    const now = clock();
    const job = await trx
      .selectFrom('jobs as j')
      .innerJoin('companies as c', 'c.global_company_id', 'j.global_company_id')
      .select(['j.id', 'j.title'])
      .where('c.agency_id', '=', actor.agencyId)
      .where('c.id', '=', request.companyId)
      .where('c.deleted_at', 'is', null)
      .where('j.id', '=', request.jobId)
      .executeTakeFirst();
    if (!job) throw notFound('Job', request.jobId);
    const title = job.title.slice(0, 200);
    const vacancyId = await insertVacancy(trx, actor, { title, companyId: request.companyId, jobId: job.id }, now);
    const leadId = await insertDossier(trx, actor, { kind: 'lead', title, companyId: request.companyId, source: undefined, priority: undefined, category: undefined, contacts: [], vacancyIds: [vacancyId] }, now, { fromJobId: job.id });
    return {
      lead: toDossierView((await findDossierRow(trx, actor.agencyId, leadId))!),
      vacancy: toVacancyView(await vacancyRows(trx, actor.agencyId).where('v.id', '=', vacancyId).executeTakeFirstOrThrow()),
    };
  });
  publishDossierChange({ agencyId: actor.agencyId, dossierId: created.lead.id, kind: 'lead' });
  return created;
}
