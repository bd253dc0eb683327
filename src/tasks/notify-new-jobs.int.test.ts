import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../identity/domain/roles.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { importRows } from '../../test/support/discovery-data.js';
import { createTestAgency, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { notifyNewJobsJob } from './notify-new-jobs.job.js';
import { runJobNow, runJobs } from '../platform/jobs/run-jobs.js';
import { deleteCompany } from '../clients/delete-company.js';
import { followCompany } from '../clients/follow-company.js';
import { onNotificationEvent, type NotificationEvent } from './notification-events.js';
import { listNotifications } from './list-notifications.js';
import { markAllNotificationsRead } from './mark-all-notifications-read.js';
import { markNotificationRead } from './mark-notification-read.js';
import { notifyNewJobs } from './notify-new-jobs.js';
import { updateCompany } from '../clients/update-company.js';
import { DAY_MS } from '../platform/time/days.js';

const TODAY = new Date('2026-11-23T09:00:00.000Z');
const daysAgo = (days: number) => new Date(TODAY.getTime() - days * DAY_MS).toISOString();
const clock = () => TODAY;

describeEachDatabase('new-job notifications', (ctx) => {
  let a: TestAgency;
  let b: TestAgency;
  let c: TestAgency;
  let tag: string;
  const company: Record<string, string> = {};
  const site = (key: string) => `${key}-${tag}.nl`;
  let serial = 0;
  const job = (key: string, extra: object = {}) => ({ company_website: site(key), title: `Vacature ${key} ${++serial}`, source: 'test', external_id: `${tag}-${serial}`, posted_at: daysAgo(1), ...extra });
  const importJobs = (rows: object[]) => importRows(ctx.db, 'jobs', rows, TODAY);
  const inbox = async (actor: Actor) => (await listNotifications(ctx.db, actor, { limit: 100 })).items;

  beforeAll(async () => {
    const { db } = ctx;
    tag = Math.random().toString(36).slice(2, 8);
    a = await createTestAgency(db, 'A');
    b = await createTestAgency(db, 'B');
    c = await createTestAgency(db, 'C');
    await importRows(db, 'companies', ['x', 'y', 'w', 'z'].map((key) => ({ name: `${key.toUpperCase()} ${tag}`, website: site(key) })), TODAY);
    const globals = await db.selectFrom('global_companies').select(['id', 'website_domain']).where('website_domain', 'like', `%-${tag}.nl`).execute();
    const globalOf = (key: string) => globals.find((g) => g.website_domain === site(key))!.id;
    const follow = async (actor: Actor, key: string) => (await followCompany(db, actor, { globalCompanyId: globalOf(key) }, clock)).company.id;
    // A: X owned by its recruiter, Y owned by nobody, W unfollowed. B: X with notifications off. C: only Z.
    company.ax = await follow(a.recruiter, 'x');
    company.ay = await follow(a.admin, 'y');
    await updateCompany(db, a.admin, { companyId: company.ay, ownerId: null }, clock);
    await deleteCompany(db, a.recruiter, { companyId: await follow(a.recruiter, 'w') }, clock);
    company.bx = await follow(b.recruiter, 'x');
    await updateCompany(db, b.recruiter, { companyId: company.bx, newJobsNotifications: false }, clock);
    company.cz = await follow(c.recruiter, 'z');
  });

  it('gives one notification per company per import: to the owner, or to every member but viewers', async () => {
    const events: NotificationEvent[] = [];
    const stop = onNotificationEvent((event) => events.push(event));
    const x1 = job('x');
    const x2 = job('x', { posted_at: daysAgo(3) });
    const x3 = job('x', { posted_at: undefined });
    await importJobs([x1, x2, x3, job('x', { posted_at: daysAgo(200), closed_at: daysAgo(150) }), job('x', { posted_at: daysAgo(90) }), job('y'), job('w')]);
    const outcome = await runJobNow(ctx.db, notifyNewJobsJob, clock);
    stop();
    expect(outcome).toMatchObject({ status: 'ran', result: { jobs: 7, news: 5 } });

    const recruiterInbox = await inbox(a.recruiter);
    expect(recruiterInbox).toHaveLength(2);
    const aboutX = recruiterInbox.find((n) => n.companyId === company.ax)!;
    // Newest posting first; one without a date counts as newest. The closed and the old posting are not news.
    expect(aboutX).toEqual({
      id: expect.any(String),
      kind: 'new_jobs',
      companyId: company.ax,
      companyName: `X ${tag}`,
      dossier: null,
      // A trigger rule's notification names the rule and its message; new jobs have neither.
      ruleName: null,
      message: null,
      jobs: [x3, x1, x2].map((j) => ({ id: expect.any(String), title: j.title })),
      jobCount: 3,
      createdAt: TODAY,
      readAt: null,
    });
    for (const member of [a.admin, a.manager]) expect((await inbox(member)).map((n) => n.companyName)).toEqual([`Y ${tag}`]);
    expect(await inbox(a.viewer)).toEqual([]);
    // B switched notifications off, C does not follow X, W is unfollowed.
    for (const agency of [b, c]) for (const actor of [agency.admin, agency.manager, agency.recruiter, agency.viewer]) expect(await inbox(actor)).toEqual([]);

    expect(events).toEqual([{ agencyId: a.agencyId, userIds: expect.arrayContaining([a.recruiter.userId, a.admin.userId, a.manager.userId]), kind: 'created' }]);
    expect(events[0]!.userIds).toHaveLength(3);
  });

  it('writes nothing more when the job runs again or the same file is imported again', async () => {
    const before = await Promise.all([a, b, c].map((agency) => snapshot(ctx.db, agency.agencyId)));
    await runJobs(ctx.db, { clock, force: true, jobs: [notifyNewJobsJob] });
    const again = await importJobs([job('x', { external_id: `${tag}-1`, title: 'Vacature x 1' })]);
    expect(again).toMatchObject({ inserted: 0 });
    await runJobNow(ctx.db, notifyNewJobsJob, clock);
    expect(await Promise.all([a, b, c].map((agency) => snapshot(ctx.db, agency.agencyId)))).toEqual(before);
  });

  it('notifies again for the next import, naming only its jobs', async () => {
    const next = job('x');
    await importJobs([next]);
    await runJobNow(ctx.db, notifyNewJobsJob, () => new Date(TODAY.getTime() + 60_000));
    const [newest] = await inbox(a.recruiter);
    expect(newest).toMatchObject({ companyId: company.ax, jobs: [{ title: next.title }], jobCount: 1 });
    expect(await inbox(a.recruiter)).toHaveLength(3);
  });

  it('writes one notification per company when two instances run at once', async () => {
    await importJobs([job('x'), job('x'), job('y')]);
    const before = (await inbox(a.recruiter)).length;
    const outcomes = await Promise.all([runJobs(ctx.db, { clock, force: true, jobs: [notifyNewJobsJob] }), runJobs(ctx.db, { clock, force: true, jobs: [notifyNewJobsJob] })]);
    expect(outcomes.flat().filter((o) => o.status === 'ran').length).toBeGreaterThanOrEqual(1);
    expect((await inbox(a.recruiter)).length).toBe(before + 2);

    // Without the advisory lock too: the claim on the jobs decides.
    await importJobs([job('x'), job('y')]);
    await Promise.all([notifyNewJobs(ctx.db, clock), notifyNewJobs(ctx.db, clock), notifyNewJobs(ctx.db, clock)]);
    expect((await inbox(a.recruiter)).length).toBe(before + 4);
    expect((await inbox(a.admin)).filter((n) => n.companyId === company.ay)).toHaveLength(3);
  });

  it('lets each user read only their own, and counts what is unread', async () => {
    const { db } = ctx;
    const page = await listNotifications(db, a.recruiter, { limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.unreadCount).toBe(7);
    const rest = await listNotifications(db, a.recruiter, { limit: 100, cursor: page.nextCursor! });
    expect([...page.items, ...rest.items].map((n) => n.id)).toEqual((await inbox(a.recruiter)).map((n) => n.id));
    expect(rest.nextCursor).toBeNull();

    const target = page.items[0]!;
    const before = await snapshot(db, a.agencyId);
    for (const stranger of [a.admin, b.recruiter]) {
      await expect(markNotificationRead(db, stranger, { notificationId: target.id }, clock)).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Notification' } });
    }
    expect(await snapshot(db, a.agencyId)).toEqual(before);

    const read = await markNotificationRead(db, a.recruiter, { notificationId: target.id }, clock);
    expect(read.readAt).toEqual(TODAY);
    expect((await markNotificationRead(db, a.recruiter, { notificationId: target.id }, () => new Date())).readAt).toEqual(TODAY);
    expect((await listNotifications(db, a.recruiter, { unreadOnly: 'true' })).items.map((n) => n.id)).not.toContain(target.id);
    expect(await markAllNotificationsRead(db, a.recruiter, clock)).toEqual({ marked: 6 });
    expect(await listNotifications(db, a.recruiter, { unreadOnly: true })).toEqual({ items: [], unreadCount: 0, nextCursor: null });
    // The admin's are untouched.
    expect((await listNotifications(db, a.admin)).unreadCount).toBe(3);
  });

  it('refuses bad input', async () => {
    await expect(listNotifications(ctx.db, a.recruiter, { limit: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(listNotifications(ctx.db, a.recruiter, { unreadOnly: 'ja' as never })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(listNotifications(ctx.db, a.recruiter, { cursor: 'nonsense' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(markNotificationRead(ctx.db, a.recruiter, { notificationId: 'x' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
