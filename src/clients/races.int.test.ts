import { expect, it } from 'vitest';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { isDomainError } from '../platform/errors.js';
import { Random } from '../demo/random.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, followNewCompany, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { expectConsistentHistory } from '../../test/support/invariants.js';
import { changeStatus } from '../pipeline/index.js';
import { addContact } from './add-contact.js';
import { addNote } from './add-note.js';
import { deleteCompany } from './delete-company.js';
import { followCompany } from './follow-company.js';
import { logCall } from './log-call.js';
import { logOutreach } from './log-outreach.js';
import { scheduleMeeting } from './schedule-meeting.js';
import { updateCompany } from './update-company.js';

/*
 * Races an attack on a running server tried (issue 11), kept as tests so the
 * answers stay right: following and unfollowing one company at once, and
 * writing to a company that is being (or was just) deleted. On PostgreSQL
 * the calls hold real connections of their own; on PGlite they interleave
 * on its one connection between statements.
 */

const ROUNDS = 12;

/** Runs the calls at once; every refusal must be one of the typed rule errors, never a driver error or deadlock. */
async function race(calls: (() => Promise<unknown>)[], allowed: readonly string[]): Promise<number> {
  const results = await Promise.allSettled(calls.map((call) => call()));
  for (const result of results) {
    if (result.status === 'rejected') {
      expect(isDomainError(result.reason), String(result.reason)).toBe(true);
      expect(allowed).toContain((result.reason as { code: string }).code);
    }
  }
  return results.filter((result) => result.status === 'fulfilled').length;
}

/** Every write the API offers on one company, as `actor`. */
const writes: Record<string, (db: Db, actor: Actor, companyId: string) => Promise<unknown>> = {
  note: (db, actor, companyId) => addNote(db, actor, { companyId, body: 'Net verwijderd?' }),
  statusChange: (db, actor, companyId) => changeStatus(db, actor, { companyId, status: 'meeting' }),
  call: (db, actor, companyId) => logCall(db, actor, { companyId, contactName: 'Jan', outcome: 'connected' }),
  meeting: (db, actor, companyId) => scheduleMeeting(db, actor, { companyId, at: '2026-12-01T10:00:00Z' }),
  outreach: (db, actor, companyId) => logOutreach(db, actor, { companyId, channel: 'email' }),
  contact: (db, actor, companyId) => addContact(db, actor, { companyId, name: 'Jan' }),
  update: (db, actor, companyId) => updateCompany(db, actor, { companyId, favorited: true }),
  delete: (db, actor, companyId) => deleteCompany(db, actor, { companyId }),
};

/** A company's timeline in commit order. */
async function timeline(db: Db, agencyId: string, companyId: string) {
  return db
    .selectFrom('client_company_activities')
    .select(['activity_type', 'seq'])
    .where('agency_id', '=', agencyId)
    .where('company_id', '=', companyId)
    .orderBy('seq')
    .execute();
}

describeEachDatabase(
  'races on one company',
  (ctx) => {
    it('follow and unfollow at once leave at most one live record and a timeline that alternates follow, unfollow', async () => {
      const { db } = ctx;
      const agency = await createTestAgency(db);
      const random = new Random(11);
      const users = [agency.recruiter, agency.manager, agency.admin];
      for (let round = 0; round < ROUNDS; round++) {
        const globalCompanyId = await createGlobalCompany(db);
        const { company } = await followCompany(db, agency.recruiter, { globalCompanyId });
        for (let burst = 0; burst < 3; burst++) {
          const calls = Array.from({ length: random.int(2, 4) }, () =>
            random.chance(0.5)
              ? () => followCompany(db, random.pick(users), { globalCompanyId })
              : () => deleteCompany(db, random.pick(users), { companyId: company.id }),
          );
          await race(calls, ['CONFLICT', 'NOT_FOUND']);
        }
        const rows = await db.selectFrom('companies').select(['id', 'deleted_at']).where('agency_id', '=', agency.agencyId).where('global_company_id', '=', globalCompanyId).execute();
        // Following again restores the same record: one row, live or not.
        expect(rows.map((row) => row.id)).toEqual([company.id]);
        const lifecycle = (await timeline(db, agency.agencyId, company.id)).map((entry) => entry.activity_type);
        lifecycle.forEach((type, i) => expect(type, `entry ${i} of ${lifecycle.join(', ')}`).toBe(i % 2 === 0 ? 'company_tracked' : 'company_deleted'));
        expect(rows[0]!.deleted_at === null, `live iff the last entry is a follow: ${lifecycle.join(', ')}`).toBe(lifecycle.at(-1) === 'company_tracked');
      }
      await expectConsistentHistory(db, agency.agencyId);
    });

    it.each(Object.keys(writes).filter((name) => name !== 'delete'))('a %s on a just-deleted company is NOT_FOUND and writes nothing', async (name) => {
      const { db } = ctx;
      const agency = await createTestAgency(db);
      const companyId = await followNewCompany(db, agency.recruiter);
      await deleteCompany(db, agency.admin, { companyId });
      const before = await snapshot(db, agency.agencyId);
      await expect(writes[name]!(db, agency.recruiter, companyId)).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Company', id: companyId } });
      expect(await snapshot(db, agency.agencyId)).toEqual(before);
    });

    it('a write racing the delete either lands before it or is NOT_FOUND: nothing after company_deleted', async () => {
      const { db } = ctx;
      const agency: TestAgency = await createTestAgency(db);
      const random = new Random(5);
      let landed = 0;
      let refused = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const companyId = await followNewCompany(db, agency.recruiter);
        const names = Object.keys(writes).filter((name) => name !== 'delete');
        const calls = [
          ...Array.from({ length: 4 }, () => random.pick(names)).map((name) => () => writes[name]!(db, agency.recruiter, companyId)),
          () => deleteCompany(db, agency.admin, { companyId }),
        ];
        // The delete in the middle, so some writes start before it and some after.
        calls.splice(2, 0, calls.pop()!);
        const done = await race(calls, ['NOT_FOUND', 'INVALID_TRANSITION']);
        const entries = await timeline(db, agency.agencyId, companyId);
        const deletedAt = entries.findIndex((entry) => entry.activity_type === 'company_deleted');
        expect(deletedAt, 'the delete went through').toBeGreaterThan(0);
        expect(entries.slice(deletedAt + 1).map((entry) => entry.activity_type)).toEqual([]);
        const contacts = await db.selectFrom('contacts').select('id').where('agency_id', '=', agency.agencyId).where('company_id', '=', companyId).execute();
        const contactEntries = entries.filter((entry) => entry.activity_type === 'contact_detail_added');
        expect(contacts.length, 'a contact exists only with its timeline entry').toBe(contactEntries.length);
        landed += done - 1;
        refused += calls.length - done;
      }
      // Both outcomes happened, or the test proves little.
      expect(landed).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
      await expectConsistentHistory(db, agency.agencyId);
    });
  },
  { poolSize: 8 },
);
