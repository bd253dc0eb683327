import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../platform/db/connect.js';
import type { Db } from '../platform/db/database.js';
import { migrationProvider } from '../platform/db/migrations/index.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { followCompany } from '../clients/follow-company.js';
import { logOutreach } from '../clients/log-outreach.js';
import { DAY_MS } from '../platform/time/days.js';
import { refreshSuggestedReminders } from './suggest-reminders.js';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const at = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

/*
 * Migration 2026-12-11T1000-reminder-reasons: suggestions made under the
 * old per-stage reason keys take the new keys, dedupe keys included, so a
 * suggestion someone dismissed before the upgrade is not made again.
 */
describe('the reminder reasons migration', () => {
  let db: Db;
  let migrator: Migrator;
  let agency: TestAgency;
  beforeAll(async () => {
    db = await connect({ kind: 'pglite' });
    migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: 'public' });
    const before = await migrator.migrateTo('2026-12-11T0900-configurable-pipelines');
    if (before.error) throw before.error;
    agency = await createTestAgency(db, 'Upgraded agency');
  });
  afterAll(() => db.destroy());

  it('renames old suggestions with their dedupe keys, and the job does not suggest a dismissed wait again', async () => {
    const companyId = (await followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db) }, () => at(-30))).company.id;
    await logOutreach(db, agency.recruiter, { companyId, channel: 'email' }, () => at(-10));
    const old = (key: string, start: Date, doneAt: Date | null) =>
      sql`insert into reminders (agency_id, company_id, user_id, due_at, note, kind, reason_key, dedupe_key, created_at, done_at)
        values (${agency.agencyId}, ${companyId}, ${agency.recruiter.userId}, ${at(-3)}, 'old', 'suggested', ${key}, ${`${key}:${companyId}:${start.toISOString()}`}, ${at(-3)}, ${doneAt})`.execute(db);
    // The current wait's suggestion, dismissed before the upgrade; an older Lost revisit, still open.
    await old('contacted_no_progress', at(-10), at(-2));
    await old('lost_revisit', at(-200), null);

    const result = await migrator.migrateTo('2026-12-11T1000-reminder-reasons');
    if (result.error) throw result.error;
    const rows = await db.selectFrom('reminders').select(['reason_key', 'dedupe_key', 'reason_data']).where('company_id', '=', companyId).orderBy('due_at').orderBy('reason_key').execute();
    expect(rows).toEqual([
      { reason_key: 'stage_follow_up', dedupe_key: `stage_follow_up:${companyId}:${at(-10).toISOString()}`, reason_data: null },
      { reason_key: 'stage_revisit', dedupe_key: `stage_revisit:${companyId}:${at(-200).toISOString()}`, reason_data: null },
    ]);

    const run = await refreshSuggestedReminders(db, () => NOW);
    // The dismissed wait is not suggested again; the stale revisit (the company is in Contacted) is retired.
    expect(run).toMatchObject({ suggested: 0, retired: 1 });
  });
});
