import { notFound } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';

/** The shared company a hiring read is about, or NOT_FOUND. */
export async function findGlobalCompany(db: Executor, globalCompanyId: string) {
  const company = await db.selectFrom('global_companies').select(['id', 'open_jobs']).where('id', '=', globalCompanyId).executeTakeFirst();
  if (!company) throw notFound('GlobalCompany', globalCompanyId);
  return company;
}
