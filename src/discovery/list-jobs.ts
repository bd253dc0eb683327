import type { jobSchema } from './discovery.schemas.js';
import { sql } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { cursor, page } from '../platform/input/cursor.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';
import { findGlobalCompany } from './find-global-company.js';
import { cursorInstant } from './discovery-input.js';

export const listJobsInput = z
  .object({
    globalCompanyId: id,
    status: z.enum(['open', 'closed', 'all']).default('all'),
    limit: wholeNumber(1, 200).default(20),
    /** From the previous page's nextCursor. */
    cursor: cursor(z.tuple([cursorInstant, z.guid()])).optional(),
  })
  .strict();

export type JobView = z.output<typeof jobSchema>;

/** A company's jobs, newest posting first (SPEC R5.4). Shared data; any signed-in user may read it. */
export async function listJobs(
  db: Db,
  actor: Actor,
  input: z.input<typeof listJobsInput>,
  clock: Clock = systemClock,
): Promise<{ items: JobView[]; nextCursor: string | null }> {
  authorize(actor, 'companies:view');
  const request = parseInput(listJobsInput, input);
  await findGlobalCompany(db, request.globalCompanyId);
  const now = clock();
  const postedKey = sql<Date>`coalesce(posted_at, '-infinity'::timestamptz)`;
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'title', 'location', 'skills', 'posted_at', 'closed_at', 'url', 'no_agencies'])
    .where('global_company_id', '=', request.globalCompanyId)
    // A job is open until its closing moment has passed (domain/hotness.ts isOpen).
    .$if(request.status === 'open', (qb) => qb.where((eb) => eb.or([eb('closed_at', 'is', null), eb('closed_at', '>', now)])))
    .$if(request.status === 'closed', (qb) => qb.where('closed_at', '<=', now))
    .$if(request.cursor !== undefined, (qb) =>
      qb.where(sql<boolean>`(${postedKey}, id) < (${request.cursor![0]}::timestamptz, ${request.cursor![1]}::uuid)`),
    )
    .orderBy(postedKey, 'desc')
    .orderBy('id', 'desc')
    .limit(request.limit + 1)
    .execute();
  const result = page(rows, request.limit, (row) => [row.posted_at ? row.posted_at.toISOString() : '-infinity', row.id]);
  return {
    items: result.items.map((row) => ({
      id: row.id,
      title: row.title,
      location: row.location,
      skills: row.skills,
      postedAt: row.posted_at,
      closedAt: row.closed_at,
      open: row.closed_at === null || row.closed_at > now,
      url: row.url,
      noAgencies: row.no_agencies,
    })),
    nextCursor: result.nextCursor,
  };
}
