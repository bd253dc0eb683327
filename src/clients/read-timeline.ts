import { z } from 'zod';
import { notFound } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { cursor, cursorTimestamp, page } from '../platform/input/cursor.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';
import { toActivityView } from '../pipeline/index.js';
import { withStageLabels, type CompanyTimelineEntry } from './timeline-labels.js';

export const timelineInput = z
  .object({
    companyId: id,
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([cursorTimestamp, z.number().int()])).optional(),
    limit: wholeNumber(1, 200).default(50),
  })
  .strict();

export interface TimelinePage {
  items: CompanyTimelineEntry[];
  /** Pass back to read the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/**
 * A company's timeline, newest first, with keyset pagination so pages stay
 * stable while colleagues add entries, each entry's stages named as its
 * pipeline version names them. Soft-deleted companies keep theirs.
 */
export async function readTimeline(db: Db, actor: Actor, input: z.input<typeof timelineInput>): Promise<TimelinePage> {
  authorize(actor, 'companies:view');
  const request = parseInput(timelineInput, input);
  const company = await db
    .selectFrom('companies as c')
    .innerJoin('pipelines as p', (join) => join.onRef('p.agency_id', '=', 'c.agency_id').onRef('p.id', '=', 'c.pipeline_id'))
    .select(['c.id', 'c.pipeline_id', 'p.version'])
    .where('c.agency_id', '=', actor.agencyId)
    .where('c.id', '=', request.companyId)
    .executeTakeFirst();
  if (!company) throw notFound('Company', request.companyId);

  let query = db
    .selectFrom('client_company_activities as a')
    .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'a.agency_id').onRef('u.id', '=', 'a.user_id'))
    .selectAll('a')
    .select('u.name as user_name')
    .where('a.agency_id', '=', actor.agencyId)
    .where('a.company_id', '=', company.id)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.seq', 'desc')
    .limit(request.limit + 1);
  if (request.cursor) {
    const [at, seq] = request.cursor;
    query = query.where((eb) => eb(eb.refTuple('a.created_at', 'a.seq'), '<', eb.tuple(at, seq)));
  }
  const rows = await query.execute();
  const result = page(rows, request.limit, (row) => [row.created_at.toISOString(), row.seq]);
  const entries = result.items.map((row) => ({ ...toActivityView(row), userName: row.user_name, pipelineId: row.pipeline_id, pipelineVersion: row.pipeline_version }));
  return {
    items: await withStageLabels(db, actor.agencyId, { pipelineId: company.pipeline_id, version: company.version }, entries),
    nextCursor: result.nextCursor,
  };
}
