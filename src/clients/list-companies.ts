import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { encodeCursor } from '../platform/input/cursor.js';
import { parseInput, plainString, wholeNumber } from '../platform/input/input.js';
import { companyFilterFields } from './company-filter.js';
import { companyCursor, companySortFields } from './company-sort.js';
import { countListRows, readListRows, type CompanyListItem } from './company-list-rows.js';

export const listLanguage = z.enum(['nl', 'en'], { error: 'must be nl or en' });

export const listCompaniesInput = z
  .object({
    ...companyFilterFields,
    ...companySortFields,
    /** Deprecated: one stage key, as `stage` (kept for clients of the earlier list). */
    status: plainString().trim().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: 'must be a stage key' }).optional(),
    /** The language pipeline names sort in; the route takes it from Accept-Language when left out. */
    language: listLanguage.default('en'),
    limit: wholeNumber(1, 200).default(50),
    /** From the previous page's nextCursor, with the same filters and sort. */
    cursor: companyCursor.optional(),
  })
  .strict();

export interface CompanyList {
  items: CompanyListItem[];
  nextCursor: string | null;
  /** Every record that matches the filters. */
  total: number;
}

/**
 * The companies page: the agency's live records across its pipelines,
 * searched, filtered and sorted on any column, a keyset page at a time
 * (company-sort.ts), with the total that matches. Nothing is capped: the
 * cursors walk every matching record exactly once.
 */
export async function listCompanies(db: Db, actor: Actor, input: z.input<typeof listCompaniesInput> = {}, clock: Clock = systemClock): Promise<CompanyList> {
  authorize(actor, 'companies:view');
  const { sort, direction, language, limit, cursor, status, ...filter } = parseInput(listCompaniesInput, input);
  if (status !== undefined && filter.stage === undefined) filter.stage = [status];
  const now = clock();
  const order = { sort, direction, language };
  const [rows, total] = await Promise.all([
    readListRows(db, actor, { filter, order, after: cursor, limit }, now),
    countListRows(db, actor, filter, now),
  ]);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor([sort, direction, last.sortKey, last.item.id]) : null;
  return { items: items.map((row) => row.item), nextCursor, total };
}
