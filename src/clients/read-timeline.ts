import { sql } from 'kysely';
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
 * pipeline version names them, with the entries of the company's leads and
 * opportunities among them (labelled with the dossier). Soft-deleted
 * companies keep theirs.
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

  // The company's own entries and its leads' and opportunities' (SPEC R4.1), one keyset over both: their seq comes from one sequence.
  const own = db
    .selectFrom('client_company_activities as a')
    .select(['a.id', 'a.seq', 'a.activity_type', 'a.description', 'a.old_status', 'a.new_status', 'a.extra_data', 'a.user_id', 'a.pipeline_id', 'a.pipeline_version', 'a.created_at'])
    .select([sql<string | null>`null::uuid`.as('dossier_id'), sql<string | null>`null::text`.as('dossier_kind'), sql<string | null>`null::text`.as('dossier_title')])
    .where('a.agency_id', '=', actor.agencyId)
    .where('a.company_id', '=', company.id);
  const dossiers = db
    .selectFrom('dossier_activities as a')
    .innerJoin('dossiers as d', (join) => join.onRef('d.agency_id', '=', 'a.agency_id').onRef('d.id', '=', 'a.dossier_id'))
    .select(['a.id', 'a.seq', 'a.activity_type', 'a.description', 'a.old_status', 'a.new_status', 'a.extra_data', 'a.user_id', 'a.pipeline_id', 'a.pipeline_version', 'a.created_at'])
    .select(['d.id as dossier_id', sql<string | null>`d.kind`.as('dossier_kind'), sql<string | null>`d.title`.as('dossier_title')])
    .where('a.agency_id', '=', actor.agencyId)
    .where('d.company_id', '=', company.id);
  let query = db
    .selectFrom(own.unionAll(dossiers).as('t'))
    .leftJoin('users as u', (join) => join.on('u.agency_id', '=', actor.agencyId).onRef('u.id', '=', 't.user_id'))
    .selectAll('t')
    .select('u.name as user_name')
    .orderBy('t.created_at', 'desc')
    .orderBy('t.seq', 'desc')
    .limit(request.limit + 1);
  if (request.cursor) {
    const [at, seq] = request.cursor;
    query = query.where((eb) => eb(eb.refTuple('t.created_at', 't.seq'), '<', eb.tuple(at, seq)));
  }
  const rows = await query.execute();
  const result = page(rows, request.limit, (row) => [row.created_at.toISOString(), Number(row.seq)]);
  const entries = result.items.map((row) => ({
    ...toActivityView({ ...row, agency_id: actor.agencyId, company_id: company.id }),
    userName: row.user_name,
    pipelineId: row.pipeline_id,
    pipelineVersion: row.pipeline_version,
    dossier: row.dossier_id ? { id: row.dossier_id, kind: row.dossier_kind as 'lead' | 'opportunity', title: row.dossier_title ?? '' } : null,
  }));
  return {
    items: await withStageLabels(db, actor.agencyId, { pipelineId: company.pipeline_id, version: company.version }, entries),
    nextCursor: result.nextCursor,
  };
}
