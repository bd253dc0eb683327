import type { z } from 'zod';
import type { globalCompanyResultSchema } from './discovery.schemas.js';
import type { Actor } from '../identity/domain/index.js';
import type { Executor } from '../platform/db/database.js';
import { GLOBAL_COMPANY_COLUMNS, toGlobalCompanyView } from './global-company-view.js';

/** A shared company with what this agency and user know of it (SPEC R5.2). */
export type GlobalCompanyResult = z.output<typeof globalCompanyResultSchema>;

/** Global companies joined with the agency's live company and the user's last view. */
export function withAgencyFacts(db: Executor, actor: Actor) {
  return db
    .selectFrom('global_companies as g')
    .leftJoin('companies as c', (join) =>
      join.onRef('c.global_company_id', '=', 'g.id').on('c.agency_id', '=', actor.agencyId).on('c.deleted_at', 'is', null),
    )
    .leftJoin('global_company_views as v', (join) =>
      join.onRef('v.global_company_id', '=', 'g.id').on('v.agency_id', '=', actor.agencyId).on('v.user_id', '=', actor.userId),
    )
    .select(GLOBAL_COMPANY_COLUMNS.map((column) => `g.${column}` as const))
    .select(['c.id as company_id', 'v.last_viewed_at']);
}

export function toGlobalCompanyResult(
  row: Parameters<typeof toGlobalCompanyView>[0] & { company_id: string | null; last_viewed_at: Date | null },
): GlobalCompanyResult {
  return { ...toGlobalCompanyView(row), hasSaved: row.company_id !== null, companyId: row.company_id, lastViewedAt: row.last_viewed_at };
}
