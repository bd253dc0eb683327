import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import type { Actor } from '../identity/domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { readTeamActivity } from '../analytics/read-team-activity.js';
import { refreshHiringFacts } from '../discovery/refresh-hiring-facts.js';
import { readTimeline } from '../clients/read-timeline.js';
import { findStage, validateTransition } from '../pipeline/domain/index.js';
import { gatesOfEntry } from '../../test/support/invariants.js';
import { loadDefinition } from '../pipeline/pipeline-store.js';
import { DEMO_LOGIN, seedDemo } from './seed-demo.js';
import { DAY_MS } from '../platform/time/days.js';

const now = new Date('2026-11-23T10:00:00.000Z');
const options = { companies: 60, market: 300, seed: 11, now };

/** Everything the seed wrote that a user could see, in a stable order and without generated ids. */
async function story(db: Db) {
  const [jobs, facts, activities, contacts, dossiers] = await Promise.all([
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
    db
      .selectFrom('dossier_activities as a')
      .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
      .innerJoin('companies as c', 'c.id', 'd.company_id')
      .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
      .leftJoin('users as u', 'u.id', 'd.owner_id')
      .select(['g.linkedin_url', 'd.kind', 'd.title', 'd.stage', 'd.source', 'd.priority', 'd.category', 'd.value', 'd.expected_close_date', 'u.email'])
      .select(['a.activity_type', 'a.created_at', 'a.new_status', 'a.description', 'a.extra_data'])
      .orderBy('g.linkedin_url')
      .orderBy('a.created_at')
      .orderBy('a.seq')
      .execute(),
  ]);
  // Generated ids differ between two seeds: what an entry refers to by id is left out.
  const dossierEntries = dossiers.map(({ extra_data: extra, ...entry }) => ({ ...entry, extra: Object.keys(extra).sort() }));
  return { jobs, facts, activities, contacts, dossiers: dossierEntries };
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

  it('tells leads and opportunities of both kinds, won and lost among them, with the agency team, lists and contact roles', async () => {
    const dossiers = await ctx.db.selectFrom('dossiers').selectAll().where('agency_id', '=', admin.agencyId).execute();
    const leads = dossiers.filter((dossier) => dossier.kind === 'lead');
    const opportunities = dossiers.filter((dossier) => dossier.kind === 'opportunity');
    // 60 followed companies: some 7 opportunities, 5 of them converted from a lead, and 6 leads of their own.
    expect(leads.length).toBeGreaterThanOrEqual(8);
    expect(opportunities.length).toBeGreaterThanOrEqual(5);
    expect(leads.length + opportunities.length).toBeLessThan(30);
    const stages = (kind: string) => new Set(dossiers.filter((dossier) => dossier.kind === kind).map((dossier) => dossier.stage));
    expect([...stages('lead')]).toEqual(expect.arrayContaining(['contacting', 'qualified', 'disqualified']));
    expect([...stages('opportunity')]).toEqual(expect.arrayContaining(['won']));
    expect(stages('opportunity').size).toBeGreaterThan(2);

    const team = await ctx.db.selectFrom('users').select('id').where('agency_id', '=', admin.agencyId).execute();
    const lists = await ctx.db.selectFrom('dossier_list_values').select(['list', 'key']).where('agency_id', '=', admin.agencyId).execute();
    const companies = await ctx.db.selectFrom('companies').select(['id', 'global_company_id']).where('agency_id', '=', admin.agencyId).execute();
    for (const dossier of dossiers) {
      expect(team.map((user) => user.id)).toContain(dossier.owner_id);
      expect(companies.map((company) => company.id)).toContain(dossier.company_id);
      for (const list of ['source', 'priority', 'category'] as const) {
        if (dossier[list] !== null) expect(lists).toContainEqual({ list, key: dossier[list] });
      }
      expect(dossier.created_at.getTime()).toBeLessThan(now.getTime());
    }
    expect(new Set(dossiers.map((dossier) => dossier.owner_id)).size).toBeGreaterThan(1);
    expect(new Set(dossiers.map((dossier) => dossier.source)).size).toBeGreaterThan(2);
    expect(dossiers.filter((dossier) => dossier.value !== null && dossier.expected_close_date !== null).length).toBeGreaterThan(dossiers.length / 2);

    // Contacts the company has (people found), each with one of the agency's roles.
    const links = await ctx.db
      .selectFrom('dossier_contacts as l')
      .innerJoin('dossiers as d', 'd.id', 'l.dossier_id')
      .innerJoin('contacts as k', 'k.id', 'l.contact_id')
      .innerJoin('dossier_contact_roles as r', 'r.id', 'l.role_id')
      .select(['d.company_id', 'k.company_id as contactCompanyId', 'r.agency_id'])
      .where('l.agency_id', '=', admin.agencyId)
      .execute();
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link.contactCompanyId).toBe(link.company_id);
      expect(link.agency_id).toBe(admin.agencyId);
    }
    // Notes, e-mails and appointments on the timelines.
    const logged = await ctx.db.selectFrom('dossier_activities').select('activity_type').distinct().where('agency_id', '=', admin.agencyId).execute();
    expect(logged.map((row) => row.activity_type)).toEqual(expect.arrayContaining(['note', 'email', 'appointment', 'contact_linked', 'vacancy_linked', 'deal_updated', 'converted']));
  });

  it('moves every lead and opportunity only through the stage writer, by its pipeline graph and gates, at moments before now', async () => {
    const dossiers = await ctx.db.selectFrom('dossiers').selectAll().where('agency_id', '=', admin.agencyId).execute();
    const activities = await ctx.db.selectFrom('dossier_activities').selectAll().where('agency_id', '=', admin.agencyId).orderBy('created_at').orderBy('seq').execute();
    let moves = 0;
    for (const dossier of dossiers) {
      const timeline = activities.filter((entry) => entry.dossier_id === dossier.id);
      expect(timeline[0]).toMatchObject({ activity_type: 'created', created_at: dossier.created_at });
      for (const entry of timeline) {
        expect(entry.created_at.getTime()).toBeLessThan(now.getTime());
        expect(entry.created_at.getTime()).toBeGreaterThanOrEqual(dossier.created_at.getTime());
      }
      const changes = timeline.filter((entry) => entry.new_status !== null);
      let current: string | null = null;
      for (const entry of changes) {
        const definition = await loadDefinition(ctx.db, admin.agencyId, entry.pipeline_id!, entry.pipeline_version!);
        if (entry.activity_type === 'created') {
          expect(entry.new_status).toBe(definition.entryStage);
        } else {
          expect(entry.activity_type).toBe('status_change');
          expect(entry.old_status).toBe(current);
          const extra = entry.extra_data;
          expect(validateTransition(definition, { from: current!, to: entry.new_status!, gates: gatesOfEntry(extra) }), `${current} → ${entry.new_status}`).toBeNull();
          if (findStage(definition, entry.new_status!)?.outcome === 'lost') expect(extra.lossReason).toBeTruthy();
          moves++;
        }
        current = entry.new_status;
      }
      expect(dossier.stage).toBe(current);
      expect(dossier.stage_changed_at.getTime()).toBe(changes.at(-1)!.created_at.getTime());
    }
    expect(moves).toBeGreaterThan(dossiers.length);
  });

  it('converts leads in their end stage into opportunities that link back, and links each vacancy to at most one lead and one opportunity, a job of its client', async () => {
    const dossiers = await ctx.db.selectFrom('dossiers').selectAll().where('agency_id', '=', admin.agencyId).execute();
    const activities = await ctx.db.selectFrom('dossier_activities').selectAll().where('agency_id', '=', admin.agencyId).where('activity_type', '=', 'converted').execute();
    const vacancyLinks = await ctx.db.selectFrom('vacancy_dossiers').selectAll().where('agency_id', '=', admin.agencyId).execute();
    const converted = dossiers.filter((dossier) => dossier.converted_from_id !== null);
    expect(converted.length).toBeGreaterThanOrEqual(3);
    for (const opportunity of converted) {
      const lead = dossiers.find((dossier) => dossier.id === opportunity.converted_from_id)!;
      expect(opportunity.kind).toBe('opportunity');
      expect(lead).toMatchObject({ kind: 'lead', stage: 'qualified', company_id: opportunity.company_id, owner_id: opportunity.owner_id });
      expect(activities.find((entry) => entry.dossier_id === lead.id)?.extra_data).toEqual({ opportunityId: opportunity.id });
      expect(activities.find((entry) => entry.dossier_id === opportunity.id)?.extra_data).toEqual({ leadId: lead.id });
      const vacanciesOf = (id: string) => vacancyLinks.filter((link) => link.dossier_id === id).map((link) => link.vacancy_id);
      expect(vacanciesOf(opportunity.id)).toEqual(vacanciesOf(lead.id));
    }

    const vacancies = await ctx.db
      .selectFrom('vacancies as v')
      .innerJoin('companies as c', 'c.id', 'v.company_id')
      .innerJoin('jobs as j', 'j.id', 'v.job_id')
      .select(['v.id', 'v.title', 'v.created_at', 'c.global_company_id', 'j.global_company_id as jobCompanyId', 'j.title as jobTitle', 'j.created_at as jobKnownAt'])
      .where('v.agency_id', '=', admin.agencyId)
      .execute();
    expect(vacancies.length).toBeGreaterThanOrEqual(4);
    for (const vacancy of vacancies) {
      expect(vacancy.jobCompanyId).toBe(vacancy.global_company_id);
      expect(vacancy.title).toBe(vacancy.jobTitle.slice(0, 200));
      // A job the collector had found by then.
      expect(vacancy.jobKnownAt.getTime()).toBeLessThanOrEqual(vacancy.created_at.getTime());
      const links = vacancyLinks.filter((link) => link.vacancy_id === vacancy.id);
      expect(links.filter((link) => link.kind === 'lead').length).toBeLessThanOrEqual(1);
      expect(links.filter((link) => link.kind === 'opportunity').length).toBeLessThanOrEqual(1);
      expect(links.length).toBeGreaterThan(0);
    }
  });

  it("shows a lead's entries on its company's timeline, among the company's own", async () => {
    const lead = await ctx.db
      .selectFrom('dossiers')
      .select(['id', 'company_id'])
      .where('agency_id', '=', admin.agencyId)
      .where('kind', '=', 'lead')
      .where('stage', '!=', 'new')
      .orderBy('created_at')
      .executeTakeFirstOrThrow();
    const entries = await ctx.db.selectFrom('dossier_activities').select('id').where('dossier_id', '=', lead.id).execute();
    const timeline = await readTimeline(ctx.db, admin, { companyId: lead.company_id!, limit: 200 });
    expect(timeline.nextCursor).toBeNull();
    expect(timeline.items.filter((item) => item.dossier?.id === lead.id).map((item) => item.id).sort()).toEqual(entries.map((entry) => entry.id).sort());
    expect(timeline.items.filter((item) => item.dossier === null).map((item) => item.type)).toEqual(expect.arrayContaining(['company_tracked', 'outreach_sent']));
  });

  it('leaves every company, its history and its contacts exactly as without the leads and opportunities', async () => {
    const other = await ctx.database.open();
    try {
      await seedDemo(other.db, { ...options, dossiers: false });
      const { dossiers: without, ...companies } = await story(other.db);
      expect(without).toEqual([]);
      const { dossiers, ...seededCompanies } = seeded;
      expect(dossiers.length).toBeGreaterThan(0);
      expect(companies).toEqual(seededCompanies);
    } finally {
      await other.close();
    }
  }, 180_000);

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
