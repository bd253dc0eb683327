import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { companyInStatus, createTestAgency, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { addContact } from './add-contact.js';
import { addNote } from './add-note.js';
import { logCall } from './log-call.js';
import { scheduleMeeting } from './schedule-meeting.js';
import { readTimeline } from './read-timeline.js';

describeEachDatabase('timeline activities', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
  });

  it('records notes, calls, meetings and contact details with who and when', async () => {
    const { db } = ctx;
    const actor = agency.recruiter;
    const companyId = await companyInStatus(db, actor, 'contacted');
    await addNote(db, actor, { companyId, body: '  Werken met twee bureaus.  ' });
    await logCall(db, actor, { companyId, contactName: 'Jan de Vries', outcome: 'connected', description: 'Interesse in IT-profielen' });
    await scheduleMeeting(db, actor, { companyId, at: '2026-01-09T14:00:00+01:00', attendees: ['Jan de Vries'] });
    const { contact } = await addContact(
      db,
      actor,
      { companyId, name: 'Jan de Vries', title: 'HR Director', email: 'Jan@Example.NL', linkedinUrl: 'https://nl.linkedin.com/in/JanDV/' },
    );
    expect(contact).toMatchObject({ email: 'jan@example.nl', linkedinUrl: 'https://www.linkedin.com/in/jandv', phone: null });

    const { items } = await readTimeline(db, actor, { companyId, limit: 4 });
    expect(items.map((a) => [a.type, a.description, a.extraData, a.userName])).toEqual([
      ['contact_detail_added', 'Jan de Vries (HR Director)', { contactId: contact.id, details: ['email', 'linkedinUrl'] }, actor.role + ' Test agency'],
      ['meeting_scheduled', null, { at: '2026-01-09T13:00:00.000Z', attendees: ['Jan de Vries'] }, actor.role + ' Test agency'],
      ['call', 'Interesse in IT-profielen', { contactName: 'Jan de Vries', outcome: 'connected' }, actor.role + ' Test agency'],
      ['note', 'Werken met twee bureaus.', {}, actor.role + ' Test agency'],
    ]);
  });

  it('rejects empty, oversize and malformed input without writing', async () => {
    const { db } = ctx;
    const actor = agency.recruiter;
    const companyId = await companyInStatus(db, actor, 'prospect');
    const before = await snapshot(db, agency.agencyId);
    const attempts: [Promise<unknown>, string][] = [
      [addNote(db, actor, { companyId, body: '' }), 'body'],
      [addNote(db, actor, { companyId, body: '   ' }), 'body'],
      [addNote(db, actor, { companyId, body: 'x'.repeat(20_001) }), 'body'],
      [addNote(db, actor, { companyId: 'not-a-uuid', body: 'hi' }), 'companyId'],
      [addNote(db, actor, { companyId, body: 'hi', extra: 1 } as never), ''],
      [logCall(db, actor, { companyId, contactName: 'Jan', outcome: 'great' as 'connected' }), 'outcome'],
      [scheduleMeeting(db, actor, { companyId, at: 'tomorrow' }), 'at'],
      [addContact(db, actor, { companyId, name: 'Jan', email: 'not-an-email' }), 'email'],
      [addContact(db, actor, { companyId, name: 'Jan', linkedinUrl: 'https://example.com/jan' }), 'linkedinUrl'],
    ];
    for (const [attempt, path] of attempts) {
      await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION', data: { issues: expect.arrayContaining([expect.objectContaining({ path })]) } });
    }
    expect(await snapshot(db, agency.agencyId)).toEqual(before);
  });

  it('refuses viewers', async () => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'prospect');
    await expect(addNote(db, agency.viewer, { companyId, body: 'hi' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(readTimeline(db, agency.viewer, { companyId })).resolves.toMatchObject({ items: [expect.anything()] });
  });

  describe('keyset pagination', () => {
    it('pages newest first without gaps or repeats, stable while new entries arrive', async () => {
      const { db } = ctx;
      const actor = agency.recruiter;
      const companyId = await companyInStatus(db, actor, 'prospect');
      // Several entries share a timestamp: seq breaks the tie.
      for (let i = 0; i < 12; i++) {
        await addNote(db, actor, { companyId, body: `note ${i}` }, () => new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3))));
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await readTimeline(db, actor, { companyId, limit: 5, cursor });
        seen.push(...page.items.map((a) => (a.type === 'note' ? a.description! : a.type)));
        if (pages === 0) await addNote(db, actor, { companyId, body: 'arrived later' }, () => new Date(Date.UTC(2026, 5, 1)));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      // The entry added after page one is newer than the cursor, so later pages neither repeat nor skip.
      expect(seen).toEqual(['company_tracked', ...Array.from({ length: 12 }, (_, i) => `note ${11 - i}`)]);
      expect(pages).toBe(3);
    });

    it('rejects a cursor it did not issue', async () => {
      const { db } = ctx;
      const companyId = await companyInStatus(db, agency.recruiter, 'prospect');
      for (const cursor of ['nonsense', Buffer.from('["x",1]').toString('base64url'), 'a'.repeat(201)]) {
        await expect(readTimeline(db, agency.recruiter, { companyId, cursor })).rejects.toMatchObject({ code: 'VALIDATION' });
      }
    });
  });

  describe('append-only activities', () => {
    it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
      const { db } = ctx;
      const companyId = await companyInStatus(db, agency.recruiter, 'contacted');
      const before = await snapshot(db, agency.agencyId);
      await expect(sql`update client_company_activities set description = 'rewritten' where company_id = ${companyId}`.execute(db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from client_company_activities where company_id = ${companyId}`.execute(db)).rejects.toThrow(/append-only/);
      await expect(sql`truncate client_company_activities cascade`.execute(db)).rejects.toThrow(/append-only/);
      await expect(
        db.updateTable('client_company_activities').set({ description: 'x' }).where('agency_id', '=', agency.agencyId).execute(),
      ).rejects.toThrow(/append-only/);
      expect(await snapshot(db, agency.agencyId)).toEqual(before);
    });
  });
});
