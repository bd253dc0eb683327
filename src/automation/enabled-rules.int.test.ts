import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany } from '../../test/support/fixtures.js';
import { changeStatus } from '../pipeline/change-status.js';
import type { Db } from '../platform/db/database.js';
import { groupsOf } from './group-membership.js';
import { createGroup, createRule, installAutomation, updateRule } from './index.js';

installAutomation();

/*
 * The engine keeps each agency's enabled rules in memory (enabled-rules.ts).
 * Another instance changes the table behind this one's copy: these tests do
 * the same by writing automation_rules directly, as that instance's own
 * use case would, without this instance hearing of it.
 */

async function groupNames(db: Db, agencyId: string, companyId: string): Promise<string[]> {
  return (await groupsOf(db, agencyId, { kind: 'company', id: companyId })).map((group) => group.name);
}

/** What another instance's updateRule writes. */
async function changeElsewhere(db: Db, agencyId: string, ruleId: string, change: { enabled?: boolean; actions?: unknown[] }): Promise<void> {
  await db
    .updateTable('automation_rules')
    .set({ ...(change.enabled === undefined ? {} : { enabled: change.enabled }), ...(change.actions ? { actions: JSON.stringify(change.actions) } : {}), updated_at: new Date(Date.now() + 1) })
    .where('agency_id', '=', agencyId)
    .where('id', '=', ruleId)
    .execute();
}

describeEachDatabase('the rules copy', (ctx) => {
  it('a rule saved on this instance applies to the very next move', async () => {
    const agency = await createTestAgency(ctx.db, 'Copy saved');
    const hot = await createGroup(ctx.db, agency.admin, { name: 'Hot' });
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'contacted' }); // the copy now says: no rules
    const rule = await createRule(ctx.db, agency.admin, { name: 'Meeting → Hot', pipelineKind: 'clients', event: { type: 'stage_changed', stage: 'meeting' }, actions: [{ type: 'add_to_group', groupId: hot.id }] });
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'meeting' });
    expect(await groupNames(ctx.db, agency.agencyId, companyId)).toEqual(['Hot']);

    await updateRule(ctx.db, agency.admin, { ruleId: rule.id, enabled: false });
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'contacted' });
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'meeting' });
    const firings = await ctx.db.selectFrom('automation_firings').select('id').where('agency_id', '=', agency.agencyId).execute();
    expect(firings).toHaveLength(1);
  });

  it('a rule switched off on another instance does not act on this instance\'s copy of it', async () => {
    const agency = await createTestAgency(ctx.db, 'Copy off');
    const hot = await createGroup(ctx.db, agency.admin, { name: 'Hot' });
    const rule = await createRule(ctx.db, agency.admin, { name: 'Contacted → Hot', pipelineKind: 'clients', event: { type: 'stage_changed', stage: 'contacted' }, actions: [{ type: 'add_to_group', groupId: hot.id }] });
    const first = await followNewCompany(ctx.db, agency.recruiter);
    await changeStatus(ctx.db, agency.recruiter, { companyId: first, status: 'contacted' }); // read into the copy, and fired
    expect(await groupNames(ctx.db, agency.agencyId, first)).toEqual(['Hot']);

    await changeElsewhere(ctx.db, agency.agencyId, rule.id, { enabled: false });
    const second = await followNewCompany(ctx.db, agency.recruiter);
    await changeStatus(ctx.db, agency.recruiter, { companyId: second, status: 'contacted' });
    expect(await groupNames(ctx.db, agency.agencyId, second)).toEqual([]);
    const firings = await ctx.db.selectFrom('automation_firings').select('record_id').where('agency_id', '=', agency.agencyId).execute();
    expect(firings.map((f) => f.record_id)).toEqual([first]);
  });

  it('a rule edited on another instance acts as edited, not as this instance\'s copy had it', async () => {
    const agency = await createTestAgency(ctx.db, 'Copy edited');
    const hot = await createGroup(ctx.db, agency.admin, { name: 'Hot' });
    const warm = await createGroup(ctx.db, agency.admin, { name: 'Warm' });
    const rule = await createRule(ctx.db, agency.admin, { name: 'Contacted → a group', pipelineKind: 'clients', event: { type: 'stage_changed', stage: 'contacted' }, actions: [{ type: 'add_to_group', groupId: hot.id }] });
    const first = await followNewCompany(ctx.db, agency.recruiter);
    await changeStatus(ctx.db, agency.recruiter, { companyId: first, status: 'contacted' });
    expect(await groupNames(ctx.db, agency.agencyId, first)).toEqual(['Hot']);

    await changeElsewhere(ctx.db, agency.agencyId, rule.id, { actions: [{ type: 'add_to_group', groupId: warm.id }] });
    const second = await followNewCompany(ctx.db, agency.recruiter);
    await changeStatus(ctx.db, agency.recruiter, { companyId: second, status: 'contacted' });
    expect(await groupNames(ctx.db, agency.agencyId, second)).toEqual(['Warm']);
    const entry = await ctx.db.selectFrom('client_company_activities').select('extra_data').where('agency_id', '=', agency.agencyId).where('company_id', '=', second).where('activity_type', '=', 'group_added').executeTakeFirstOrThrow();
    expect(entry.extra_data).toMatchObject({ automatic: true, ruleId: rule.id, groupName: 'Warm' });
  });
});
