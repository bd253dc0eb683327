import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { notFound, validationError } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { lockLiveDossier } from '../pipeline/index.js';
import { dossierPermission } from './domain/index.js';
import { dossierTitle } from './dossier-input.js';
import { assertCompany, linkVacancy } from './dossier-refs.js';
import { toVacancyView, vacancyRows, type VacancyView } from './vacancy-views.js';

export const createVacancyInput = z
  .object({
    title: dossierTitle,
    /** The client: an agency company record. */
    companyId: id.optional(),
    /** A job from discovery (GET /api/global-companies/{id}/jobs) of the client's company. */
    jobId: id.optional(),
    leadId: id.optional(),
    opportunityId: id.optional(),
  })
  .strict();

/** Creates a vacancy, linked to a lead and an opportunity if given (SPEC R4.1). */
export async function createVacancy(db: Db, actor: Actor, input: z.input<typeof createVacancyInput>, clock: Clock = systemClock): Promise<VacancyView> {
  authorize(actor, 'vacancies:create');
  const request = parseInput(createVacancyInput, input);
  return db.transaction().execute(async (trx) => {
    const now = clock();
    const vacancyId = await insertVacancy(trx, actor, request, now);
    for (const [kind, dossierId] of [['lead', request.leadId], ['opportunity', request.opportunityId]] as const) {
      if (!dossierId) continue;
      const dossier = await lockLiveDossier(trx, actor.agencyId, dossierId, kind);
      authorize(actor, dossierPermission(kind, 'edit'));
      await linkVacancy(trx, dossier, vacancyId, actor.userId, now);
    }
    return toVacancyView(await vacancyRows(trx, actor.agencyId).where('v.id', '=', vacancyId).executeTakeFirstOrThrow());
  });
}

/** Inserts a vacancy after checking its client and job; returns its id. */
export async function insertVacancy(trx: Executor, actor: Actor, request: { title: string; companyId?: string | undefined; jobId?: string | undefined }, now: Date): Promise<string> {
  if (request.companyId) await assertCompany(trx, actor.agencyId, request.companyId);
  if (request.jobId) await assertJobOf(trx, actor.agencyId, request.jobId, request.companyId);
  const row = await trx
    .insertInto('vacancies')
    .values({ agency_id: actor.agencyId, title: request.title, company_id: request.companyId ?? null, job_id: request.jobId ?? null, created_by: actor.userId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A shared job exists and, with a client, is one of the client's company's jobs. */
async function assertJobOf(trx: Executor, agencyId: string, jobId: string, companyId: string | undefined): Promise<void> {
  const job = await trx.selectFrom('jobs').select(['id', 'global_company_id']).where('id', '=', jobId).executeTakeFirst();
  if (!job) throw notFound('Job', jobId);
  if (!companyId) return;
  const company = await trx.selectFrom('companies').select('global_company_id').where('agency_id', '=', agencyId).where('id', '=', companyId).executeTakeFirstOrThrow();
  if (company.global_company_id !== job.global_company_id) throw validationError([{ path: 'jobId', message: "is not a job of the client's company" }]);
}
