import fc from 'fast-check';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany } from '../../test/support/fixtures.js';
import { hiringActivity, hotnessScore, isOpen } from './domain/hotness.js';
import { companyRefusesAgencies } from './domain/no-agencies.js';
import { refreshHiringFacts } from './refresh-hiring-facts.js';
import { DAY_MS } from '../platform/time/days.js';

const now = new Date('2026-11-23T12:00:00.000Z');

/** Job dates around the boundaries that matter: now, 30 and 60 days back, and the future. */
const moment = fc.oneof(
  fc.constantFrom(0, -30, -60, 1, -29.999, -59.999).map((days) => new Date(now.getTime() + days * DAY_MS)),
  fc.integer({ min: -90, max: 10 }).map((days) => new Date(now.getTime() + days * DAY_MS)),
);
const job = fc.record({
  postedAt: fc.option(moment, { nil: null }),
  closedAt: fc.option(moment, { nil: null }),
  noAgencies: fc.boolean(),
  skills: fc.subarray(['SQL', 'sql', 'Python', 'VCA', 'Wondzorg']),
});

describeEachDatabase('hiring facts', (ctx) => {
  it('counts in SQL exactly what the domain rules say', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(job, { maxLength: 12 }), async (jobs) => {
        const id = await createGlobalCompany(ctx.db);
        if (jobs.length > 0) {
          await ctx.db
            .insertInto('jobs')
            .values(
              jobs.map((j, n) => ({
                global_company_id: id,
                title: 'Vacature',
                posted_at: j.postedAt,
                closed_at: j.closedAt,
                no_agencies: j.noAgencies,
                skills: j.skills,
                source: 'property',
                external_id: `${id}-${n}`,
              })),
            )
            .execute();
        }
        await refreshHiringFacts(ctx.db, [id], () => now);
        const stored = await ctx.db
          .selectFrom('global_companies')
          .select(['hotness', 'open_jobs', 'no_agencies', 'open_skills', 'last_posted_at'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        const activity = hiringActivity(jobs, now);
        const posted = jobs.flatMap((j) => (j.postedAt && j.postedAt <= now ? [j.postedAt.getTime()] : []));
        expect(stored).toEqual({
          hotness: hotnessScore(activity),
          open_jobs: activity.open,
          no_agencies: companyRefusesAgencies(jobs, now),
          open_skills: [...new Set(jobs.filter((j) => isOpen(j, now)).flatMap((j) => j.skills.map((s) => s.toLowerCase())))].sort(),
          last_posted_at: posted.length ? new Date(Math.max(...posted)) : null,
        });
      }),
      { numRuns: 25 },
    );
  });

  it('rewrites a company only when its facts change', async () => {
    const id = await createGlobalCompany(ctx.db);
    await ctx.db.insertInto('jobs').values({ global_company_id: id, title: 'Planner', posted_at: new Date(now.getTime() - 3 * DAY_MS), source: 'rewrite', external_id: id }).execute();
    const version = async () => (await sql<{ xmin: string }>`select xmin::text from global_companies where id = ${id}`.execute(ctx.db)).rows[0]!.xmin;
    await refreshHiringFacts(ctx.db, [id], () => now);
    const refreshed = await version();
    await refreshHiringFacts(ctx.db, [id], () => now);
    expect(await version()).toBe(refreshed);
    // 40 days on, the posting has left the recent window: the facts change and the row is written.
    await refreshHiringFacts(ctx.db, [id], () => new Date(now.getTime() + 40 * DAY_MS));
    expect(await version()).not.toBe(refreshed);
  });

  it('gives the same facts refreshing thousands of companies at once (one pass on PostgreSQL) as chunk by chunk', { timeout: 120_000 }, async () => {
    const t = Math.random().toString(36).slice(2, 8);
    const { rows: companies } = await sql<{ id: string }>`insert into global_companies (name, website_domain)
      select ${`Massa ${t} `} || n, ${`massa-${t}-`} || n || '.nl' from generate_series(1, 6000) n returning id`.execute(ctx.db);
    const ids = companies.map((c) => c.id);
    // Jobs by a rule of the company's position: some recent, some old, some closed, some refusing agencies, some none.
    await sql`insert into jobs (global_company_id, title, posted_at, closed_at, no_agencies, skills, source, external_id)
      select c.id, 'Vacature', ${now}::timestamptz - (((c.n * 7 + j) % 90) || ' days')::interval,
        case when (c.n + j) % 4 = 0 then ${now}::timestamptz - interval '5 days' end, (c.n + j) % 11 = 0,
        array['SQL', 'Skill ' || (c.n % 5)], ${`massa-${t}`}, c.id || '-' || j
      from (select id, row_number() over (order by id) as n from unnest(${sql.val(ids)}::uuid[]) id) c, generate_series(1, (c.n % 4)::int) j`.execute(ctx.db);
    const facts = () => ctx.db.selectFrom('global_companies').select(['id', 'hotness', 'open_jobs', 'no_agencies', 'open_skills', 'last_posted_at']).where('id', 'in', ids).orderBy('id').execute();
    const reset = () => ctx.db.updateTable('global_companies').set({ hotness: 0, open_jobs: 0, no_agencies: false, open_skills: [], last_posted_at: null }).where('id', 'in', ids).execute();
    // Under 5,000 at a time: chunk by chunk.
    await refreshHiringFacts(ctx.db, ids.slice(0, 3000), () => now);
    await refreshHiringFacts(ctx.db, ids.slice(3000), () => now);
    const chunked = await facts();
    expect(chunked.filter((c) => c.open_jobs > 0).length).toBeGreaterThan(1000);
    await reset();
    const progress: number[] = [];
    await refreshHiringFacts(ctx.db, ids, () => now, (done) => progress.push(done));
    expect(await facts()).toEqual(chunked);
    expect(progress.at(-1)).toBe(6000);
  });
});
