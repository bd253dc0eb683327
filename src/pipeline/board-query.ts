import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { Database } from '../platform/db/database.js';
import type { CompanyTable } from './pipeline.tables.js';
import { matchCompanyText } from '../discovery/index.js';
import { id, LIMITS, optionalText } from '../platform/input/input.js';
import { cursor, cursorTimestamp } from '../platform/input/cursor.js';
import { escapeLike } from './company-records.js';

/*
 * What the board and a column's next page share: the filters (pipeline,
 * owner, a search over the whole pipeline) and the order of a column's
 * cards, most recently moved first, (client_status_changed_at, id)
 * descending — the board index's order, so a column's page is one index
 * range and its keyset cursor is exact.
 */

/** The filters of a board request. */
export const boardFilters = {
  /** The pipeline to show; the agency's default when left out. */
  pipelineId: id.optional(),
  /** Only companies this user owns. */
  ownerId: id.optional(),
  /** Words of the company's name, place or industry (Dutch-aware: parts, plurals, small typos); searches the whole pipeline, not the cards shown. */
  q: optionalText(LIMITS.name),
};

/** A column's next page starts after this card: its (statusChangedAt, id). */
export const columnCursor = cursor(z.tuple([cursorTimestamp, z.guid()]));

export interface BoardFilter {
  agencyId: string;
  pipelineId: string;
  ownerId?: string | undefined;
  q?: string | undefined;
}

/**
 * Whether the global company `g` matches the search: discovery's one
 * Dutch-aware matcher over its name, place and industry (parts of words,
 * plurals, small typos; accent- and case-insensitive). A search without
 * a letter or digit ("%", "&") finds nothing.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
}

const FOLD_TABLE = (() => {
  let from = '';
  let to = '';
  for (let code = 0xc0; code <= 0x24f; code += 1) {
    const letter = String.fromCodePoint(code);
    const folded = foldText(letter);
    if (folded.length === 1 && folded !== letter) {
      from += letter;
      to += folded;
    }
  }
  return { from, to };
})();

/** Whether a text expression contains the search text, folded alike on both sides (a null never matches). */
export function foldedContains(expression: Expression<unknown>, q: string) {
  return sql<SqlBool>`lower(translate(${expression}, ${FOLD_TABLE.from}, ${FOLD_TABLE.to})) like ${`%${escapeLike(foldText(q))}%`}`;
}

export function nameMatches(q: string) {
  return matchCompanyText(q)?.where ?? sql<SqlBool>`false`;
}

/** Restricts a query over `companies as c` to the board's records: the agency's live companies in the pipeline, by owner and search. */
export function onBoard<Q extends SelectQueryBuilder<Database & { c: CompanyTable }, 'c', object>>(qb: Q, filter: BoardFilter): Q {
  return qb
    .where('c.agency_id', '=', filter.agencyId)
    .where('c.deleted_at', 'is', null)
    .where('c.pipeline_id', '=', filter.pipelineId)
    .$if(filter.ownerId !== undefined, (q) => q.where('c.owner_id', '=', filter.ownerId!))
    .$if(filter.q !== undefined, (q) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('global_companies as g')
            .select(sql`1`.as('one'))
            .whereRef('g.id', '=', 'c.global_company_id')
            .where(nameMatches(filter.q!)),
        ),
      ),
    ) as Q;
}
