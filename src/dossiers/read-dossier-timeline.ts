import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { cursor, cursorTimestamp, page } from '../platform/input/cursor.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';
import { dossierPermission } from './domain/index.js';
import { toDossierActivityView, type DossierActivityView } from './dossier-views.js';
import { authorizeEitherKind } from './load-dossier.js';

export const dossierTimelineInput = z
  .object({
    dossierId: id,
    cursor: cursor(z.tuple([cursorTimestamp, z.number().int()])).optional(),
    limit: wholeNumber(1, 200).default(50),
  })
  .strict();

/** A lead's or opportunity's timeline, newest first, keyset-paged on (created_at, seq). Deleted dossiers keep theirs. */
export async function readDossierTimeline(db: Db, actor: Actor, input: z.input<typeof dossierTimelineInput>): Promise<{ items: DossierActivityView[]; nextCursor: string | null }> {
  const request = parseInput(dossierTimelineInput, input);
  authorizeEitherKind(actor, 'view');
  const dossier = await db.selectFrom('dossiers').select(['id', 'kind']).where('agency_id', '=', actor.agencyId).where('id', '=', request.dossierId).executeTakeFirst();
  if (!dossier) throw notFound('Dossier', request.dossierId);
  authorize(actor, dossierPermission(dossier.kind, 'view'));
  let query = db
    .selectFrom('dossier_activities as a')
    .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'a.agency_id').onRef('u.id', '=', 'a.user_id'))
    .selectAll('a')
    .select('u.name as user_name')
    .where('a.agency_id', '=', actor.agencyId)
    .where('a.dossier_id', '=', dossier.id)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.seq', 'desc')
    .limit(request.limit + 1);
  if (request.cursor) {
    const [at, seq] = request.cursor;
    query = query.where((eb) => eb(eb.refTuple('a.created_at', 'a.seq'), '<', eb.tuple(at, seq)));
  }
  const result = page(await query.execute(), request.limit, (row) => [row.created_at.toISOString(), Number(row.seq)]);
  return { items: result.items.map((row) => toDossierActivityView(row, row.user_name)), nextCursor: result.nextCursor };
}
