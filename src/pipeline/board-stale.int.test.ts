import { expect, it } from 'vitest';
import { Random } from '../demo/random.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency } from '../../test/support/fixtures.js';
import { addNote, followCompany, logCall, logOutreach, scheduleMeeting } from '../clients/index.js';
import { listCompanies } from '../clients/list-companies.js';
import { readRoutine } from '../analytics/read-routine.js';
import { changeStatus } from './change-status.js';
import { readBoard } from './read-board.js';

/*
 * One stale rule (SPEC R6.3, domain/stale.ts): the board's cards and the
 * company list carry the verdict the daily routine gives, computed by the
 * server from the same facts — time in stage, the latest activity of any
 * kind, and meetings or open reminders ahead. Day n is 2026-03-01 + n days
 * at 09:00 UTC; now is day 90.
 */
const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 9));
const on = (n: number) => () => day(n);
const NOW = 90;

describeEachDatabase('the stale verdict on the board and in lists', (ctx) => {
  it('agrees with the routine for every company, whatever happened to it', async () => {
    const { db } = ctx;
    const agency = await createTestAgency(db, 'Stale agency');
    const actor = agency.recruiter;
    const random = new Random(2026);
    const ids: string[] = [];

    // A prospect 60 days in its stage with a note 5 days ago: days in stage alone (the old card) called it stale; the routine does not.
    const noted = (await followCompany(db, actor, { globalCompanyId: await createGlobalCompany(db, 'Genoteerd') }, on(30))).company.id;
    await addNote(db, actor, { companyId: noted, body: 'Nog even wachten' }, on(85));
    // A contacted company idle for 20 days, but a reminder lies ahead: not stale.
    const reminded = (await followCompany(db, actor, { globalCompanyId: await createGlobalCompany(db, 'Herinnerd') }, on(60))).company.id;
    await logOutreach(db, actor, { companyId: reminded, channel: 'email' }, on(70));
    await db
      .insertInto('reminders')
      .values({ agency_id: agency.agencyId, company_id: reminded, user_id: actor.userId, due_at: day(95), kind: 'manual', created_by: actor.userId, created_at: day(70) })
      .execute();
    ids.push(noted, reminded);

    for (let i = 0; i < 30; i++) {
      const start = random.int(0, 80);
      const companyId = (await followCompany(db, actor, { globalCompanyId: await createGlobalCompany(db, `Bedrijf ${i}`) }, on(start))).company.id;
      ids.push(companyId);
      let at = start;
      const next = () => (at = Math.min(NOW, at + random.int(0, 25)));
      const target = random.pick(['prospect', 'contacted', 'contacted', 'meeting', 'meeting', 'won', 'lost']);
      if (target === 'contacted') await logOutreach(db, actor, { companyId, channel: 'email' }, on(next()));
      else if (target !== 'prospect') await changeStatus(db, actor, { companyId, status: target, lossReason: target === 'lost' ? 'no_response' : undefined }, on(next()));
      if (random.chance(0.4)) await addNote(db, actor, { companyId, body: 'Notitie' }, on(next()));
      if (random.chance(0.2)) await logCall(db, actor, { companyId, contactName: 'Jan', outcome: 'voicemail' }, on(next()));
      if (random.chance(0.25)) await scheduleMeeting(db, actor, { companyId, at: day(next() + random.int(-10, 20)).toISOString() }, on(at));
      if (random.chance(0.25)) {
        await db
          .insertInto('reminders')
          .values({
            agency_id: agency.agencyId,
            company_id: companyId,
            user_id: actor.userId,
            due_at: day(NOW + random.int(-10, 10)),
            done_at: random.chance(0.3) ? day(NOW - 1) : null,
            kind: 'manual',
            created_by: actor.userId,
            created_at: day(at),
          })
          .execute();
      }
    }

    const cards = new Map((await readBoard(db, agency.viewer, { limitPerColumn: 500 }, on(NOW))).columns.flatMap((column) => column.cards).map((card) => [card.id, card]));
    const rows = new Map((await listCompanies(db, agency.viewer, { limit: 200 }, on(NOW))).items.map((row) => [row.id, row]));
    // The routine of the whole agency: an admin's (a viewer sees their own day only).
    const routine = new Map((await readRoutine(db, agency.admin, {}, on(NOW))).stale.map((entry) => [entry.companyId, entry]));
    expect(cards.size).toBe(ids.length);

    for (const id of ids) {
      const card = cards.get(id)!;
      const listed = routine.get(id);
      expect({ id, stale: card.stale }).toEqual({ id, stale: listed !== undefined });
      if (listed) expect({ id, idleDays: card.idleDays, staleAfterDays: card.staleAfterDays }).toEqual({ id, idleDays: listed.staleDays, staleAfterDays: listed.thresholdDays });
      const row = rows.get(id)!;
      expect({ stale: row.stale, idleDays: row.idleDays, staleAfterDays: row.staleAfterDays }).toEqual({ stale: card.stale, idleDays: card.idleDays, staleAfterDays: card.staleAfterDays });
    }
    expect(cards.get(noted)).toMatchObject({ status: 'prospect', stale: false, idleDays: 5, staleAfterDays: 30 });
    expect(cards.get(reminded)).toMatchObject({ status: 'contacted', stale: false, idleDays: 20, staleAfterDays: 14 });
    // Both verdicts occur, or the agreement proves little.
    expect([...cards.values()].filter((card) => card.stale).length).toBeGreaterThan(3);
    expect([...cards.values()].filter((card) => !card.stale && card.staleAfterDays !== null).length).toBeGreaterThan(3);
  });
});
