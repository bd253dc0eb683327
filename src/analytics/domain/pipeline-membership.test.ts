import { describe, expect, it } from 'vitest';
import { deal } from '../../pipeline/domain/index.js';
import { analyzePipeline, replayCompany } from './analyze-pipeline.js';
import { eventsInPipeline, type LoggedStageEvent } from './pipeline-membership.js';
import { pipelineColumns } from './pipeline-columns.js';
import { distribution } from './stage-figures.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const A = 'pipeline-a';
const B = 'pipeline-b';
const log = (kind: 'followed' | 'moved' | 'pipelineChanged', n: number, pipelineId: string, stage: string): LoggedStageEvent => ({ kind, at: day(n), stage, pipelineId });

describe('a record that moves between pipelines', () => {
  // Followed into A at Lead, Qualification on day 5, moved to B at Negotiation on day 10, won in B on day 20.
  const events = [log('followed', 0, A, 'lead'), log('moved', 5, A, 'qualification'), log('pipelineChanged', 10, B, 'negotiation'), log('moved', 20, B, 'won')];

  it('ends its stay in A where it moved away', () => {
    expect(eventsInPipeline(A, events)).toEqual([
      { kind: 'followed', at: day(0), stage: 'lead' },
      { kind: 'moved', at: day(5), stage: 'qualification', lossReason: undefined },
      { kind: 'left', at: day(10) },
    ]);
    const replay = replayCompany(deal, eventsInPipeline(A, events));
    expect(replay.intervals).toEqual([
      { stage: 'lead', from: day(0), to: day(5) },
      { stage: 'qualification', from: day(5), to: day(10) },
    ]);
    expect(replay.outcomes).toEqual([]);
    expect(distribution(deal, pipelineColumns(deal, [replay]).stays, day(15)).total).toBe(0);
  });

  it('enters B at the new stage, starting a cycle there, and its win counts in B', () => {
    expect(eventsInPipeline(B, events)).toEqual([
      { kind: 'entered', at: day(10), stage: 'negotiation', lossReason: undefined },
      { kind: 'moved', at: day(20), stage: 'won', lossReason: undefined },
    ]);
    const replay = replayCompany(deal, eventsInPipeline(B, events));
    expect(replay.cycles).toEqual([
      {
        startedAt: day(10),
        reachedAt: { lead: day(10), qualification: day(10), viewing: day(10), negotiation: day(10), closing: day(20), won: day(20) },
        enteredAt: 'negotiation',
      },
    ]);
    // Velocity counts only what it did here: Closing and Won, 10 days after entering; the steps passed on entry are left out.
    const figures = analyzePipeline(deal, [{ companyId: 'c', events: eventsInPipeline(B, events) }], { from: day(0), to: day(60) }, day(60));
    expect(figures.velocity.map((row) => [row.stage, row.count, row.medianDays])).toEqual([
      ['qualification', 0, null],
      ['viewing', 0, null],
      ['negotiation', 0, null],
      ['closing', 1, 10],
      ['won', 1, 10],
    ]);
    // The funnel still counts them reached, so it stays monotone.
    expect(figures.funnel.total.steps.map((step) => step.reached)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(replay.outcomes).toEqual([{ at: day(20), outcome: 'won', lossReason: null }]);
  });

  it('leaves A when unfollowed there and followed again into B', () => {
    const refollowed: LoggedStageEvent[] = [log('followed', 0, A, 'lead'), { kind: 'unfollowed', at: day(5) }, log('followed', 8, B, 'lead')];
    expect(eventsInPipeline(A, refollowed)).toEqual([
      { kind: 'followed', at: day(0), stage: 'lead' },
      { kind: 'unfollowed', at: day(5) },
    ]);
    expect(eventsInPipeline(B, refollowed)).toEqual([{ kind: 'followed', at: day(8), stage: 'lead' }]);
  });

  it('comes back to A as a new cycle', () => {
    const back = [...events, log('pipelineChanged', 30, A, 'lead')];
    const replay = replayCompany(deal, eventsInPipeline(A, back));
    expect(replay.cycles.map((cycle) => cycle.startedAt)).toEqual([day(0), day(30)]);
    expect(replay.intervals.at(-1)).toEqual({ stage: 'lead', from: day(30), to: null });
  });
});
