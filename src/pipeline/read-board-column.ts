import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { activeStages } from './domain/index.js';
import { notFound } from '../platform/errors.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { parseInput, plainString, wholeNumber } from '../platform/input/input.js';
import { page } from '../platform/input/cursor.js';
import { boardFilters, columnCursor, type BoardFilter } from './board-query.js';
import { boardPipeline, cardCursor, cardRows, toBoardCard } from './read-board.js';
import type { BoardColumnPage } from './board.schemas.js';

/** The query of GET /api/board/columns/{stage}: the board's filters and where the page starts. */
export const boardColumnQuery = z
  .object({
    ...boardFilters,
    /** From the column's (or the previous page's) nextCursor; the first page without it. */
    cursor: columnCursor.optional(),
    limit: wholeNumber(1, 200).default(20),
  })
  .strict();

export const boardColumnParams = z.object({ stage: plainString().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'must be a stage key' }) }).strict();

export const boardColumnInput = boardColumnQuery.extend(boardColumnParams.shape);

/**
 * One page of a board column, most recently moved first, under the board's
 * filters. The keyset cursor (statusChangedAt, id) makes paging exact: each
 * record that stays in the column is served once, and records that enter
 * it meanwhile land above the cursor (they moved last), so they shift no
 * page. A stage that is not an active stage of the pipeline is NOT_FOUND.
 */
export async function readBoardColumn(db: Db, actor: Actor, input: z.input<typeof boardColumnInput>, clock: Clock = systemClock): Promise<BoardColumnPage> {
  authorize(actor, 'companies:view');
  const request = parseInput(boardColumnInput, input);
  const now = clock();
  const pipeline = await boardPipeline(db, actor.agencyId, request.pipelineId);
  if (!activeStages(pipeline).some((stage) => stage.key === request.stage)) throw notFound('Stage', request.stage);
  const filter: BoardFilter = { agencyId: actor.agencyId, pipelineId: pipeline.id, ownerId: request.ownerId, q: request.q };
  const rows = await cardRows(db, filter, now)
    .where('c.client_status', '=', request.stage)
    .$if(request.cursor !== undefined, (qb) =>
      qb.where((eb) => eb(eb.refTuple('c.client_status_changed_at', 'c.id'), '<', eb.tuple(request.cursor![0], request.cursor![1]))),
    )
    .orderBy('c.client_status_changed_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(request.limit + 1)
    .execute();
  return page(
    rows.map((row) => toBoardCard(row, now)),
    request.limit,
    cardCursor,
  );
}
