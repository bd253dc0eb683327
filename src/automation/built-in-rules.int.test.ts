import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { importRows } from '../../test/support/discovery-data.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { followInto } from '../../test/support/pipelines.js';
import { followCompany } from '../clients/follow-company.js';
import { logOutreach } from '../clients/log-outreach.js';
import type { Db } from '../platform/db/database.js';
import { DAY_MS } from '../platform/time/days.js';
import { changeStatus } from '../pipeline/change-status.js';
import { createPipeline } from '../pipeline/create-pipeline.js';
import { clientStage, recruitmentBd, type PipelineDefinition, type PipelineTemplate } from '../pipeline/domain/index.js';
import { editPipeline } from '../pipeline/edit-pipeline.js';
import { moveWhenJobsClosed } from '../pipeline/move-when-jobs-closed.js';
import { installAutomation, listRules } from './index.js';

installAutomation();

const TODAY = new Date('2026-11-23T09:00:00.000Z');
const at = (days: number) => new Date(TODAY.getTime() + days * DAY_MS);

/** A template's definition with `stage` wanting the agency's own field `budget` (a gate a built-in rule cannot satisfy). */
function withBudgetGate(template: PipelineTemplate, stage: string): PipelineDefinition {
  const { key: _key, ...definition } = template;
  return {
    ...definition,
    fields: [{ key: 'budget', label: { nl: 'Budget', en: 'Budget' }, type: 'number' }],
    stages: definition.stages.map((s) => (s.key === stage ? { ...s, requires: [{ kind: 'field', field: 'budget' }] } : s)),
  };
}

async function stageOf(db: Db, companyId: string) {
  return (await db.selectFrom('companies').select('client_status').where('id', '=', companyId).executeTakeFirstOrThrow()).client_status;
}

/*
 * The templates' built-in rules (SPEC R4.6) reproduce today's automatic
 * moves, and are logged like the agency's own rules: the move names its
 * rule on the timeline, and Settings → Triggers shows its last moves and
 * refusals.
 */
describeEachDatabase('built-in rules', (ctx) => {
  let agency: TestAgency;
  const builtIn = async (key: 'onOutreach' | 'whenJobsClosed', pipelineId: string) =>
    (await listRules(ctx.db, agency.admin)).builtIn.find((rule) => rule.key === key && rule.pipelineId === pipelineId)!;

  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Ingebouwd');
  });

  it('first outreach → Contacted: the move names the built-in rule and is in its log; later outreach fires nothing', async () => {
    const { pipelineId } = (await listRules(ctx.db, agency.admin)).builtIn.find((rule) => rule.key === 'onOutreach')!;
    const companyId = await followInto(ctx.db, agency.recruiter, pipelineId, 'Eerste Outreach B.V.');
    const { activity, statusChange } = await logOutreach(ctx.db, agency.recruiter, { companyId, channel: 'email' });
    expect(statusChange!.activity).toMatchObject({ userId: null, newStatus: 'contacted', extraData: { automatic: true, builtInRule: 'onOutreach', ruleName: 'First outreach' } });
    await logOutreach(ctx.db, agency.recruiter, { companyId, channel: 'phone_call' });
    const rule = await builtIn('onOutreach', pipelineId);
    expect(rule.lastFirings).toHaveLength(1);
    expect(rule.lastFirings[0]).toMatchObject({ ruleId: null, recordKind: 'company', recordId: companyId, recordName: 'Eerste Outreach B.V.', eventKey: `activity:${activity.id}`, outcome: 'done', actions: [{ type: 'change_stage', outcome: 'done', detail: 'contacted' }] });
  });

  it('first outreach into a stage a gate guards: not forced, the outreach kept, logged as refused with why', async () => {
    const created = await createPipeline(ctx.db, agency.admin, { templateKey: recruitmentBd.key });
    const pipeline = await editPipeline(ctx.db, agency.admin, { pipelineId: created.id, version: created.version, definition: withBudgetGate(recruitmentBd, 'contacted') });
    const companyId = await followInto(ctx.db, agency.recruiter, pipeline.id);
    const { statusChange } = await logOutreach(ctx.db, agency.recruiter, { companyId, channel: 'email' });
    expect(statusChange).toBeNull();
    expect(await stageOf(ctx.db, companyId)).toBe('prospect');
    const [firing] = (await builtIn('onOutreach', pipeline.id)).lastFirings;
    expect(firing).toMatchObject({ recordId: companyId, outcome: 'refused', actions: [{ type: 'change_stage', outcome: 'refused', detail: expect.stringMatching(/^GATES_REQUIRED/) }] });
  });

  it('Active → Dormant when all jobs closed: moved and logged; a move a gate refuses is retried by every run but logged once', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const made = await createPipeline(ctx.db, agency.admin, { templateKey: clientStage.key });
    const created = await createPipeline(ctx.db, agency.admin, { templateKey: clientStage.key });
    const gated = await editPipeline(ctx.db, agency.admin, { pipelineId: created.id, version: created.version, definition: withBudgetGate(clientStage, 'dormant') });
    await importRows(ctx.db, 'companies', ['free', 'gated'].map((key) => ({ name: `${key} ${tag}`, website: `${key}-${tag}.nl` })), TODAY);
    await importRows(ctx.db, 'jobs', ['free', 'gated'].map((key) => ({ company_website: `${key}-${tag}.nl`, title: `Vacature ${key}`, source: 'test', external_id: `${tag}-${key}`, posted_at: at(-60).toISOString() })), TODAY);
    const globalOf = async (key: string) => (await ctx.db.selectFrom('global_companies').select('id').where('website_domain', '=', `${key}-${tag}.nl`).executeTakeFirstOrThrow()).id;
    const activeClient = async (key: string, pipelineId: string) => {
      const companyId = (await followCompany(ctx.db, agency.recruiter, { globalCompanyId: await globalOf(key), pipelineId }, () => at(-20))).company.id;
      await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'proposal_sent' }, () => at(-15));
      await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'active' }, () => at(-10));
      return companyId;
    };
    const free = await activeClient('free', made.id);
    const refused = await activeClient('gated', gated.id);
    await importRows(ctx.db, 'jobs', ['free', 'gated'].map((key) => ({ company_website: `${key}-${tag}.nl`, title: `Vacature ${key}`, source: 'test', external_id: `${tag}-${key}`, posted_at: at(-60).toISOString(), closed_at: at(-1).toISOString() })), TODAY);

    expect(await moveWhenJobsClosed(ctx.db, () => TODAY)).toMatchObject({ moved: 1 });
    expect(await moveWhenJobsClosed(ctx.db, () => at(1))).toMatchObject({ moved: 0 });
    expect([await stageOf(ctx.db, free), await stageOf(ctx.db, refused)]).toEqual(['dormant', 'active']);
    const moved = await ctx.db.selectFrom('client_company_activities').select('extra_data').where('company_id', '=', free).where('new_status', '=', 'dormant').executeTakeFirstOrThrow();
    expect(moved.extra_data).toEqual({ automatic: true, builtInRule: 'whenJobsClosed', ruleName: 'All jobs closed' });
    expect((await builtIn('whenJobsClosed', made.id)).lastFirings).toMatchObject([{ recordId: free, outcome: 'done' }]);
    expect((await builtIn('whenJobsClosed', gated.id)).lastFirings).toMatchObject([{ recordId: refused, outcome: 'refused', actions: [{ detail: expect.stringMatching(/^GATES_REQUIRED/) }] }]);
  });

  it('logs nothing for another agency, and is not listed to it', async () => {
    const other = await createTestAgency(ctx.db, 'Ander');
    const companyId = await followInto(ctx.db, other.recruiter, (await listRules(ctx.db, other.admin)).builtIn[0]!.pipelineId, 'Ander B.V.');
    await logOutreach(ctx.db, other.recruiter, { companyId, channel: 'email' });
    const ours = (await listRules(ctx.db, agency.admin)).builtIn.flatMap((rule) => rule.lastFirings.map((f) => f.recordId));
    expect(ours).not.toContain(companyId);
    expect((await listRules(ctx.db, other.admin)).builtIn.flatMap((rule) => rule.lastFirings.map((f) => f.recordId))).toEqual([companyId]);
  });
});
