import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { cursor, cursorTimestamp, encodeCursor } from '../platform/input/cursor.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';
import { dossierPermission } from './domain/index.js';
import { dossierFilterFields, dossierFilterSql, type DossierFilter } from './dossier-filter.js';
import { dossierRows, toDossierView, type DossierListRow, type DossierView } from './dossier-views.js';

export const listDossiersInput = z
  .object({
    ...dossierFilterFields,
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([cursorTimestamp, id])).optional(),
    limit: wholeNumber(1, 200).default(50),
  })
  .strict();

/** The overview of leads or opportunities (SPEC R4.5): filtered, newest first, keyset-paged, with the total that match. */
export async function listDossiers(db: Db, actor: Actor, input: z.input<typeof listDossiersInput>): Promise<{ items: DossierView[]; nextCursor: string | null; total: number }> {
  const { cursor: after, limit, ...filter } = parseInput(listDossiersInput, input);
  authorize(actor, dossierPermission(filter.kind, 'view'));
  const rows = await readDossierPage(db, actor, filter, after, limit);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const total = await db
    .selectFrom('dossiers as d')
    .leftJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'd.agency_id').onRef('c.id', '=', 'd.company_id'))
    .leftJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('d.agency_id', '=', actor.agencyId)
    .where(dossierFilterSql(filter, actor))
    .executeTakeFirstOrThrow();
  return {
    items: items.map(toDossierView),
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
    total: Number(total.n),
  };
}

/** One page (plus one row) of matching dossiers after `after`, newest first. */
export async function readDossierPage(db: Executor, actor: Actor, filter: DossierFilter, after: [Date, string] | undefined, limit: number): Promise<DossierListRow[]> {
  let query = dossierRows(db, actor.agencyId).where(dossierFilterSql(filter, actor)).orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(limit + 1);
  if (after) query = query.where((eb) => eb(eb.refTuple('d.created_at', 'd.id'), '<', eb.tuple(after[0], after[1])));
  return query.execute();
}

/** Every matching dossier, a page at a time (export, bulk "all that match"). */
export async function* walkDossiers(db: Executor, actor: Actor, filter: DossierFilter): AsyncGenerator<DossierListRow> {
  let after: [Date, string] | undefined;
  for (;;) {
    const rows = await readDossierPage(db, actor, filter, after, 500);
    yield* rows.slice(0, 500);
    if (rows.length <= 500) return;
    const last = rows[499]!;
    after = [last.created_at, last.id];
  }
}
