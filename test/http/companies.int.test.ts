import { beforeAll, expect, it } from 'vitest';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';

describeApi('HTTP companies and pipeline', (ctx) => {
  let agency: TestAgency;
  let headers: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
    headers = await bearer(ctx.db, agency.recruiter);
  });

  const follow = async (name?: string) => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/companies', headers, payload: { globalCompanyId: await createGlobalCompany(ctx.db, name) } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().company.id as string;
  };
  const move = (id: string, payload: Record<string, unknown>) => ctx.app.inject({ method: 'POST', url: `/api/companies/${id}/status`, headers, payload });

  it('follows a company at prospect, and answers 409 with the existing id when followed again', async () => {
    const globalCompanyId = await createGlobalCompany(ctx.db);
    const first = await ctx.app.inject({ method: 'POST', url: '/api/companies', headers, payload: { globalCompanyId } });
    expect(first.json()).toMatchObject({ company: { status: 'prospect' }, activity: { type: 'company_tracked' }, restored: false });
    const again = await ctx.app.inject({ method: 'POST', url: '/api/companies', headers, payload: { globalCompanyId } });
    expect(expectProblem(again, 409, 'conflict')).toMatchObject({ existingCompanyId: first.json().company.id });
  });

  it('moves through the pipeline with 422 problems that list the allowed targets', async () => {
    const id = await follow();
    expect((await move(id, { status: 'meeting', description: 'Kennismaking do 14:00' })).json()).toMatchObject({
      company: { status: 'meeting' },
      activity: { type: 'status_change', oldStatus: 'prospect', newStatus: 'meeting', description: 'Kennismaking do 14:00' },
    });
    expect(expectProblem(await move(id, { status: 'prospect' }), 422, 'invalid-transition')).toMatchObject({ allowed: ['contacted', 'won', 'lost'] });
    expectProblem(await move(id, { status: 'lost' }), 422, 'loss-reason-required');
    expect((await move(id, { status: 'lost', lossReason: 'Te duur' })).json().activity.extraData).toEqual({ lossReason: 'other', lossReasonText: 'Te duur' });

    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}`, headers })).json();
    expect(detail).toMatchObject({ status: 'lost', allowedTransitions: ['prospect'], globalCompany: { id: expect.any(String), name: expect.any(String) } });
  });

  it('logs outreach that moves a prospect to contacted automatically', async () => {
    const id = await follow();
    const response = await ctx.app.inject({ method: 'POST', url: `/api/companies/${id}/outreach`, headers, payload: { channel: 'linkedin_message' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ statusChange: { company: { status: 'contacted' }, activity: { automatic: true, userId: null } } });
    const timeline = (await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/activities`, headers })).json();
    expect(timeline.items.map((a: { type: string }) => a.type)).toEqual(['status_change', 'outreach_sent', 'company_tracked']);
  });

  it('pages the timeline with cursors', async () => {
    const id = await follow();
    for (let i = 0; i < 5; i++) await ctx.app.inject({ method: 'POST', url: `/api/companies/${id}/notes`, headers, payload: { body: `note ${i}` } });
    const first = (await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/activities?limit=4`, headers })).json();
    const second = (await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/activities?limit=4&cursor=${first.nextCursor}`, headers })).json();
    expect([...first.items, ...second.items].map((a: { description: string }) => a.description)).toEqual([
      'note 4', 'note 3', 'note 2', 'note 1', 'note 0', expect.stringContaining('Started following'),
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('changes owner and flags, notes the new owner on the timeline, and soft-deletes', async () => {
    const id = await follow();
    const patched = await ctx.app.inject({ method: 'PATCH', url: `/api/companies/${id}`, headers, payload: { ownerId: agency.admin.userId, favorited: true } });
    expect(patched.json()).toMatchObject({ ownerId: agency.admin.userId, favorited: true });
    const timeline = (await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/activities`, headers })).json();
    expect(timeline.items[0]).toMatchObject({ type: 'owner_changed', extraData: { from: agency.recruiter.userId, to: agency.admin.userId } });
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: `/api/companies/${id}`, headers, payload: {} }), 400, 'validation');
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: `/api/companies/${id}`, headers, payload: { status: 'won' } }), 400, 'validation');

    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/companies/${id}`, headers })).statusCode).toBe(204);
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}`, headers }), 404, 'not-found');
    // History stays readable.
    expect((await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/activities`, headers })).json().items[0].type).toBe('company_deleted');
  });

  it('lists companies with filters and stable keyset pages', async () => {
    const other = await createTestAgency(ctx.db, 'Lister');
    const auth = await bearer(ctx.db, other.admin);
    const ids: string[] = [];
    for (const name of ['Alfa Logistiek', 'Beta Zorg', 'Gamma Bouw', 'Delta Logistiek']) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/companies', headers: auth, payload: { globalCompanyId: await createGlobalCompany(ctx.db, name) } });
      ids.push(res.json().company.id);
    }
    await ctx.app.inject({ method: 'POST', url: `/api/companies/${ids[1]}/status`, headers: auth, payload: { status: 'won' } });
    const list = async (query: string) => (await ctx.app.inject({ method: 'GET', url: `/api/companies?${query}`, headers: auth })).json();

    expect((await list('q=logistiek')).items.map((c: { name: string }) => c.name).sort()).toEqual(['Alfa Logistiek', 'Delta Logistiek']);
    expect((await list('stage=won')).items.map((c: { name: string }) => c.name)).toEqual(['Beta Zorg']);
    expect((await list(`ownerId=${other.admin.userId}`)).items).toHaveLength(4);
    expect((await list(`ownerId=${other.viewer.userId}`)).items).toHaveLength(0);
    expect((await list('q=%25')).items).toHaveLength(0);

    const page1 = await list('limit=3');
    const page2 = await list(`limit=3&cursor=${page1.nextCursor}`);
    const seen = [...page1.items, ...page2.items].map((c: { id: string }) => c.id);
    expect(new Set(seen).size).toBe(4);
    expect(seen[0]).toBe(ids[1]); // most recently moved first
    expect(page2.nextCursor).toBeNull();
  });

  it('serves the board with every stage in order, colours, totals and cards', async () => {
    const other = await createTestAgency(ctx.db, 'Board');
    const auth = await bearer(ctx.db, other.admin);
    for (const status of ['contacted', 'contacted', 'won']) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/companies', headers: auth, payload: { globalCompanyId: await createGlobalCompany(ctx.db) } });
      await ctx.app.inject({ method: 'POST', url: `/api/companies/${res.json().company.id}/status`, headers: auth, payload: { status } });
    }
    const board = (await ctx.app.inject({ method: 'GET', url: '/api/board?limitPerColumn=1', headers: auth })).json();
    expect(board.columns.map((c: { key: string; color: string; total: number; cards: unknown[] }) => [c.key, c.color, c.total, c.cards.length])).toEqual([
      ['prospect', 'grey', 0, 0],
      ['contacted', 'blue', 2, 1],
      ['meeting', 'purple', 0, 0],
      ['won', 'green', 1, 1],
      ['lost', 'red', 0, 0],
    ]);
    expect(board.columns[1].label).toEqual({ nl: 'Gecontacteerd', en: 'Contacted' });
    expect(board.columns[1].cards[0]).toMatchObject({ name: expect.any(String), industry: 'Software Development', employeeCount: 120, ownerName: expect.any(String) });
    // The stale verdict comes from the server, by the routine's rule (src/pipeline/board-stale.int.test.ts).
    expect(board.columns[1].cards[0]).toMatchObject({ stale: false, idleDays: 0, staleAfterDays: 14 });
    expect(board.columns[3].cards[0]).toMatchObject({ stale: false, idleDays: 0, staleAfterDays: null });
    const listed = (await ctx.app.inject({ method: 'GET', url: '/api/companies?stage=contacted', headers: auth })).json().items;
    expect(listed.map((row: { stale: boolean; idleDays: number; staleAfterDays: number }) => [row.stale, row.idleDays, row.staleAfterDays])).toEqual([[false, 0, 14], [false, 0, 14]]);
  });

  it('shows a move on the very next board read, although boards are cached', async () => {
    const other = await createTestAgency(ctx.db, 'Fresh board');
    const auth = await bearer(ctx.db, other.admin);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/companies', headers: auth, payload: { globalCompanyId: await createGlobalCompany(ctx.db) } });
    const id = res.json().company.id as string;
    const totals = async () =>
      Object.fromEntries((await ctx.app.inject({ method: 'GET', url: '/api/board', headers: auth })).json().columns.map((c: { key: string; total: number }) => [c.key, c.total]));
    expect(await totals()).toMatchObject({ prospect: 1, meeting: 0 });
    await ctx.app.inject({ method: 'POST', url: `/api/companies/${id}/status`, headers: auth, payload: { status: 'meeting' } });
    expect(await totals()).toMatchObject({ prospect: 0, meeting: 1 });
    await ctx.app.inject({ method: 'DELETE', url: `/api/companies/${id}`, headers: auth });
    expect(await totals()).toMatchObject({ prospect: 0, meeting: 0 });
  });

  it('adds contacts and lists them by name', async () => {
    const id = await follow();
    for (const name of ['Piet Zwart', 'Anna de Wit']) {
      await ctx.app.inject({ method: 'POST', url: `/api/companies/${id}/contacts`, headers, payload: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.nl` } });
    }
    const contacts = (await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/contacts`, headers })).json().items;
    expect(contacts.map((c: { name: string; email: string }) => [c.name, c.email])).toEqual([['Anna de Wit', 'anna@example.nl'], ['Piet Zwart', 'piet@example.nl']]);
  });

  it('pages the contacts by name with keyset cursors, and refuses bad paging input', async () => {
    const id = await follow();
    const names = ['Eva Smit', 'Bram Bos', 'Daan de Jong', 'Anna de Wit', 'Cas Visser'];
    for (const name of names) await ctx.app.inject({ method: 'POST', url: `/api/companies/${id}/contacts`, headers, payload: { name } });
    const list = async (query: string) => {
      const response = await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/contacts?${query}`, headers });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { items: { name: string }[]; nextCursor: string | null };
    };
    const seen: string[] = [];
    let pages = 0;
    for (let page = await list('limit=2'); ; page = await list(`limit=2&cursor=${page.nextCursor}`)) {
      pages++;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.name));
      if (page.nextCursor === null) break;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].sort());
    expect((await list('')).items).toHaveLength(5); // 50 by default
    for (const query of ['limit=0', 'limit=201', 'limit=abc', 'cursor=bm9wZQ', `cursor=${Buffer.from(JSON.stringify(['Anna\u0000', id])).toString('base64url')}`]) {
      expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/companies/${id}/contacts?${query}`, headers }), 400, 'validation');
    }
  });

  it("lists the agency's users and no one else's", async () => {
    const users = (await ctx.app.inject({ method: 'GET', url: '/api/users', headers })).json().items as { id: string }[];
    expect(users.map((u) => u.id).sort()).toEqual([agency.admin.userId, agency.manager.userId, agency.recruiter.userId, agency.viewer.userId].sort());
  });

  it('offers the loss reasons and pipelines in both languages', async () => {
    const reasons = (await ctx.app.inject({ method: 'GET', url: '/api/loss-reasons', headers })).json();
    expect(reasons.items).toHaveLength(6);
    expect(reasons.items[0]).toEqual({ key: 'existing_partner', label: { nl: expect.any(String), en: 'Existing recruitment partner' } });
    const pipelines = (await ctx.app.inject({ method: 'GET', url: '/api/pipelines', headers })).json();
    expect(pipelines.items[0]).toMatchObject({ templateKey: 'recruitment_bd', isDefault: true, version: 1, entryStage: 'prospect', name: { nl: expect.any(String), en: expect.any(String) } });
    expect(pipelines.items[0].stages.map((s: { key: string }) => s.key)).toEqual(['prospect', 'contacted', 'meeting', 'won', 'lost']);
  });
});
