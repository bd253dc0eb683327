import type { Executor } from '../platform/db/database.js';

/** A company as lists and board cards show it. */
export interface CompanySummary {
  id: string;
  globalCompanyId: string;
  name: string;
  industry: string | null;
  employeeCount: number | null;
  location: string | null;
  status: string;
  statusChangedAt: Date;
  favorited: boolean;
  ownerId: string | null;
  ownerName: string | null;
}

/** The agency's live companies with what a list or card shows, ready for filters and ordering. */
export function companySummaries(db: Executor, agencyId: string) {
  return db
    .selectFrom('companies as c')
    .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'c.agency_id').onRef('u.id', '=', 'c.owner_id'))
    .where('c.agency_id', '=', agencyId)
    .where('c.deleted_at', 'is', null)
    .select([
      'c.id',
      'c.global_company_id as globalCompanyId',
      'g.name',
      'g.industry',
      'g.employee_count as employeeCount',
      'g.location',
      'c.client_status as status',
      'c.client_status_changed_at as statusChangedAt',
      'c.favorited',
      'c.owner_id as ownerId',
      'u.name as ownerName',
    ]);
}
