import { sql } from 'kysely';
import { lastMonths, startOfLastMonths } from '../platform/time/months.js';
import type { Executor } from '../platform/db/database.js';

/**
 * Jobs posted per calendar month (UTC) over the last `months` months, per
 * shared company, oldest month first and zero where nothing was posted
 * (SPEC R5.4). One grouped query for all the companies asked about.
 */
export async function monthlyPostings(db: Executor, globalCompanyIds: readonly string[], months: number, now: Date): Promise<Map<string, number[]>> {
  const labels = lastMonths(now, months);
  const trends = new Map(globalCompanyIds.map((id) => [id, labels.map(() => 0)]));
  if (globalCompanyIds.length === 0) return trends;
  const rows = await db
    .selectFrom('jobs')
    .select(['global_company_id', sql<string>`to_char(posted_at at time zone 'UTC', 'YYYY-MM')`.as('month'), (eb) => eb.fn.countAll<number>().as('jobs')])
    .where('global_company_id', 'in', globalCompanyIds)
    .where('posted_at', '>=', startOfLastMonths(now, months))
    .where('posted_at', '<=', now)
    .groupBy(['global_company_id', 'month'])
    .execute();
  for (const row of rows) {
    const index = labels.indexOf(row.month);
    if (index >= 0) trends.get(row.global_company_id)![index] = Number(row.jobs);
  }
  return trends;
}
