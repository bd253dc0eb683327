import { sql, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import { DEFAULT_PIPELINE, type Stage } from './domain/index.js';
import type { Actor } from '../identity/domain/index.js';
import type { CompanyTable } from './pipeline.tables.js';
import type { Database, Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { companySummaries, toCompanySummary, type CompanySummary } from './company-summaries.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';

export const boardInput = z
  .object({
    /** Only companies this user owns. */
    ownerId: id.optional(),
    /** Cards per column; the totals always count every company. */
    limitPerColumn: wholeNumber(0, 500).default(20),
  })
  .strict();

export interface BoardColumn {
  stage: Stage;
  total: number;
  /** Most recently moved first. */
  cards: CompanySummary[];
}

/** The Kanban board: one column per stage in order, with totals and the first cards, each with its stale verdict. */
export async function readBoard(db: Db, actor: Actor, input: z.input<typeof boardInput> = {}, clock: Clock = systemClock): Promise<BoardColumn[]> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(boardInput, input);
  const now = clock();
  // The board's filter, for the counts (companies alone) and the cards (with their details).
  const onBoard = <Q extends SelectQueryBuilder<Database & { c: CompanyTable }, 'c', object>>(qb: Q): Q =>
    qb
      .where('c.agency_id', '=', actor.agencyId)
      .where('c.deleted_at', 'is', null)
      .where('c.pipeline', '=', DEFAULT_PIPELINE.key)
      .$if(request.ownerId !== undefined, (q) => q.where('c.owner_id', '=', request.ownerId!)) as Q;
  const live = onBoard(companySummaries(db, actor.agencyId, now));
  const counted = onBoard(db.selectFrom('companies as c'));

  const stages = DEFAULT_PIPELINE.stages.map((stage) => stage.key);
  const [totals, cards] = await Promise.all([
    counted.select(['c.client_status as status', (eb) => eb.fn.countAll<number>().as('total')]).groupBy('c.client_status').execute(),
    // Per stage, the newest cards straight from the (agency, status, changed_at) index.
    db
      .selectFrom(sql<{ stage: string }>`unnest(${stages}::text[])`.as('stage'))
      .innerJoinLateral(
        live
          .where('c.client_status', '=', sql.ref<string>('stage.stage'))
          .orderBy('c.client_status_changed_at', 'desc')
          .orderBy('c.id', 'desc')
          .limit(request.limitPerColumn)
          .as('card'),
        (join) => join.onTrue(),
      )
      .selectAll('card')
      .execute(),
  ]);

  return DEFAULT_PIPELINE.stages.map((stage) => ({
    stage,
    total: Number(totals.find((t) => t.status === stage.key)?.total ?? 0),
    cards: cards.filter((card) => card.status === stage.key).map((card) => toCompanySummary(card, now)),
  }));
}
