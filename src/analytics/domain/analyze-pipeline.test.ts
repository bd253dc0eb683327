import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedTransitions, deal, recruitmentBd, type PipelineTemplate } from '../../pipeline/domain/index.js';
import { analyzePipeline, replayCompany } from './analyze-pipeline.js';
import type { Period } from './periods.js';
import { pipelineColumns } from './pipeline-columns.js';
import { timeInStage } from './stage-figures.js';
import type { CompanyHistory, StageEvent } from './stage-history.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

/** A random legal log in the pipeline: follow, then moves along the transition map (On hold and back included), unfollows and follows again. */
const companyLog = (pipeline: PipelineTemplate) => fc
  .record({
    start: fc.integer({ min: 0, max: 150 }),
    steps: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 20 }), pick: fc.nat(), unfollow: fc.boolean() }), { maxLength: 12 }),
  })
  .map(({ start, steps }) => {
    const entry = pipeline.entryStage;
    const lost = new Set(pipeline.stages.filter((s) => s.outcome === 'lost').map((s) => s.key));
    const events: StageEvent[] = [{ kind: 'followed', at: day(start), stage: entry }];
    let stage: string | null = entry;
    let t = start;
    for (const step of steps) {
      t += step.gap;
      if (stage === null) {
        events.push({ kind: 'followed', at: day(t), stage: entry });
        stage = entry;
      } else if (step.unfollow && step.pick % 5 === 0) {
        events.push({ kind: 'unfollowed', at: day(t) });
        stage = null;
      } else {
        const targets = allowedTransitions(pipeline, stage);
        if (targets.length === 0) continue;
        stage = targets[step.pick % targets.length]!;
        events.push({ kind: 'moved', at: day(t), stage, lossReason: lost.has(stage) ? 'no_response' : undefined });
      }
    }
    return events;
  });

const histories = (pipeline: PipelineTemplate) =>
  fc.array(companyLog(pipeline), { maxLength: 8 }).map((logs) => logs.map((events, i): CompanyHistory => ({ companyId: `c${i}`, events })));

describe('analyzePipeline', () => {
  const now = day(181);

  it('ignores events after now and reports the distribution at now for a period that ends later', () => {
    const history: CompanyHistory = {
      companyId: 'c',
      events: [
        { kind: 'followed', at: day(10), stage: 'prospect' },
        { kind: 'moved', at: day(200), stage: 'contacted' },
      ],
    };
    const figures = analyzePipeline(recruitmentBd, [history], { from: day(0), to: day(365) }, now);
    expect(figures.distribution.at).toEqual(now);
    expect(figures.distribution.stages.map((s) => s.count)).toEqual([1, 0, 0, 0, 0]);
    expect(figures.timeInStage[0]).toEqual({ stage: 'prospect', count: 1, medianDays: 171, p75Days: 171 });
    expect(figures.funnel.total.steps.map((s) => s.reached)).toEqual([1, 0, 0, 0]);
  });

  it.each([
    ['Recruitment BD', recruitmentBd],
    ['Deal (with On hold)', deal],
  ])('keeps its figures consistent on any legal history in %s', (_, pipeline) => {
    const wonStage = pipeline.stages.find((s) => s.outcome === 'won')!.key;
    fc.assert(
      fc.property(histories(pipeline), fc.integer({ min: 1, max: 180 }), (logs, split) => {
        const period: Period = { from: day(0), to: now };
        const figures = analyzePipeline(pipeline, logs, period, now);

        // The funnel is monotone, and the cohorts add up to it.
        const reached = figures.funnel.total.steps.map((s) => s.reached);
        expect(reached).toEqual([...reached].sort((a, b) => b - a));
        const cohorts = figures.funnel.byCohort.reduce((sum, c) => sum + c.started, 0);
        expect(cohorts).toBe(figures.funnel.total.started);

        // Every stay counts in exactly one of two adjacent periods.
        const stays = pipelineColumns(pipeline, logs.map((log) => replayCompany(pipeline, log.events))).stays;
        const count = (p: Period) => timeInStage(pipeline, stays, p, now).map((s) => s.count);
        const before = count({ from: day(0), to: day(split) });
        const after = count({ from: day(split), to: now });
        expect(count(period)).toEqual(before.map((n, i) => n + after[i]!));

        // Win rate and loss reasons see the same losses; shares add up to 1.
        expect(figures.lossReasons.total.lost).toBe(figures.winRate.total.lost);
        const shares = figures.lossReasons.total.reasons.reduce((sum, r) => sum + (r.share ?? 0), 0);
        if (figures.lossReasons.total.lost > 0) expect(shares).toBeCloseTo(1, 10);

        // Won in the period never exceeds the cycles that reached Won.
        const velocityWon = figures.velocity.find((v) => v.stage === wonStage)!;
        expect(velocityWon.count).toBeLessThanOrEqual(figures.winRate.total.won);

        // Leaving out time on hold never makes a duration negative, nor longer than the time followed.
        for (const row of [...figures.timeInStage, ...figures.velocity]) {
          if (row.medianDays !== null) expect(row.medianDays).toBeGreaterThanOrEqual(0);
          if (row.p75Days !== null) expect(row.p75Days).toBeLessThanOrEqual(181 + 1e-9);
        }
        // On hold is no stage of time in stage, and no outcome.
        expect(figures.timeInStage.map((row) => row.stage)).not.toContain('on_hold');
      }),
      { numRuns: 200 },
    );
  });
});
