import { z } from 'zod';
import type { companyDetailSchema } from './clients.schemas.js';
import { allowedTransitions } from '../pipeline/domain/index.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { findLiveCompany, loadPipeline } from '../pipeline/index.js';
import { GLOBAL_COMPANY_COLUMNS, toGlobalCompanyView } from '../discovery/index.js';
import { toCompanyView } from '../pipeline/index.js';

export const readCompanyInput = z.object({ companyId: id }).strict();

/**
 * The company page's record: `allowedTransitions` are the stages it may
 * move to now (SPEC R6.2), `pipeline` the pipeline it is in (its stages'
 * names, colours, gates and checklists, and its own fields).
 */
export type CompanyDetail = z.output<typeof companyDetailSchema>;

/** One of the agency's live companies with its shared company data. */
export async function readCompany(db: Db, actor: Actor, input: z.input<typeof readCompanyInput>): Promise<CompanyDetail> {
  authorize(actor, 'companies:view');
  const request = parseInput(readCompanyInput, input);
  const company = await findLiveCompany(db, actor.agencyId, request.companyId);
  const [global, owner] = await Promise.all([
    db.selectFrom('global_companies').select(GLOBAL_COMPANY_COLUMNS).where('id', '=', company.global_company_id).executeTakeFirstOrThrow(),
    company.owner_id
      ? db.selectFrom('users').select('name').where('agency_id', '=', actor.agencyId).where('id', '=', company.owner_id).executeTakeFirst()
      : undefined,
  ]);
  const pipeline = await loadPipeline(db, actor.agencyId, company.pipeline_id);
  return {
    ...toCompanyView(company),
    ownerName: owner?.name ?? null,
    allowedTransitions: [...allowedTransitions(pipeline, company.client_status)],
    pipeline,
    globalCompany: toGlobalCompanyView(global),
  };
}
