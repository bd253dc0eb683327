import { z } from 'zod';
import { notFound } from '../domain/errors.js';
import type { Actor } from '../domain/roles.js';
import type { Db } from '../db/schema.js';
import { authorize } from './authorize.js';
import { id, parseInput } from './input.js';
import { toActivityView, type ActivityView } from './views.js';

/** An opaque position in a timeline: the (created_at, seq) of the last entry seen. */
const cursor = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    try {
      const [at, seq] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
      if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && Number.isSafeInteger(seq)) {
        return { at, seq: seq as number };
      }
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
    return z.NEVER;
  });

export const timelineInput = z
  .object({
    companyId: id,
    cursor: cursor.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export interface TimelineEntry extends ActivityView {
  userName: string | null;
}

export interface TimelinePage {
  items: TimelineEntry[];
  /** Pass back to read the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/**
 * A company's timeline, newest first, with keyset pagination so pages stay
 * stable while colleagues add entries. Soft-deleted companies keep theirs.
 */
export async function readTimeline(db: Db, actor: Actor, input: z.input<typeof timelineInput>): Promise<TimelinePage> {
  authorize(actor, 'pipeline:read');
  const request = parseInput(timelineInput, input);
  const company = await db
    .selectFrom('companies')
    .select('id')
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', request.companyId)
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
    const { at, seq } = request.cursor;
    query = query.where((eb) => eb(eb.refTuple('a.created_at', 'a.seq'), '<', eb.tuple(new Date(at), seq)));
  }
  const rows = await query.execute();
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...toActivityView(row), userName: row.user_name })),
    nextCursor:
      rows.length > request.limit && last
        ? Buffer.from(JSON.stringify([last.created_at.toISOString(), last.seq])).toString('base64url')
        : null,
  };
}
