import { beforeAll, expect, it } from 'vitest';
import { changeStatus } from '../../src/pipeline/change-status.js';
import { followCompany } from '../../src/clients/follow-company.js';
import { logOutreach } from '../../src/clients/log-outreach.js';
import { scheduleMeeting } from '../../src/clients/schedule-meeting.js';
import { createGlobalCompany, createTestAgency, snapshot, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem, operatorBearer } from './support.js';
import { DAY_MS } from '../../src/platform/time/days.js';

const daysAgo = (days: number) => () => new Date(Date.now() - days * DAY_MS);

describeApi('HTTP dashboard, reminders and notifications', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  let url: string;
  let recruiter: Record<string, string>;
  let recruiterBare: Record<string, string>;
  let admin: Record<string, string>;
  let theirs: Record<string, string>;
  let theirsJson: Record<string, string>;
  const companies: Record<string, string> = {};
  beforeAll(async () => {
    const { db } = ctx;
    url = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    agency = await createTestAgency(db, 'Dashboard');
    other = await createTestAgency(db, 'Other dashboard');
    recruiterBare = await bearer(db, agency.recruiter);
    recruiter = { ...recruiterBare, 'content-type': 'application/json' };
    admin = await bearer(db, agency.admin);
    theirs = await bearer(db, other.admin);
    theirsJson = { ...theirs, 'content-type': 'application/json' };
    const r = agency.recruiter;
    const follow = async (name: string, days: number) => (await followCompany(db, r, { globalCompanyId: await createGlobalCompany(db, name) }, daysAgo(days))).company.id;
    companies.waiting = await follow('Wachtend B.V.', 40);
    await logOutreach(db, r, { companyId: companies.waiting, channel: 'email' }, daysAgo(20));
    companies.meeting = await follow('Vergadert B.V.', 30);
    await scheduleMeeting(db, r, { companyId: companies.meeting, at: new Date(Date.now() + 2 * DAY_MS).toISOString(), attendees: ['Mila'] }, daysAgo(3));
    companies.won = await follow('Gewonnen B.V.', 50);
    await changeStatus(db, r, { companyId: companies.won, status: 'won' }, daysAgo(10));
  });

  const get = async (path: string, headers = recruiter) => {
    const response = await ctx.app.inject({ method: 'GET', url: path, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('serves the routine as documented', async () => {
    const routine = await get('/api/routine');
    expect(Object.keys(routine).sort()).toEqual(['asOf', 'followUps', 'meetings', 'ownerId', 'prospects', 'reminders', 'stale']);
    expect(routine.followUps).toEqual([
      expect.objectContaining({ companyId: companies.waiting, name: 'Wachtend B.V.', status: 'contacted', daysWaiting: 20, daysSinceOutreach: 20, followUps: 1 }),
    ]);
    expect(routine.stale).toEqual([
      { companyId: companies.waiting, name: 'Wachtend B.V.', status: 'contacted', staleDays: 20, thresholdDays: 14, ownerId: agency.recruiter.userId, ownerName: 'recruiter Dashboard' },
    ]);
    expect(routine.meetings.upcoming).toEqual([expect.objectContaining({ companyId: companies.meeting, attendees: ['Mila'], at: expect.stringMatching(/Z$/) })]);
    expect(routine.prospects.map((p: { name: string }) => p.name)).toEqual(['Vergadert B.V.']);
    expect((await get(`/api/routine?ownerId=${agency.admin.userId}`, admin)).stale).toEqual([]);
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/routine?ownerId=iemand', headers: recruiter }), 400, 'validation');
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/routine?owner=x', headers: recruiter }), 400, 'validation');
  });

  it('serves the pipeline figures and the team view', async () => {
    const pipeline = await get('/api/analytics/pipeline?from=2026-01-01');
    expect(pipeline.distribution.stages.map((s: { count: number }) => s.count)).toEqual([1, 1, 0, 1, 0]);
    expect(pipeline.winRate.total).toMatchObject({ won: 1, lost: 0, rate: 1 });
    expect(pipeline.period.from).toBe('2026-01-01T00:00:00.000Z');
    const team = await get('/api/analytics/team?days=60', admin);
    expect(team).toMatchObject({ days: 60, scope: 'agency', totals: { outreachSent: { current: 1 } } });
    expect(team.leaderboard).toHaveLength(4);
    expect((await get('/api/analytics/team')).scope).toBe('self');
    for (const query of ['from=gisteren', 'from=2026-05-01&to=2026-04-01', 'from=2020-01-01&to=2026-01-01', 'period=year']) {
      expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/analytics/pipeline?${query}`, headers: recruiter }), 400, 'validation');
    }
    for (const days of ['0', '367', 'veel']) expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/analytics/team?days=${days}`, headers: recruiter }), 400, 'validation');
  });

  it("serves the value forecast and each figure per pipeline; another agency's pipeline is 404", async () => {
    const month = new Date().toISOString().slice(0, 7);
    await ctx.db.updateTable('companies').set({ expected_value: 1000, expected_close_date: `${month}-28` }).where('agency_id', '=', agency.agencyId).where('id', '=', companies.waiting!).execute();
    await ctx.db.updateTable('companies').set({ expected_value: 400 }).where('agency_id', '=', agency.agencyId).where('id', '=', companies.won!).execute();
    const forecast = await get('/api/analytics/forecast?months=2');
    // Contacted weighs 20 %; the won company is not open.
    expect(forecast.months[0]).toEqual({ month, count: 1, value: 1000, weighted: 200 });
    expect(forecast.months).toHaveLength(2);
    // The company in Prospect (Vergadert B.V.) has no date and no value.
    expect(forecast.undated).toEqual({ count: 1, value: 0, weighted: 0 });
    expect(forecast.total).toEqual({ count: 2, value: 1000, weighted: 200 });
    const pipelineId = forecast.pipelineId;
    expect((await get(`/api/analytics/pipeline?pipelineId=${pipelineId}`)).pipeline).toBe(pipelineId);
    expect((await get(`/api/routine?pipelineId=${pipelineId}`)).prospects).toHaveLength(1);

    const theirPipeline = (await get('/api/analytics/forecast', theirs)).pipelineId;
    for (const path of ['/api/analytics/pipeline', '/api/analytics/forecast', '/api/routine']) {
      expectProblem(await ctx.app.inject({ method: 'GET', url: `${path}?pipelineId=${theirPipeline}`, headers: recruiter }), 404, 'not-found');
      expectProblem(await ctx.app.inject({ method: 'GET', url: `${path}?pipelineId=deal`, headers: recruiter }), 400, 'validation');
    }
    for (const months of ['0', '25', 'zes']) expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/analytics/forecast?months=${months}`, headers: recruiter }), 400, 'validation');
  });

  it('sets, lists, completes and deletes reminders; another agency gets 404 and changes nothing', async () => {
    const path = `/api/companies/${companies.meeting}/reminders`;
    const dueAt = new Date(Date.now() - 60_000).toISOString();
    const created = await ctx.app.inject({ method: 'POST', url: path, headers: recruiter, payload: { dueAt, note: 'Agenda sturen' } });
    expect(created.statusCode, created.body).toBe(201);
    const reminder = created.json();
    expect(reminder).toMatchObject({ companyId: companies.meeting, dueAt, note: 'Agenda sturen', kind: 'manual', reason: null, doneAt: null });
    expect((await get('/api/routine')).reminders).toEqual([expect.objectContaining({ id: reminder.id, name: 'Vergadert B.V.', kind: 'manual' })]);
    expectProblem(await ctx.app.inject({ method: 'POST', url: path, headers: recruiter, payload: { dueAt: '31-12-2026' } }), 400, 'validation');

    const before = await snapshot(ctx.db, agency.agencyId);
    expectProblem(await ctx.app.inject({ method: 'POST', url: `/api/reminders/${reminder.id}/done`, headers: theirs }), 404, 'not-found');
    expectProblem(await ctx.app.inject({ method: 'DELETE', url: `/api/reminders/${reminder.id}`, headers: theirs }), 404, 'not-found');
    expectProblem(await ctx.app.inject({ method: 'GET', url: path, headers: theirs }), 404, 'not-found');
    expectProblem(await ctx.app.inject({ method: 'POST', url: path, headers: theirsJson, payload: { dueAt } }), 404, 'not-found');
    expect(await snapshot(ctx.db, agency.agencyId)).toEqual(before);

    const done = await ctx.app.inject({ method: 'POST', url: `/api/reminders/${reminder.id}/done`, headers: recruiterBare });
    expect(done.json()).toMatchObject({ id: reminder.id, doneBy: agency.recruiter.userId, doneAt: expect.any(String) });
    expectProblem(await ctx.app.inject({ method: 'DELETE', url: `/api/reminders/${reminder.id}`, headers: recruiterBare }), 409, 'conflict');
    const open = (await ctx.app.inject({ method: 'POST', url: path, headers: recruiter, payload: { dueAt } })).json();
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/reminders/${open.id}`, headers: recruiterBare })).statusCode).toBe(204);
    expect((await get(path)).items.map((r: { id: string }) => r.id)).toEqual([reminder.id]);
  });

  it("shows recruiters and viewers their own routine only: without ownerId their own, a colleague's is 403", async () => {
    const viewer = await bearer(ctx.db, agency.viewer);
    expect(await get('/api/routine')).toMatchObject({ ownerId: agency.recruiter.userId });
    expect(await get('/api/routine', viewer)).toMatchObject({ ownerId: agency.viewer.userId, followUps: [], prospects: [], reminders: [], stale: [] });
    for (const [headers, ownerId] of [
      [viewer, agency.recruiter.userId],
      [recruiter, agency.manager.userId],
    ] as const) {
      expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/routine?ownerId=${ownerId}`, headers }), 403, 'forbidden');
    }
    const dutch = await ctx.app.inject({ method: 'GET', url: `/api/routine?ownerId=${agency.manager.userId}`, headers: { ...recruiter, 'accept-language': 'nl' } });
    expect(expectProblem(dutch, 403, 'forbidden').detail).toBe('Je hebt geen toestemming om het overzicht Vandaag van een collega te bekijken.');
    expect(await get(`/api/routine?ownerId=${agency.recruiter.userId}`, admin)).toMatchObject({ ownerId: agency.recruiter.userId });
    expect(await get('/api/routine', admin)).toMatchObject({ ownerId: null });
  });

  it("lets only a reminder's assignee, its creator, managers and admins complete or delete it; a colleague's live stream hears of each change", async () => {
    const { db } = ctx;
    const colleagueUser = await db
      .insertInto('users')
      .values({ agency_id: agency.agencyId, email: `colleague-${companies.meeting}@example.test`, name: 'Collega', password_hash: 'not-a-login', role: 'recruiter', branch_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const colleague = await bearer(db, { agencyId: agency.agencyId, userId: colleagueUser.id, role: 'recruiter' });
    const managerHeaders = await bearer(db, agency.manager);
    const watching = await listen(colleague);
    const path = `/api/companies/${companies.waiting}/reminders`;
    const create = async () => (await ctx.app.inject({ method: 'POST', url: path, headers: recruiter, payload: { dueAt: new Date(Date.now() + DAY_MS).toISOString() } })).json();
    const reminder = await create();

    const before = await snapshot(db, agency.agencyId);
    expectProblem(await ctx.app.inject({ method: 'POST', url: `/api/reminders/${reminder.id}/done`, headers: colleague }), 403, 'forbidden');
    expectProblem(await ctx.app.inject({ method: 'DELETE', url: `/api/reminders/${reminder.id}`, headers: colleague }), 403, 'forbidden');
    expect(await snapshot(db, agency.agencyId)).toEqual(before);

    const done = await ctx.app.inject({ method: 'POST', url: `/api/reminders/${reminder.id}/done`, headers: managerHeaders });
    expect(done.json()).toMatchObject({ doneBy: agency.manager.userId });
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/reminders/${(await create()).id}`, headers: admin })).statusCode).toBe(204);
    // Created, completed; created, deleted: four changes of the company, each on the colleague's stream.
    await expect.poll(() => watching.companies).toEqual(Array.from({ length: 4 }, () => ({ companyId: companies.waiting, kind: 'reminder_changed' })));
    await watching.close();
  });

  it('notifies the owner right after an upload of jobs, live on their stream only, and lets only them read it', async () => {
    const { db } = ctx;
    const tag = `Notif${Math.random().toString(36).slice(2, 8)}`;
    // The platform operator uploads; the agency only follows.
    const operator = await operatorBearer(db);
    await ctx.app.inject({ method: 'POST', url: '/api/imports/companies', headers: { ...operator, 'content-type': 'text/csv' }, payload: `name,website\n${tag},${tag.toLowerCase()}.nl\n` });
    const global = await db.selectFrom('global_companies').select('id').where('website_domain', '=', `${tag.toLowerCase()}.nl`).executeTakeFirstOrThrow();
    const { company } = await followCompany(db, agency.recruiter, { globalCompanyId: global.id });

    const owner = await listen(recruiter);
    const colleague = await listen(await bearer(db, agency.manager));
    const jobs = [1, 2].map((n) => JSON.stringify({ company_website: `${tag.toLowerCase()}.nl`, title: `Developer ${n}`, source: 'test', external_id: `${tag}-${n}` })).join('\n');
    const upload = await ctx.app.inject({ method: 'POST', url: '/api/imports/jobs', headers: { ...operator, 'content-type': 'application/x-ndjson' }, payload: jobs });
    expect(upload.body.trim().split('\n').map((line) => JSON.parse(line).phase).at(-1)).toBe('done');

    // Written before the upload's response ended: no waiting for the scheduler.
    const inbox = await get('/api/notifications?unreadOnly=true');
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.items).toEqual([
      { id: expect.any(String), kind: 'new_jobs', companyId: company.id, companyName: tag, dossier: null, ruleName: null, message: null, jobs: expect.any(Array), jobCount: 2, createdAt: expect.any(String), readAt: null },
    ]);
    expect(inbox.items[0].jobs.map((j: { title: string }) => j.title).sort()).toEqual(['Developer 1', 'Developer 2']);
    await expect.poll(() => owner.events).toEqual([{ kind: 'created' }]);
    expect(colleague.events).toEqual([]);

    const id = inbox.items[0].id;
    expectProblem(await ctx.app.inject({ method: 'POST', url: `/api/notifications/${id}/read`, headers: admin }), 404, 'not-found');
    expectProblem(await ctx.app.inject({ method: 'POST', url: `/api/notifications/${id}/read`, headers: theirs }), 404, 'not-found');
    const read = await ctx.app.inject({ method: 'POST', url: `/api/notifications/${id}/read`, headers: recruiterBare });
    expect(read.json()).toMatchObject({ id, readAt: expect.any(String) });
    expect((await ctx.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: recruiterBare })).json()).toEqual({ marked: 0 });
    expect((await get('/api/notifications')).unreadCount).toBe(0);
    // Viewers have notifications of their own to read.
    const viewer = await ctx.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: await bearer(db, agency.viewer) });
    expect(viewer.json()).toEqual({ marked: 0 });
    await expect.poll(() => owner.events.length).toBe(2);
    await owner.close();
    await colleague.close();
  });

  /** Opens the event stream and collects the data of `notification` events (and of `company` events apart). */
  async function listen(headers: Record<string, string>) {
    const controller = new AbortController();
    const response = await fetch(`${url}/api/events`, { headers, signal: controller.signal });
    const reader = response.body!.getReader();
    const events: unknown[] = [];
    const companies: unknown[] = [];
    const pump = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.startsWith('event: notification')) events.push(JSON.parse(block.split('data: ')[1]!));
            if (block.startsWith('event: company')) companies.push(JSON.parse(block.split('data: ')[1]!));
          }
        }
      } catch {
        // aborted
      }
    })();
    return { events, companies, close: async () => (controller.abort(), await pump) };
  }
});
