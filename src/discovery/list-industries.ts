import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput, wholeNumber } from '../platform/input/input.js';

/** The most industries one answer lists (a data source names a few hundred; LinkedIn's list has about 430). */
export const MAX_INDUSTRIES = 500;

export const listIndustriesInput = z
  .object({ limit: wholeNumber(1, MAX_INDUSTRIES).default(MAX_INDUSTRIES) })
  .strict();

/** Industries that have companies, the most first, with how many (SPEC R9.3); at most `limit`. */
export async function listIndustries(
  db: Db,
  actor: Actor,
  input: z.input<typeof listIndustriesInput> = {},
): Promise<{ industry: string; companies: number }[]> {
  authorize(actor, 'companies:view');
  const { limit } = parseInput(listIndustriesInput, input);
  const rows = await db
    .selectFrom('global_companies')
    .select(['industry', (eb) => eb.fn.countAll<number>().as('companies')])
    .where('industry', 'is not', null)
    .groupBy('industry')
    .orderBy('companies', 'desc')
    .orderBy('industry')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ industry: row.industry!, companies: Number(row.companies) }));
}
