import { sql } from 'kysely';
import { z } from 'zod';
import { DEFAULT_PIPELINE, type Stage } from '../domain/pipeline/index.js';
import type { Actor } from '../domain/roles.js';
import type { Db } from '../db/schema.js';
import { authorize } from './authorize.js';
import { id, parseInput } from './input.js';

export const boardInput = z
  .object({
    /** Only companies this user owns. */
    ownerId: id.optional(),
    /** Cards per column; the totals always count every company. */
    limitPerColumn: z.number().int().min(0).max(500).default(50),
  })
  .strict();

export interface BoardCard {
  id: string;
  globalCompanyId: string;
  name: string;
  industry: string | null;
  employeeCount: number | null;
  location: string | null;
  favorited: boolean;
  ownerId: string | null;
  ownerName: string | null;
  statusChangedAt: Date;
}

export interface BoardColumn {
  stage: Stage;
  total: number;
  /** Most recently moved first. */
  cards: BoardCard[];
}

/** The Kanban board: one column per stage in order, with totals and the first cards. */
export async function readBoard(db: Db, actor: Actor, input: z.input<typeof boardInput> = {}): Promise<BoardColumn[]> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(boardInput, input);
  const live = db
    .selectFrom('companies as c')
    .where('c.agency_id', '=', actor.agencyId)
    .where('c.deleted_at', 'is', null)
    .where('c.pipeline', '=', DEFAULT_PIPELINE.key)
    .$if(request.ownerId !== undefined, (qb) => qb.where('c.owner_id', '=', request.ownerId!));

  const [totals, cards] = await Promise.all([
    live.select(['c.client_status as status', (eb) => eb.fn.countAll<number>().as('total')]).groupBy('c.client_status').execute(),
    db
      .selectFrom(
        live
          .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
          .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'c.agency_id').onRef('u.id', '=', 'c.owner_id'))
          .select([
            'c.id',
            'c.global_company_id',
            'c.client_status',
            'c.client_status_changed_at',
            'c.favorited',
            'c.owner_id',
            'u.name as owner_name',
            'g.name',
            'g.industry',
            'g.employee_count',
            'g.location',
            sql<number>`row_number() over (partition by c.client_status order by c.client_status_changed_at desc, c.id)`.as('rank'),
          ])
          .as('ranked'),
      )
      .selectAll()
      .where('rank', '<=', request.limitPerColumn)
      .orderBy('rank')
      .execute(),
  ]);

  return DEFAULT_PIPELINE.stages.map((stage) => ({
    stage,
    total: Number(totals.find((t) => t.status === stage.key)?.total ?? 0),
    cards: cards
      .filter((card) => card.client_status === stage.key)
      .map((card) => ({
        id: card.id,
        globalCompanyId: card.global_company_id,
        name: card.name,
        industry: card.industry,
        employeeCount: card.employee_count,
        location: card.location,
        favorited: card.favorited,
        ownerId: card.owner_id,
        ownerName: card.owner_name,
        statusChangedAt: card.client_status_changed_at,
      })),
  }));
}
