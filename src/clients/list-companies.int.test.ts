import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, createTestReminder, type TestAgency } from '../../test/support/fixtures.js';
import { DAY, followShared, installHoldPipeline } from '../../test/support/company-list-data.js';
import { refusal } from '../../test/support/pipelines.js';
import { changeStatus } from '../pipeline/change-status.js';
import { addContact } from './add-contact.js';
import { COMPANY_SORTS } from './company-sort.js';
import { listCompanies, type CompanyList } from './list-companies.js';
import { updateCompany } from './update-company.js';
import { encodeCursor } from '../platform/input/cursor.js';

/*
 * The companies page's list: every filter picks exactly its records, every
 * sort orders them (empty values last) and keyset pages walk them all once,
 * also while records are being added between pages.
 */

const NOW = new Date();
const at = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * DAY);
const clock = () => NOW;
const day = (daysAgo: number) => at(daysAgo).toISOString().slice(0, 10);

describeEachDatabase('listing the companies page', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  let holdPipeline: string;
  const ids: Record<string, string> = {};

  async function names(input: Parameters<typeof listCompanies>[2], actor = agency.viewer): Promise<string[]> {
    const list = await listCompanies(ctx.db, actor, { limit: 200, sort: 'name', direction: 'asc', ...input }, clock);
    expect(list.total).toBe(list.items.length);
    return list.items.map((item) => item.name);
  }

  beforeAll(async () => {
    const { db } = ctx;
    agency = await createTestAgency(db, 'Lijstbureau');
    other = await createTestAgency(db, 'Ander bureau');
    holdPipeline = await installHoldPipeline(db, agency.agencyId);
    const r = agency.recruiter;
    ids.bouw = await followShared(db, r, { name: 'Aannemer Bouwbedrijf Jansen', location: 'Utrecht', industry: 'Bouw', openJobs: 3, employees: 80, hotness: 40 }, at(100));
    ids.cafe = await followShared(db, r, { name: 'Café Émile', location: 'Zwolle', industry: 'Horeca', noAgencies: true, employees: null }, at(60));
    ids.studio = await followShared(db, r, { name: 'Software Studio', location: "'s-Hertogenbosch", industry: 'Software Development', openJobs: 1, hotness: 90 }, at(20), holdPipeline);
    ids.zorg = await followShared(db, r, { name: 'Zorggroep Noord', location: 'Groningen', industry: null, hotness: 10 }, at(10), holdPipeline);
    ids.mode = await followShared(db, r, { name: 'Modehuis Bakker', location: null, industry: 'Retail', openJobs: 5 }, at(2));
    // Another agency's record matches every search word too: it must never appear.
    await followShared(db, other.recruiter, { name: 'Café Émile Bouwbedrijf Studio', location: 'Zwolle' }, at(5));

    // Changes at the moment of following, so they do not count as recent activity; following makes the follower the owner.
    await updateCompany(db, r, { companyId: ids.bouw, favorited: true, expectedValue: 12_500, expectedCloseDate: '2027-03-01' }, () => at(100));
    await updateCompany(db, r, { companyId: ids.cafe, ownerId: null }, () => at(60));
    await updateCompany(db, r, { companyId: ids.zorg, ownerId: null }, () => at(10));
    await updateCompany(db, r, { companyId: ids.studio, ownerId: agency.admin.userId, expectedValue: 5_000, fields: { sector: 'ICT' }, newJobsNotifications: false }, clock);
    await changeStatus(db, r, { companyId: ids.studio, status: 'meeting' }, () => at(19));
    await changeStatus(db, r, { companyId: ids.cafe, status: 'contacted' }, () => at(59));
    await changeStatus(db, r, { companyId: ids.zorg, status: 'on_hold', holdReason: 'Reorganisatie', resumeAt: day(-30) }, () => at(9));
    await addContact(db, r, { companyId: ids.mode, name: 'Jeroen Ünal' }, () => at(1));
    // Idle long enough to be stale, but a reminder ahead means someone is on it.
    ids.planned = await followShared(db, r, { name: 'Planbureau Oost', location: 'Enschede', industry: 'Advies' }, at(90));
    await updateCompany(db, r, { companyId: ids.planned, ownerId: null }, () => at(90));
    await createTestReminder(db, r, ids.planned);
  });

  it('searches the name, place, industry and contact names, ignoring case and accents, within the agency', async () => {
    expect(await names({ q: 'cafe emile' })).toEqual(['Café Émile']);
    expect(await names({ q: 'BOUWBEDRIJF' })).toEqual(['Aannemer Bouwbedrijf Jansen']);
    expect(await names({ q: 'zwolle' })).toEqual(['Café Émile']);
    expect(await names({ q: 'hertogenbosch' })).toEqual(['Software Studio']);
    expect(await names({ q: 'horeca' })).toEqual(['Café Émile']);
    expect(await names({ q: 'unal' })).toEqual(['Modehuis Bakker']);
    expect(await names({ q: 'bakker' })).toEqual(['Modehuis Bakker']);
    expect(await names({ q: 'nergens' })).toEqual([]);
  });

  it('filters on pipeline, stage, owner (and unassigned), favourite, open jobs and no-agencies', async () => {
    expect(await names({ pipelineId: holdPipeline })).toEqual(['Software Studio', 'Zorggroep Noord']);
    expect(await names({ stage: 'prospect' })).toEqual(['Aannemer Bouwbedrijf Jansen', 'Modehuis Bakker', 'Planbureau Oost']);
    expect(await names({ stage: 'contacted,meeting' })).toEqual(['Café Émile', 'Software Studio']);
    expect(await names({ stage: ['prospect'], pipelineId: holdPipeline })).toEqual([]);
    expect(await names({ ownerId: agency.recruiter.userId })).toEqual(['Aannemer Bouwbedrijf Jansen', 'Modehuis Bakker']);
    expect(await names({ ownerId: agency.admin.userId })).toEqual(['Software Studio']);
    expect(await names({ ownerId: 'unassigned' })).toEqual(['Café Émile', 'Planbureau Oost', 'Zorggroep Noord']);
    expect(await names({ favorite: 'true' })).toEqual(['Aannemer Bouwbedrijf Jansen']);
    expect(await names({ favorite: false })).toHaveLength(5);
    expect(await names({ hasOpenJobs: true })).toEqual(['Aannemer Bouwbedrijf Jansen', 'Modehuis Bakker', 'Software Studio']);
    expect(await names({ hasOpenJobs: 'false' })).toEqual(['Café Émile', 'Planbureau Oost', 'Zorggroep Noord']);
    expect(await names({ noAgencies: true })).toEqual(['Café Émile']);
  });

  it('filters on On hold, stale (the board’s verdict), the dates and the pipeline fields', async () => {
    expect(await names({ onHold: true })).toEqual(['Zorggroep Noord']);
    expect(await names({ onHold: false })).not.toContain('Zorggroep Noord');
    // Prospect goes stale after 30 days, Contacted after 14; Planbureau has a reminder ahead; On hold has no threshold.
    expect(await names({ stale: true })).toEqual(['Aannemer Bouwbedrijf Jansen', 'Café Émile']);
    const all = await listCompanies(ctx.db, agency.viewer, { limit: 200 }, clock);
    const staleByVerdict = all.items.filter((item) => item.stale).map((item) => item.name).sort();
    expect([...(await names({ stale: true }))].sort()).toEqual(staleByVerdict);
    expect((await names({ stale: false })).length).toBe(all.total - staleByVerdict.length);

    expect(await names({ createdFrom: day(25), createdTo: day(5) })).toEqual(['Software Studio', 'Zorggroep Noord']);
    expect(await names({ createdTo: day(95) })).toEqual(['Aannemer Bouwbedrijf Jansen']);
    // Last activity: the follows and changes back then, the contact added a day ago, and the update made now.
    expect(await names({ lastActivityTo: day(3) })).toEqual(['Aannemer Bouwbedrijf Jansen', 'Café Émile', 'Planbureau Oost', 'Zorggroep Noord']);
    expect(await names({ lastActivityFrom: day(0) })).toEqual(['Software Studio']);
    expect(await names({ lastActivityFrom: day(1), lastActivityTo: day(1) })).toEqual(['Modehuis Bakker']);
    expect(await names({ field: 'sector:ict' })).toEqual(['Software Studio']);
    expect(await names({ field: ['sector:ict', 'sector:zorg'] })).toEqual([]);
    expect(await names({ field: 'sector:zorg' })).toEqual([]);
  });

  it('refuses a filter it cannot read, naming the field', async () => {
    for (const bad of [{ ownerId: 'niemand' }, { stage: 'Prospect!' }, { favorite: 'ja' }, { createdFrom: '2026-13-01' }, { field: 'sector' }, { sort: 'stad' }]) {
      const error = await refusal(listCompanies(ctx.db, agency.viewer, bad as never, clock));
      expect(error.code).toBe('VALIDATION');
      expect(JSON.stringify(error.data)).toContain(Object.keys(bad)[0]!);
    }
  });

  it('carries what every column needs', async () => {
    const [studio] = (await listCompanies(ctx.db, agency.viewer, { q: 'software studio' }, clock)).items;
    expect(studio).toMatchObject({
      id: ids.studio,
      name: 'Software Studio',
      pipelineId: holdPipeline,
      pipelineName: { nl: 'Accounts met wachtstand', en: 'Accounts with hold' },
      status: 'meeting',
      stageName: { nl: 'Vergadering', en: 'Meeting' },
      ownerId: agency.admin.userId,
      expectedValue: 5000,
      location: "'s-Hertogenbosch",
      industry: 'Software Development',
      openJobs: 1,
      hotness: 90,
      noAgencies: false,
      onHold: false,
      newJobsNotifications: false,
      favorited: false,
      fields: { sector: 'ICT' },
    });
    expect(studio!.createdAt.toISOString()).toBe(at(20).toISOString());
    expect(studio!.lastActivityAt).not.toBeNull();
  });

  describe('sorting on every column', () => {
    const value = (item: CompanyList['items'][number], sort: string): unknown =>
      ({
        name: item.name.toLowerCase(),
        stage: null,
        owner: item.ownerName?.toLowerCase() ?? null,
        pipeline: null,
        value: item.expectedValue,
        closeDate: item.expectedCloseDate,
        lastActivity: item.lastActivityAt?.getTime() ?? null,
        created: item.createdAt.getTime(),
        moved: item.statusChangedAt.getTime(),
        openJobs: item.openJobs,
        city: item.location?.toLowerCase() ?? null,
        industry: item.industry?.toLowerCase() ?? null,
        employees: item.employeeCount,
        hotness: item.hotness,
        favorite: item.favorited ? 1 : 0,
        alerts: item.newJobsNotifications ? 1 : 0,
        noAgencies: item.noAgencies ? 1 : 0,
        onHold: item.onHold ? 1 : 0,
      })[sort];

    it.each(COMPANY_SORTS.flatMap((sort) => [[sort, 'asc'] as const, [sort, 'desc'] as const]))('%s %s: pages of two walk the one-page order, empty values last', async (sort, direction) => {
      const whole = await listCompanies(ctx.db, agency.viewer, { sort, direction, limit: 200 }, clock);
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listCompanies(ctx.db, agency.viewer, { sort, direction, limit: 2, cursor }, clock);
        expect(page.total).toBe(whole.total);
        walked.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(walked).toEqual(whole.items.map((item) => item.id));
      expect(new Set(walked).size).toBe(6);

      const values = whole.items.map((item) => value(item, sort));
      const firstEmpty = values.indexOf(null);
      if (firstEmpty >= 0) expect(values.slice(firstEmpty).every((v) => v === null)).toBe(true);
      const present = values.filter((v) => v !== null && v !== undefined);
      // Numbers and moments are compared here; text order is the database's collation, checked by the walk above.
      if (present.every((v) => typeof v === 'number')) {
        const sorted = [...(present as number[])].sort((a, b) => (direction === 'asc' ? a - b : b - a));
        expect(present).toEqual(sorted);
      }
    });

    it('orders names, places and stages as people read them', async () => {
      expect(await names({ sort: 'name', direction: 'asc' })).toEqual(['Aannemer Bouwbedrijf Jansen', 'Café Émile', 'Modehuis Bakker', 'Planbureau Oost', 'Software Studio', 'Zorggroep Noord']);
      expect((await names({ sort: 'name', direction: 'desc' }))[0]).toBe('Zorggroep Noord');
      expect((await names({ sort: 'city', direction: 'desc' })).at(-1)).toBe('Modehuis Bakker');
      expect((await names({ sort: 'stage', direction: 'desc' }))[0]).toBe('Zorggroep Noord');
      expect((await names({ sort: 'value', direction: 'desc' })).slice(0, 2)).toEqual(['Aannemer Bouwbedrijf Jansen', 'Software Studio']);
      // 'Accounts met wachtstand' before 'Recruitment business development'; ties in id order.
      expect((await names({ sort: 'pipeline', direction: 'asc', language: 'nl' })).slice(0, 2).sort()).toEqual(['Software Studio', 'Zorggroep Noord']);
    });

    it("refuses another sort's cursor or a forged one as a bad request", async () => {
      const byName = await listCompanies(ctx.db, agency.viewer, { sort: 'name', direction: 'asc', limit: 2 }, clock);
      for (const cursor of [
        byName.nextCursor!,
        encodeCursor(['created', 'asc', 'not a moment', ids.bouw]),
        encodeCursor(['value', 'asc', '1e999', ids.bouw]),
        encodeCursor(['closeDate', 'asc', '2026-02-31', ids.bouw]),
      ]) {
        const sort = cursor === byName.nextCursor ? 'value' : JSON.parse(Buffer.from(cursor, 'base64url').toString())[0];
        const error = await refusal(listCompanies(ctx.db, agency.viewer, { sort, direction: 'asc', cursor }, clock));
        expect(error).toMatchObject({ code: 'VALIDATION', data: { issues: [{ path: 'cursor' }] } });
      }
    });
  });
});

describeEachDatabase('paging while records are added', (ctx) => {
  it('walks every record that was there exactly once, whatever is followed between pages', async () => {
    const { db } = ctx;
    const agency = await createTestAgency(db, 'Drukbureau');
    const before: string[] = [];
    for (let i = 0; i < 23; i += 1) before.push(await followShared(db, agency.recruiter, { name: `Bedrijf ${String(i).padStart(2, '0')}` }, at(30 - i)));
    for (const order of [{ sort: 'name', direction: 'asc' }, { sort: 'moved', direction: 'desc' }, { sort: 'created', direction: 'asc' }] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let added = 0;
      do {
        const page = await listCompanies(db, agency.viewer, { ...order, limit: 5, cursor });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
        // Colleagues follow companies that sort before, among and after the rows seen so far.
        for (const name of ['Aaa eerst', `Bedrijf ${String(added).padStart(2, '0')}b`, 'Zzz laatst']) {
          await followShared(db, agency.recruiter, { name: `${name} ${added}` }, new Date());
        }
        added += 1;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(before.filter((id) => !seen.includes(id))).toEqual([]);
    }
  });
});
