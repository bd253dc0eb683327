import { sql, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import { activeStages, type Pipeline, type Stage } from './domain/index.js';
import { defaultPipeline, loadPipeline } from './pipeline-store.js';
import type { Actor } from '../identity/domain/index.js';
import type { CompanyTable } from './pipeline.tables.js';
import type { Database, Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { companySummaries, toCompanySummary, type CompanySummary } from './company-summaries.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';

export const boardInput = z
  .object({
    /** The pipeline to show; the agency's default when left out. */
    pipelineId: id.optional(),
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

export interface Board {
  pipeline: Pipeline;
  columns: BoardColumn[];
}

/** The Kanban board of one pipeline: a column per active stage in order, with totals and the first cards, each with its stale verdict. */
export async function readBoard(db: Db, actor: Actor, input: z.input<typeof boardInput> = {}, clock: Clock = systemClock): Promise<Board> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(boardInput, input);
  const now = clock();
  const pipeline = request.pipelineId ? await loadPipeline(db, actor.agencyId, request.pipelineId) : await defaultPipeline(db, actor.agencyId);
  const columns = activeStages(pipeline);
  // The board's filter, for the counts (companies alone) and the cards (with their details).
  const onBoard = <Q extends SelectQueryBuilder<Database & { c: CompanyTable }, 'c', object>>(qb: Q): Q =>
    qb
      .where('c.agency_id', '=', actor.agencyId)
      .where('c.deleted_at', 'is', null)
      .where('c.pipeline_id', '=', pipeline.id)
      .$if(request.ownerId !== undefined, (q) => q.where('c.owner_id', '=', request.ownerId!)) as Q;
  const live = onBoard(companySummaries(db, actor.agencyId, now));
  const counted = onBoard(db.selectFrom('companies as c'));

  const stages = columns.map((stage) => stage.key);
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

  return {
    pipeline,
    columns: columns.map((stage) => ({
      stage,
      total: Number(totals.find((t) => t.status === stage.key)?.total ?? 0),
      cards: cards.filter((card) => card.status === stage.key).map((card) => toCompanySummary(card, now)),
    })),
  };
}
