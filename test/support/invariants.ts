import { expect } from 'vitest';
import type { Db } from '../../src/platform/db/database.js';

/** SPEC R2.2, written out independently of the pipeline under test. */
export const SPEC_TRANSITIONS: Readonly<Record<string, readonly string[]>> = {
  prospect: ['contacted', 'meeting', 'won', 'lost'],
  contacted: ['prospect', 'meeting', 'won', 'lost'],
  meeting: ['contacted', 'won', 'lost'],
  won: ['lost'],
  lost: ['prospect'],
};

/**
 * Asserts the honesty rules for one agency's companies: each company's
 * status and timestamp equal the newest status-setting activity, every
 * status_change continues where the previous one ended (no lost update),
 * every move is legal, and every move to lost carries its reason.
 * Returns the number of status_change activities seen.
 */
export async function expectConsistentHistory(db: Db, agencyId: string): Promise<number> {
  const companies = await db.selectFrom('companies').selectAll().where('agency_id', '=', agencyId).execute();
  const activities = await db
    .selectFrom('client_company_activities')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('new_status', 'is not', null)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  let changes = 0;
  for (const company of companies) {
    const history = activities.filter((a) => a.company_id === company.id);
    expect(history[0]?.activity_type, `first entry of ${company.id}`).toBe('company_tracked');
    let current: string | null = null;
    for (const entry of history) {
      if (entry.activity_type === 'status_change') {
        changes++;
        expect(entry.old_status, `status_change continues from the previous state`).toBe(current);
        expect(SPEC_TRANSITIONS[entry.old_status!], `${entry.old_status} → ${entry.new_status} is legal`).toContain(entry.new_status);
        if (entry.new_status === 'lost') expect(entry.extra_data.lossReason).toBeTruthy();
      } else {
        expect(entry.activity_type).toBe('company_tracked');
        expect(entry.new_status).toBe('prospect');
      }
      current = entry.new_status;
    }
    const last = history.at(-1)!;
    expect(company.client_status).toBe(last.new_status);
    expect(company.client_status_changed_at.getTime()).toBe(last.created_at.getTime());
  }
  return changes;
}
