import { sql } from 'kysely';
import { z } from 'zod';
import { activeStages, type Pipeline, type Stage } from './domain/index.js';
import { defaultPipeline, loadPipeline } from './pipeline-store.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { companySummaries, toCompanySummary, type CompanySummaryRow } from './company-summaries.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { parseInput, wholeNumber } from '../platform/input/input.js';
import { page } from '../platform/input/cursor.js';
import { boardFilters, onBoard, type BoardFilter } from './board-query.js';
import type { BoardCard } from './board.schemas.js';

export const boardInput = z
  .object({
    ...boardFilters,
    /** Cards per column on the first page; the totals and value sums always count every matching record. */
    limitPerColumn: wholeNumber(0, 500).default(20),
  })
  .strict();

export interface BoardColumn {
  stage: Stage;
  /** Records in the column that match the filters. */
  total: number;
  /** Sum of their expected values, EUR. */
  valueSum: number;
  /** Most recently moved first. */
  cards: BoardCard[];
  /** The column's next page (read-board-column.ts); null when the cards are all there are (or none were asked for). */
  nextCursor: string | null;
}

export interface Board {
  pipeline: Pipeline;
  columns: BoardColumn[];
}

/**
 * The Kanban board of one pipeline: a column per active stage in order,
 * each with its total and value sum over every matching record and the
 * first page of its cards (with their stale verdicts). The search runs over
 * the whole pipeline, so a match far down a column is found.
 */
export async function readBoard(db: Db, actor: Actor, input: z.input<typeof boardInput> = {}, clock: Clock = systemClock): Promise<Board> {
  authorize(actor, 'companies:view');
  const request = parseInput(boardInput, input);
  const now = clock();
  const pipeline = await boardPipeline(db, actor.agencyId, request.pipelineId);
  const columns = activeStages(pipeline);
  const filter: BoardFilter = { agencyId: actor.agencyId, pipelineId: pipeline.id, ownerId: request.ownerId, q: request.q };
  const limit = request.limitPerColumn;

  const stages = columns.map((stage) => stage.key);
  const [totals, cards] = await Promise.all([
    onBoard(db.selectFrom('companies as c'), filter)
      .select(['c.client_status as status', (eb) => eb.fn.countAll<number>().as('total'), sql<string | null>`sum(c.expected_value)`.as('valueSum')])
      .groupBy('c.client_status')
      .execute(),
    // Per stage, the newest cards (one more, to know whether a next page exists) straight from the board index.
    db
      .selectFrom(sql<{ stage: string }>`unnest(${stages}::text[])`.as('stage'))
      .innerJoinLateral(
        cardRows(db, filter, now)
          .where('c.client_status', '=', sql.ref<string>('stage.stage'))
          .orderBy('c.client_status_changed_at', 'desc')
          .orderBy('c.id', 'desc')
          .limit(limit + 1)
          .as('card'),
        (join) => join.onTrue(),
      )
      .selectAll('card')
      .execute(),
  ]);

  return {
    pipeline,
    columns: columns.map((stage) => {
      const counted = totals.find((t) => t.status === stage.key);
      const column = page(
        cards.filter((card) => card.status === stage.key).map((card) => toBoardCard(card, now)),
        limit,
        cardCursor,
      );
      return { stage, total: Number(counted?.total ?? 0), valueSum: Number(counted?.valueSum ?? 0), cards: column.items, nextCursor: column.nextCursor };
    }),
  };
}

/** The pipeline a board request names (NOT_FOUND for another agency's), or the agency's default. */
export function boardPipeline(db: Executor, agencyId: string, pipelineId: string | undefined): Promise<Pipeline> {
  return pipelineId ? loadPipeline(db, agencyId, pipelineId) : defaultPipeline(db, agencyId);
}

/** The board's records as cards: the company summary with the record's field values. */
export function cardRows(db: Executor, filter: BoardFilter, now: Date) {
  return onBoard(companySummaries(db, filter.agencyId, now), filter).select('c.field_values as fields');
}

export function toBoardCard(row: CompanySummaryRow & { fields: Record<string, unknown> }, now: Date): BoardCard {
  const { fields, ...summary } = row;
  return { ...toCompanySummary(summary, now), fields: fields as BoardCard['fields'] };
}

/** A card's place in its column, as the next page's cursor carries it. */
export function cardCursor(card: BoardCard): [string, string] {
  return [card.statusChangedAt.toISOString(), card.id];
}
