import { beforeAll, expect, it } from 'vitest';
import { createTestAgency, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi } from './support.js';

describeApi('HTTP live updates', (ctx) => {
  let url: string;
  let mine: TestAgency;
  beforeAll(async () => {
    url = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    mine = await createTestAgency(ctx.db, 'Live');
  });

  /** Opens the stream and resolves with each event's data as it arrives. */
  async function subscribe(headers: Record<string, string>) {
    const controller = new AbortController();
    const response = await fetch(`${url}/api/events`, { headers, signal: controller.signal });
    const reader = response.body!.getReader();
    const events: string[] = [];
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
            if (block.startsWith('event: company')) events.push(block.split('data: ')[1]!);
          }
        }
      } catch {
        // aborted
      }
    })();
    return { response, events, close: async () => (controller.abort(), await pump) };
  }

  it("streams changes of the caller's agency only, and refuses anonymous callers", async () => {
    expect((await fetch(`${url}/api/events`)).status).toBe(401);
    const other = await createTestAgency(ctx.db, 'Other live');
    const mineStream = await subscribe(await bearer(ctx.db, mine.viewer));
    const otherStream = await subscribe(await bearer(ctx.db, other.viewer));
    expect(mineStream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // Proxies pass it on as it comes (nginx honours this per response).
    expect(mineStream.response.headers.get('x-accel-buffering')).toBe('no');

    const headers = { ...(await bearer(ctx.db, mine.recruiter)), 'content-type': 'application/json' };
    const globalCompany = await ctx.db.insertInto('global_companies').values({ name: 'Live B.V.' }).returning('id').executeTakeFirstOrThrow();
    const followed = (await (await fetch(`${url}/api/companies`, { method: 'POST', headers, body: JSON.stringify({ globalCompanyId: globalCompany.id }) })).json()) as { company: { id: string } };
    await fetch(`${url}/api/companies/${followed.company.id}/status`, { method: 'POST', headers, body: JSON.stringify({ status: 'meeting' }) });

    await expect.poll(() => mineStream.events.length).toBe(2);
    expect(mineStream.events.map((e) => JSON.parse(e))).toEqual([
      { companyId: followed.company.id, kind: 'followed' },
      { companyId: followed.company.id, kind: 'status_changed' },
    ]);
    expect(otherStream.events).toEqual([]);
    await mineStream.close();
    await otherStream.close();
  });

  it("tells a colleague's open company page about notes, calls, meetings, outreach and contacts (SPEC R9.7)", async () => {
    const colleague = await subscribe(await bearer(ctx.db, mine.viewer));
    const headers = { ...(await bearer(ctx.db, mine.recruiter)), 'content-type': 'application/json' };
    const post = async (path: string, body: Record<string, unknown>) => {
      const response = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      return response.json() as Promise<{ company: { id: string } }>;
    };
    const globalCompany = await ctx.db.insertInto('global_companies').values({ name: 'Live C.V.' }).returning('id').executeTakeFirstOrThrow();
    const { company } = await post('/api/companies', { globalCompanyId: globalCompany.id });
    await post(`/api/companies/${company.id}/outreach`, { channel: 'email' }); // moves it to contacted
    await post(`/api/companies/${company.id}/outreach`, { channel: 'linkedin_message' }); // moves nothing
    await post(`/api/companies/${company.id}/notes`, { body: 'Belt terug' });
    await post(`/api/companies/${company.id}/calls`, { contactName: 'Jan', outcome: 'connected' });
    await post(`/api/companies/${company.id}/meetings`, { at: '2026-12-01T10:00:00+01:00' });
    await post(`/api/companies/${company.id}/contacts`, { name: 'Jan de Vries' });

    const expected = ['followed', 'status_changed', 'outreach_logged', 'note_added', 'call_logged', 'meeting_scheduled', 'contact_added'];
    await expect.poll(() => colleague.events.length).toBe(expected.length);
    expect(colleague.events.map((e) => JSON.parse(e))).toEqual(expected.map((kind) => ({ companyId: company.id, kind })));
    await colleague.close();
  });
});
