import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { cursor, cursorTimestamp, page } from '../platform/input/cursor.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';
import { toVacancyView, vacancyRows, type VacancyView } from './vacancy-views.js';

export const listVacanciesInput = z
  .object({
    /** Only this client's vacancies. */
    companyId: id.optional(),
    cursor: cursor(z.tuple([cursorTimestamp, id])).optional(),
    limit: wholeNumber(1, 200).default(50),
  })
  .strict();

/** The agency's vacancies, newest first, with their lead and opportunity. */
export async function listVacancies(db: Db, actor: Actor, input: z.input<typeof listVacanciesInput>): Promise<{ items: VacancyView[]; nextCursor: string | null }> {
  authorize(actor, 'vacancies:view');
  const request = parseInput(listVacanciesInput, input);
  let query = vacancyRows(db, actor.agencyId).orderBy('v.created_at', 'desc').orderBy('v.id', 'desc').limit(request.limit + 1);
  if (request.companyId) query = query.where('v.company_id', '=', request.companyId);
  if (request.cursor) {
    const [at, last] = request.cursor;
    query = query.where((eb) => eb(eb.refTuple('v.created_at', 'v.id'), '<', eb.tuple(at, last)));
  }
  const result = page(await query.execute(), request.limit, (row) => [row.created_at.toISOString(), row.id]);
  return { items: result.items.map(toVacancyView), nextCursor: result.nextCursor };
}
