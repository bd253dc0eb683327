import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import type { Actor } from '../identity/domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { readTeamActivity } from '../analytics/read-team-activity.js';
import { refreshHiringFacts } from '../discovery/refresh-hiring-facts.js';
import { DEMO_LOGIN, seedDemo } from './seed-demo.js';
import { DAY_MS } from '../platform/time/days.js';

const now = new Date('2026-11-23T10:00:00.000Z');
const options = { companies: 60, market: 300, seed: 11, now };

/** Everything the seed wrote that a user could see, in a stable order and without generated ids. */
async function story(db: Db) {
  const [jobs, facts, activities, contacts] = await Promise.all([
    db.selectFrom('jobs').select(['external_id', 'posted_at', 'created_at', 'notified_at']).orderBy('external_id').execute(),
    hiringFacts(db),
    db
      .selectFrom('client_company_activities as a')
      .innerJoin('companies as c', 'c.id', 'a.company_id')
      .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['g.linkedin_url', 'a.activity_type', 'a.created_at', 'a.new_status', 'a.description', 'u.email'])
      .orderBy('g.linkedin_url')
      .orderBy('a.created_at')
      .orderBy('a.seq')
      .execute(),
    db
      .selectFrom('contacts as k')
      .innerJoin('companies as c', 'c.id', 'k.company_id')
      .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
      .leftJoin('decision_makers as d', 'd.id', 'k.decision_maker_id')
      .select(['g.linkedin_url as company', 'k.name', 'k.title', 'k.email', 'k.phone', 'k.linkedin_url', 'k.created_at', 'd.name as decisionMaker'])
      .orderBy('g.linkedin_url')
      .orderBy('k.created_at')
      .execute(),
  ]);
  return { jobs, facts, activities, contacts };
}

const hiringFacts = (db: Db) =>
  db.selectFrom('global_companies').select(['linkedin_url', 'hotness', 'open_jobs', 'no_agencies', 'open_skills', 'last_posted_at']).orderBy('linkedin_url').execute();

describeEachDatabase('seedDemo', (ctx) => {
  let admin: Actor;
  let seeded: Awaited<ReturnType<typeof story>>;
  beforeAll(async () => {
    await seedDemo(ctx.db, options);
    const user = await ctx.db.selectFrom('users').select(['agency_id', 'id', 'role']).where('email', '=', DEMO_LOGIN.email).executeTakeFirstOrThrow();
    admin = { agencyId: user.agency_id, userId: user.id, role: user.role };
    seeded = await story(ctx.db);
  }, 180_000);

  it('dates each job by the weekly run that found it: over two years, after its posting, never after now', () => {
    const { jobs } = seeded;
    expect(jobs.length).toBeGreaterThan(2000);
    for (const job of jobs) {
      expect(job.created_at.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(job.created_at.getTime()).toBeGreaterThanOrEqual(job.posted_at!.getTime());
      expect(job.created_at.getTime() - job.posted_at!.getTime()).toBeLessThan(7 * DAY_MS);
      expect((now.getTime() - job.created_at.getTime()) % (7 * DAY_MS)).toBe(0);
    }
    const runs = new Set(jobs.map((job) => job.created_at.getTime()));
    expect(runs.size).toBeGreaterThan(100);
    expect(Math.min(...runs)).toBeLessThan(now.getTime() - 700 * DAY_MS);
    expect(runs).toContain(now.getTime());
    // Each quarter of the two years had its share of new jobs.
    const quarters = new Array<number>(8).fill(0);
    for (const job of jobs) quarters[Math.min(7, Math.floor((now.getTime() - job.created_at.getTime()) / (365 * DAY_MS / 4)))]!++;
    for (const count of quarters) expect(count).toBeGreaterThan(jobs.length / 20);
  });

  it('claims every market job as notified when it arrived, before anyone followed, and notifies no one', async () => {
    for (const job of seeded.jobs) expect(job.notified_at?.getTime()).toBe(job.created_at.getTime());
    const notifications = await ctx.db.selectFrom('notifications').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(notifications.n)).toBe(0);
  });

  it('leaves hiring facts exactly as a refresh at now computes them', async () => {
    const ids = await ctx.db.selectFrom('global_companies').select('id').execute();
    expect(seeded.facts.filter((company) => company.hotness > 0).length).toBeGreaterThan(30);
    await refreshHiringFacts(ctx.db, ids.map((row) => row.id), () => now);
    expect(await hiringFacts(ctx.db)).toEqual(seeded.facts);
  });

  it("adds the company's decision makers as contacts before the first outreach at about half the companies", async () => {
    const companies = await ctx.db.selectFrom('companies').select(['id', 'global_company_id', 'owner_id']).where('agency_id', '=', admin.agencyId).execute();
    const contacts = await ctx.db.selectFrom('contacts').selectAll().where('agency_id', '=', admin.agencyId).execute();
    const activities = await ctx.db
      .selectFrom('client_company_activities')
      .select(['company_id', 'activity_type', 'created_at', 'user_id', 'extra_data'])
      .where('agency_id', '=', admin.agencyId)
      .where('activity_type', 'in', ['company_tracked', 'outreach_sent', 'contact_detail_added'])
      .execute();
    const withContacts = new Set(contacts.map((contact) => contact.company_id));
    expect(withContacts.size / companies.length).toBeGreaterThan(0.4);
    expect(withContacts.size / companies.length).toBeLessThan(0.7);
    expect(contacts.length).toBeGreaterThan(withContacts.size);

    for (const contact of contacts) {
      const company = companies.find((c) => c.id === contact.company_id)!;
      const of = (type: string) => activities.filter((a) => a.company_id === company.id && a.activity_type === type).map((a) => a.created_at.getTime());
      const added = activities.find((a) => a.activity_type === 'contact_detail_added' && (a.extra_data as { contactId?: string }).contactId === contact.id);
      expect(added?.created_at.getTime()).toBe(contact.created_at.getTime());
      expect(added?.user_id).toBe(company.owner_id);
      expect(contact.created_by).toBe(company.owner_id);
      expect(contact.created_at.getTime()).toBeLessThan(now.getTime());
      expect(contact.created_at.getTime()).toBeGreaterThan(Math.min(...of('company_tracked')));
      const outreach = Math.min(...of('outreach_sent'));
      expect(contact.created_at.getTime()).toBeLessThan(outreach);
      expect(contact.created_at.getTime()).toBeGreaterThan(outreach - DAY_MS);
      expect(contact.email ?? contact.phone ?? contact.linkedin_url).not.toBeNull();
      const person = await ctx.db.selectFrom('decision_makers').selectAll().where('id', '=', contact.decision_maker_id!).executeTakeFirstOrThrow();
      expect(person).toMatchObject({ global_company_id: company.global_company_id, name: contact.name, title: contact.title });
    }
    expect(contacts.filter((contact) => contact.email).length).toBeGreaterThan(contacts.length / 3);
    expect(contacts.filter((contact) => contact.phone).length).toBeGreaterThan(0);
  });

  it('shows the team card different new jobs per period, and contacts found', async () => {
    const later = () => new Date(now.getTime() + 60_000);
    const totals = async (days: number) => (await readTeamActivity(ctx.db, admin, { days }, later)).totals;
    const [week, month, quarter, year] = await Promise.all([7, 30, 90, 365].map(totals));
    expect(week!.jobsAdded.current).toBeGreaterThan(0);
    expect(week!.jobsAdded.current).toBeLessThan(month!.jobsAdded.current);
    expect(month!.jobsAdded.current).toBeLessThan(quarter!.jobsAdded.current);
    expect(quarter!.jobsAdded.current).toBeLessThan(year!.jobsAdded.current);
    expect(year!.jobsAdded.previous).toBeGreaterThan(0);
    expect(year!.contactsFound.current).toBe(seeded.contacts.length);
    expect(month!.contactsFound.current).toBeGreaterThan(0);
  });

  it('gives the same demo, row for row, for the same options', async () => {
    const other = await ctx.database.open();
    try {
      await seedDemo(other.db, options);
      expect(await story(other.db)).toEqual(seeded);
    } finally {
      await other.close();
    }
  }, 180_000);
});
