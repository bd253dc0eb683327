import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/roles.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { addContact } from '../clients/add-contact.js';
import { changeStatus } from '../pipeline/change-status.js';
import { deleteCompany } from '../clients/delete-company.js';
import { followCompany } from '../clients/follow-company.js';
import { scheduleMeeting } from '../clients/index.js';
import { logOutreach } from '../clients/log-outreach.js';
import { readTeamActivity } from './read-team-activity.js';

/*
 * Day n is 2026-01-01 + n days (UTC); now is day 181 (1 July). The default
 * 30 days are [151, 181) = June; the previous period is [121, 151).
 *
 *   recruiter  X1: follow 122, outreach 125 (automatic → contacted) and 140, meeting by hand 145
 *              X2: follow 151, outreach 152 (automatic) and 155, contact 153, meeting planned 156,
 *                  meeting by hand 157
 *              X3: follow 160, outreach 161 (automatic)      X4: follow 170, outreach 175 (automatic)
 *   admin      Y2: follow 100, outreach 158 (automatic), deleted 170
 *              Y1: follow 121, outreach 165 (automatic), contacts 166 and 167, lost by hand 168
 *   manager, viewer: nothing
 *
 * Jobs (shared): X2's company 130, 152, 170; Y1's 175; Y2's (deleted) 160; X1's 100;
 * a company nobody follows 160. Another agency follows and writes in June too.
 */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const on = (n: number) => () => day(n);
const NOW = day(181);

describeEachDatabase('readTeamActivity', (ctx) => {
  let agency: TestAgency;

  beforeAll(async () => {
    const { db } = ctx;
    agency = await createTestAgency(db, 'Team agency');
    const r = agency.recruiter;
    const a = agency.admin;
    const follow = async (actor: Actor, n: number) => {
      const globalCompanyId = await createGlobalCompany(db);
      const { company } = await followCompany(db, actor, { globalCompanyId }, on(n));
      return { id: company.id, globalCompanyId };
    };
    const outreach = (actor: Actor, companyId: string, n: number) => logOutreach(db, actor, { companyId, channel: 'email' }, on(n));
    const job = (globalCompanyId: string, n: number) =>
      db
        .insertInto('jobs')
        .values({ global_company_id: globalCompanyId, title: 'Java developer', source: 'test', external_id: randomUUID(), created_at: day(n) })
        .execute();

    const x1 = await follow(r, 122);
    await outreach(r, x1.id, 125);
    await outreach(r, x1.id, 140);
    await changeStatus(db, r, { companyId: x1.id, status: 'meeting' }, on(145));

    const x2 = await follow(r, 151);
    await outreach(r, x2.id, 152);
    await addContact(db, r, { companyId: x2.id, name: 'Sanne Jansen', email: 'sanne@example.test' }, on(153));
    await outreach(r, x2.id, 155);
    await scheduleMeeting(db, r, { companyId: x2.id, at: day(158).toISOString() }, on(156));
    await changeStatus(db, r, { companyId: x2.id, status: 'meeting' }, on(157));

    const x3 = await follow(r, 160);
    await outreach(r, x3.id, 161);
    const x4 = await follow(r, 170);
    await outreach(r, x4.id, 175);

    const y2 = await follow(a, 100);
    await outreach(a, y2.id, 158);
    await deleteCompany(db, a, { companyId: y2.id }, on(170));

    const y1 = await follow(a, 121);
    await outreach(a, y1.id, 165);
    await addContact(db, a, { companyId: y1.id, name: 'Pieter de Boer' }, on(166));
    await addContact(db, a, { companyId: y1.id, name: 'Eva Smit', phone: '+31 6 1234 5678' }, on(167));
    await changeStatus(db, a, { companyId: y1.id, status: 'lost', lossReason: 'in_house_team' }, on(168));

    await job(x2.globalCompanyId, 130);
    await job(x2.globalCompanyId, 152);
    await job(x2.globalCompanyId, 170);
    await job(y1.globalCompanyId, 175);
    await job(y2.globalCompanyId, 160);
    await job(x1.globalCompanyId, 100);
    await job(await createGlobalCompany(db), 160);

    // Another agency, same month, one of the same companies: none of it counts.
    const other = await createTestAgency(db, 'Other agency');
    const { company } = await followCompany(db, other.recruiter, { globalCompanyId: x2.globalCompanyId }, on(160));
    await outreach(other.recruiter, company.id, 161);
    await addContact(db, other.recruiter, { companyId: company.id, name: 'Kees' }, on(162));
  });

  it('shows an admin the whole team over the last 30 days against the 30 before', async () => {
    const team = await readTeamActivity(ctx.db, agency.admin, {}, () => NOW);
    expect(team).toMatchObject({
      days: 30,
      scope: 'agency',
      period: { from: day(151), to: NOW },
      previousPeriod: { from: day(121), to: day(151) },
    });
    expect(team.totals).toEqual({
      // recruiter 152, 155, 161, 175 + admin 158, 165 = 6 against recruiter 125, 140 = 2: +200 %
      outreachSent: { current: 6, previous: 2, change: 2 },
      // X2 (151, the first moment of the period), X3, X4 = 3 against X1 (122) and Y1 (121) = 2; Y2 (100) is older
      companiesAdded: { current: 3, previous: 2, change: 0.5 },
      // 153, 166, 167 against none
      contactsFound: { current: 3, previous: 0, change: null },
      meetingsScheduled: { current: 1, previous: 0, change: null },
      // by hand: 157 and 168 against 145; the six automatic moves after outreach are nobody's
      statusChanges: { current: 2, previous: 1, change: 1 },
      // X2 152 and 170, Y1 175 against X2 130; not the deleted Y2's, nor an unfollowed company's, nor X1's at 100
      jobsAdded: { current: 3, previous: 1, change: 2 },
    });
  });

  it('ranks the members on a leaderboard', async () => {
    const { leaderboard } = await readTeamActivity(ctx.db, agency.admin, {}, () => NOW);
    // Outreach 4, 2, 0, 0; manager and viewer are level and share third place, by name.
    expect(leaderboard.map((m) => [m.role, m.rank])).toEqual([
      ['recruiter', 1],
      ['admin', 2],
      ['manager', 3],
      ['viewer', 3],
    ]);
    expect(leaderboard[0]).toEqual({
      userId: agency.recruiter.userId,
      name: 'recruiter Team agency',
      role: 'recruiter',
      rank: 1,
      outreachSent: { current: 4, previous: 2, change: 1 },
      companiesAdded: { current: 3, previous: 1, change: 2 },
      contactsFound: { current: 1, previous: 0, change: null },
      meetingsScheduled: { current: 1, previous: 0, change: null },
      statusChanges: { current: 1, previous: 1, change: 0 },
    });
    expect(leaderboard[1]).toMatchObject({
      // Y2's outreach counts although Y2 was deleted afterwards.
      outreachSent: { current: 2, previous: 0, change: null },
      companiesAdded: { current: 0, previous: 1, change: -1 },
      contactsFound: { current: 2, previous: 0, change: null },
      meetingsScheduled: { current: 0, previous: 0, change: null },
      statusChanges: { current: 1, previous: 0, change: null },
    });
    expect(leaderboard[3]!.outreachSent).toEqual({ current: 0, previous: 0, change: null });
  });

  it('shows a manager the same as an admin', async () => {
    const asManager = await readTeamActivity(ctx.db, agency.manager, {}, () => NOW);
    const asAdmin = await readTeamActivity(ctx.db, agency.admin, {}, () => NOW);
    expect(asManager).toEqual(asAdmin);
  });

  it('shows a recruiter only their own figures, and the jobs at the companies they own', async () => {
    const mine = await readTeamActivity(ctx.db, agency.recruiter, {}, () => NOW);
    expect(mine.scope).toBe('self');
    expect(mine.leaderboard.map((m) => m.userId)).toEqual([agency.recruiter.userId]);
    expect(mine.totals).toEqual({
      outreachSent: { current: 4, previous: 2, change: 1 },
      companiesAdded: { current: 3, previous: 1, change: 2 },
      contactsFound: { current: 1, previous: 0, change: null },
      meetingsScheduled: { current: 1, previous: 0, change: null },
      statusChanges: { current: 1, previous: 1, change: 0 },
      // X2 152 and 170 against X2 130
      jobsAdded: { current: 2, previous: 1, change: 1 },
    });
  });

  it('shows a viewer their own (empty) row', async () => {
    const mine = await readTeamActivity(ctx.db, agency.viewer, {}, () => NOW);
    expect(mine.leaderboard).toHaveLength(1);
    expect(mine.leaderboard[0]).toMatchObject({ userId: agency.viewer.userId, rank: 1 });
    expect(Object.values(mine.totals).every((f) => f.current === 0 && f.previous === 0 && f.change === null)).toBe(true);
  });

  it('takes another length of period', async () => {
    const team = await readTeamActivity(ctx.db, agency.admin, { days: 60 }, () => NOW);
    expect(team.period).toEqual({ from: day(121), to: NOW });
    // [121, 181): all eight outreach messages; [61, 121): none
    expect(team.totals.outreachSent).toEqual({ current: 8, previous: 0, change: null });
    // X1, X2, X3, X4, Y1 against Y2 (100)
    expect(team.totals.companiesAdded).toEqual({ current: 5, previous: 1, change: 4 });
    // X2 130, 152, 170, Y1 175 against X1's at 100
    expect(team.totals.jobsAdded).toEqual({ current: 4, previous: 1, change: 3 });
  });

  it('takes a week: an event at the first moment of the week before counts there', async () => {
    const team = await readTeamActivity(ctx.db, agency.admin, { days: 7 }, () => NOW);
    expect(team.previousPeriod).toEqual({ from: day(167), to: day(174) });
    expect(team.totals).toEqual({
      // X4 175 against none
      outreachSent: { current: 1, previous: 0, change: null },
      // X4 (170) was the week before
      companiesAdded: { current: 0, previous: 1, change: -1 },
      // Y1's second contact at 167, the first moment of the week before
      contactsFound: { current: 0, previous: 1, change: -1 },
      meetingsScheduled: { current: 0, previous: 0, change: null },
      // Y1 lost by hand at 168; the automatic move after X4's outreach is nobody's
      statusChanges: { current: 0, previous: 1, change: -1 },
      // Y1 175 against X2 170
      jobsAdded: { current: 1, previous: 1, change: 0 },
    });
  });

  it('takes a year: everything above, nothing before it', async () => {
    const team = await readTeamActivity(ctx.db, agency.admin, { days: 365 }, () => NOW);
    expect(team.totals).toEqual({
      outreachSent: { current: 8, previous: 0, change: null },
      // X1–X4, Y1, and Y2 though deleted since
      companiesAdded: { current: 6, previous: 0, change: null },
      contactsFound: { current: 3, previous: 0, change: null },
      meetingsScheduled: { current: 1, previous: 0, change: null },
      // 145, 157 and 168 by hand
      statusChanges: { current: 3, previous: 0, change: null },
      // X2 130, 152, 170, Y1 175 and X1 100; not the deleted Y2's, nor an unfollowed company's
      jobsAdded: { current: 5, previous: 0, change: null },
    });
  });

  describe('input', () => {
    it.each([{ days: 0 }, { days: 367 }, { days: 1.5 }, { days: 'veel' }, { weeks: 4 }])('rejects %j', async (input) => {
      await expect(readTeamActivity(ctx.db, agency.admin, input as never, () => NOW)).rejects.toMatchObject({ code: 'VALIDATION' });
    });

    it('says what a period length must be', async () => {
      await expect(readTeamActivity(ctx.db, agency.admin, { days: 0 }, () => NOW)).rejects.toMatchObject({
        data: { issues: [{ path: 'days', message: 'must be a whole number of days from 1 to 366' }] },
      });
    });
  });
});
