import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { deal, type PipelineTemplate } from '../pipeline/domain/index.js';
import type { Actor } from '../identity/domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { changeStatus } from '../pipeline/change-status.js';
import { defaultPipeline, enterPipeline, lockLiveCompany, moveToPipeline, recordVersion } from '../pipeline/index.js';
import { followCompany } from '../clients/follow-company.js';
import { readPipelineAnalytics } from './read-pipeline-analytics.js';
import { readRoutine } from './read-routine.js';
import { readForecast } from './read-forecast.js';
import { stageLogCaches, type StageLogCaches } from './stage-log-cache.js';

/*
 * The dashboard per pipeline, with a move between pipelines and a pause On
 * hold, every figure worked out by hand. Day n is 2026-01-01 + n days at
 * 00:00 UTC; now is day 100 (11 April 2026). The agency has its default
 * Recruitment BD pipeline and a Deal pipeline (the template without its
 * checklists, which analytics does not read).
 *
 *   D1 admin      enters Deal at Lead 0, On hold 10, Lead 40, Qualification 45       (open in Qualification)
 *   D2 admin      followed into Recruitment BD 0, contacted 5,
 *                 moved to Deal at Negotiation 20, won 30
 *   D3 recruiter  enters Deal at Lead 50, Viewing 60 (a skip, with a reason)           (open in Viewing)
 *   D4 admin      enters Deal at Lead 70                                               (open in Lead)
 *   D5 admin      enters Deal at Lead 58, On hold 60                                   (on hold)
 */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const on = (n: number) => () => day(n);
const NOW = day(100);

/** Installs a template as a (non-default) pipeline of the agency at version 1, as the pipelines API will. */
async function installTemplate(db: Db, agencyId: string, template: PipelineTemplate): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('pipelines')
      .values({
        agency_id: agencyId,
        kind: template.kind,
        name_nl: template.name.nl,
        name_en: template.name.en,
        template_key: template.key,
        entry_stage: template.entryStage,
        skip_needs_reason: template.skipNeedsReason,
        automations: JSON.stringify(template.automations),
        is_default: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const at = { agency_id: agencyId, pipeline_id: id };
    await trx
      .insertInto('pipeline_stages')
      .values(
        template.stages.map((s, position) => ({
          ...at,
          key: s.key,
          position,
          name_nl: s.name.nl,
          name_en: s.name.en,
          color: s.color,
          icon: s.icon,
          outcome: s.outcome ?? null,
          stale_after_days: s.staleAfterDays ?? null,
          follow_up_days: s.followUp?.afterDays ?? null,
          follow_up_from: s.followUp?.from ?? null,
          probability: s.probability ?? null,
          stage_group: s.group ?? null,
          active: s.active,
        })),
      )
      .execute();
    await trx
      .insertInto('pipeline_transitions')
      .values(template.stages.flatMap((s) => s.next.map((to) => ({ ...at, from_key: s.key, to_key: to }))))
      .execute();
    const requirements = template.stages.flatMap((s) => s.requires.map((r, position) => ({ ...at, stage_key: s.key, position, kind: r.kind, field_key: r.kind === 'field' ? r.field : null })));
    if (requirements.length > 0) await trx.insertInto('pipeline_stage_requirements').values(requirements).execute();
    await recordVersion(trx, agencyId, id, 1, null);
    return id;
  });
}

const withoutChecklists: PipelineTemplate = { ...deal, stages: deal.stages.map((stage) => ({ ...stage, checklist: [] })) };

describeEachDatabase('the dashboard per pipeline', (ctx) => {
  let agency: TestAgency;
  let other: TestAgency;
  let dealId: string;
  let bdId: string;
  const ids: Record<string, string> = {};
  let warm: StageLogCaches;

  const enter = async (actor: Actor, n: number) => {
    const globalCompanyId = await createGlobalCompany(ctx.db);
    return ctx.db.transaction().execute(async (trx) => {
      const global = await trx.selectFrom('global_companies').select(['id', 'name']).where('id', '=', globalCompanyId).executeTakeFirstOrThrow();
      const entered = await enterPipeline(trx, { agencyId: actor.agencyId, globalCompany: global, previous: undefined, pipelineId: dealId, ownerId: actor.userId, userId: actor.userId, now: day(n) });
      return entered.company.id;
    });
  };
  const move = (actor: Actor, companyId: string, n: number, status: string, extra: Record<string, string> = {}) => changeStatus(ctx.db, actor, { companyId, status, ...extra }, on(n));
  const hold = { holdReason: 'Budget volgend kwartaal', resumeAt: '2026-09-01' };

  beforeAll(async () => {
    const { db } = ctx;
    agency = await createTestAgency(db, 'Pipelines agency');
    other = await createTestAgency(db, 'Other pipelines agency');
    dealId = await installTemplate(db, agency.agencyId, withoutChecklists);
    bdId = (await defaultPipeline(db, agency.agencyId)).id;
    // Warmed before the history, so the cached reads take it in as changes.
    warm = stageLogCaches(db);
    for (const pipelineId of [dealId, bdId]) await readPipelineAnalytics(db, agency.admin, { pipelineId }, () => NOW, warm);

    const a = agency.admin;
    ids.d1 = await enter(a, 0);
    await move(a, ids.d1, 10, 'on_hold', hold);
    await move(a, ids.d1, 40, 'lead');
    await move(a, ids.d1, 45, 'qualification');

    ids.d2 = (await followCompany(db, a, { globalCompanyId: await createGlobalCompany(db) }, on(0))).company.id;
    await move(a, ids.d2, 5, 'contacted');
    await db.transaction().execute(async (trx) => {
      const company = await lockLiveCompany(trx, agency.agencyId, ids.d2!);
      await moveToPipeline(trx, company, a.userId, { pipelineId: dealId, stage: 'negotiation' }, day(20));
    });
    await move(a, ids.d2, 30, 'won', { skipReason: 'Direct getekend' });

    ids.d3 = await enter(agency.recruiter, 50);
    await move(agency.recruiter, ids.d3, 60, 'viewing', { skipReason: 'Meteen een bezichtiging gepland' });
    ids.d4 = await enter(a, 70);
    ids.d5 = await enter(a, 58);
    await move(a, ids.d5, 60, 'on_hold', hold);

    const value = (id: string, expectedValue: number | null, closeDate: string | null) =>
      db.updateTable('companies').set({ expected_value: expectedValue, expected_close_date: closeDate }).where('agency_id', '=', agency.agencyId).where('id', '=', id).execute();
    await value(ids.d1, 1000, '2026-05-20');
    await value(ids.d2, 5000, '2026-04-15');
    await value(ids.d3, 2500.5, null);
    await value(ids.d4, null, '2026-04-30');
    await value(ids.d5, 700, '2026-04-20');
  });

  const pick = (rows: { stage: string; count: number; medianDays: number | null }[]) => Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.stage, [r.count, r.medianDays]]));

  describe.each([
    ['read directly', false],
    ['read through the stage log caches', true],
  ])('pipeline figures, %s', (_, cached) => {
    const read = (pipelineId: string | undefined) => readPipelineAnalytics(ctx.db, agency.viewer, { pipelineId, from: '2026-01-01' }, () => NOW, cached ? warm : undefined);

    it('of the Deal pipeline: D2 enters at Negotiation, and D1\'s 30 days on hold count nowhere', async () => {
      const figures = await read(dealId);
      expect(figures.pipeline).toBe(dealId);
      // D1 qualification, D3 viewing, D4 lead, D2 won, D5 on hold.
      expect(Object.fromEntries(figures.distribution.stages.map((s) => [s.stage, s.count]))).toEqual({
        lead: 1, qualification: 1, viewing: 1, negotiation: 0, closing: 0, won: 1, lost: 0, on_hold: 1,
      });
      expect(pick(figures.timeInStage)).toEqual({
        // D1 10 + 5 (the pause joined), D3 10 (50 → 60), D4 30 (open 70 → 100), D5 2 (58 → 60): sorted 2 10 15 30.
        lead: [4, 12.5],
        // D1 open 45 → 100.
        qualification: [1, 55],
        // D3 open 60 → 100.
        viewing: [1, 40],
        // D2 20 → 30.
        negotiation: [1, 10],
      });
      expect(figures.timeInStage.map((row) => row.stage)).not.toContain('on_hold');
      expect(pick(figures.velocity)).toEqual({
        // D1 45 − 0 − 30 on hold = 15; D3 10 (skipped to Viewing). D2 entered at Negotiation on day 20: the steps up to it were passed on entry.
        qualification: [2, 12.5],
        viewing: [1, 10],
        // Won from Negotiation passes Closing: D2 10 days after entering.
        closing: [1, 10],
        won: [1, 10],
      });
      // Cycles: D1 (on hold and back is one), D2 (entered on day 20), D3, D4, D5.
      expect(figures.funnel.total.started).toBe(5);
      expect(figures.winRate.total).toEqual({ won: 1, lost: 0, rate: 1 });
    });

    it('of Recruitment BD (the default): D2 counts there up to its move, and is no longer in it', async () => {
      const figures = await read(undefined);
      expect(figures.pipeline).toBe(bdId);
      expect(figures.distribution.total).toBe(0);
      expect(pick(figures.timeInStage)).toEqual({ prospect: [1, 5], contacted: [1, 15] });
      expect(figures.funnel.total.started).toBe(1);
      expect(figures.winRate.total).toEqual({ won: 0, lost: 0, rate: null });
    });
  });

  it("refuses another agency's pipeline as NOT_FOUND", async () => {
    await expect(readPipelineAnalytics(ctx.db, other.admin, { pipelineId: dealId }, () => NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readRoutine(ctx.db, other.admin, { pipelineId: dealId }, () => NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readForecast(ctx.db, other.admin, { pipelineId: dealId }, () => NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps a cache per pipeline version: a new version replays afresh', async () => {
    const deal1 = await defaultPipelineOf(dealId);
    const caches = stageLogCaches(ctx.db);
    expect(caches(deal1)).toBe(caches(deal1));
    const deal2 = { ...deal1, version: 2 };
    expect(caches(deal2)).not.toBe(caches(deal1));
    // The older version, asked for after the newer one, gets a cache that is not kept.
    expect(caches(deal1)).not.toBe(caches(deal1));
    expect(caches(deal2)).toBe(caches(deal2));
  });

  const defaultPipelineOf = async (pipelineId: string) => {
    const { loadPipeline } = await import('../pipeline/index.js');
    return loadPipeline(ctx.db, agency.agencyId, pipelineId);
  };

  describe('the routine of the Deal pipeline', () => {
    it("lists the entry stage to contact and the stale by the pipeline's thresholds; on hold is never stale", async () => {
      const routine = await readRoutine(ctx.db, agency.admin, { pipelineId: dealId }, () => NOW);
      expect(routine.prospects.map((p) => p.companyId)).toEqual([ids.d4]);
      // Lead, Qualification and Viewing go stale after 14 days: D1 55 days, D3 40, D4 30. D5 is on hold (40 days).
      expect(routine.stale.map((s) => [s.companyId, s.status, s.staleDays, s.thresholdDays])).toEqual([
        [ids.d1, 'qualification', 55, 14],
        [ids.d3, 'viewing', 40, 14],
        [ids.d4, 'lead', 30, 14],
      ]);
      // The Deal template has no follow-up rules.
      expect(routine.followUps).toEqual([]);
    });

    it('leaves the records of other pipelines out, and the default pipeline leaves the Deal records out', async () => {
      const routine = await readRoutine(ctx.db, agency.admin, {}, () => NOW);
      expect([...routine.prospects, ...routine.stale].map((entry) => entry.companyId)).toEqual([]);
    });
  });

  describe('the forecast', () => {
    it('sums the open Deal records by close month, as is and by stage probability (worked out by hand)', async () => {
      const forecast = await readForecast(ctx.db, agency.viewer, { pipelineId: dealId, months: '3' as never }, () => NOW);
      expect(forecast).toEqual({
        pipelineId: dealId,
        ownerId: null,
        asOf: NOW,
        months: [
          // D4 in Lead, no value.
          { month: '2026-04', count: 1, value: 0, weighted: 0 },
          // D1 in Qualification (20 %): 1000 → 200.
          { month: '2026-05', count: 1, value: 1000, weighted: 200 },
          { month: '2026-06', count: 0, value: 0, weighted: 0 },
        ],
        overdue: { count: 0, value: 0, weighted: 0 },
        later: { count: 0, value: 0, weighted: 0 },
        // D3 in Viewing (40 %): 2500.50 → 1000.20. D2 (won) and D5 (on hold) are not open.
        undated: { count: 1, value: 2500.5, weighted: 1000.2 },
        total: { count: 3, value: 3500.5, weighted: 1200.2 },
      });
    });

    it('filters on the owner, defaults to six months of the default pipeline, and refuses a bad number of months', async () => {
      const mine = await readForecast(ctx.db, agency.viewer, { pipelineId: dealId, ownerId: agency.recruiter.userId }, () => NOW);
      expect(mine.total).toEqual({ count: 1, value: 2500.5, weighted: 1000.2 });
      const bd = await readForecast(ctx.db, agency.viewer, {}, () => NOW);
      expect(bd.pipelineId).toBe(bdId);
      expect(bd.months).toHaveLength(6);
      expect(bd.total.value).toBe(0);
      for (const months of ['0', '25', 'zes']) {
        await expect(readForecast(ctx.db, agency.viewer, { months: months as never }, () => NOW)).rejects.toMatchObject({ code: 'VALIDATION' });
      }
    });
  });

  it('reads the moves between pipelines from the log, as the activities recorded them', async () => {
    const { rows } = await sql<{ activity_type: string; pipeline_id: string; new_status: string }>`
      select activity_type, pipeline_id, new_status from client_company_activities
      where agency_id = ${agency.agencyId} and company_id = ${ids.d2} and new_status is not null order by seq`.execute(ctx.db);
    expect(rows.map((r) => [r.activity_type, r.pipeline_id === dealId ? 'deal' : r.pipeline_id === bdId ? 'bd' : r.pipeline_id, r.new_status])).toEqual([
      ['company_tracked', 'bd', 'prospect'],
      ['status_change', 'bd', 'contacted'],
      ['pipeline_changed', 'deal', 'negotiation'],
      ['status_change', 'deal', 'won'],
    ]);
  });
});
