import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';

/** Industries that have companies, the most first, with how many (SPEC R9.3). */
export async function listIndustries(db: Db, actor: Actor): Promise<{ industry: string; companies: number }[]> {
  authorize(actor, 'pipeline:read');
  const rows = await db
    .selectFrom('global_companies')
    .select(['industry', (eb) => eb.fn.countAll<number>().as('companies')])
    .where('industry', 'is not', null)
    .groupBy('industry')
    .orderBy('companies', 'desc')
    .orderBy('industry')
    .execute();
  return rows.map((row) => ({ industry: row.industry!, companies: Number(row.companies) }));
}
