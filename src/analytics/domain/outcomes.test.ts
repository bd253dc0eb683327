import { describe, expect, it } from 'vitest';
import { recruitmentBd } from '../../pipeline/domain/index.js';
import { LOSS_REASON_GROUPS, lossReasonGroup, lossReasons, lossReasonsByQuarter, outcomes, winRate, winRateByMonth, type Outcome } from './outcomes.js';
import { pipelineColumns } from './pipeline-columns.js';
import type { StageEvent } from './stage-history.js';

const outcomeColumns = (list: Outcome[]) => pipelineColumns(recruitmentBd, [{ intervals: [], cycles: [], outcomes: list }]).outcomes;

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const period = { from: day(0), to: day(181) };

const log: StageEvent[] = [
  { kind: 'followed', at: day(0), stage: 'prospect' },
  { kind: 'moved', at: day(20), stage: 'won' },
  { kind: 'moved', at: day(25), stage: 'lost', lossReason: 'no_response' },
  { kind: 'moved', at: day(40), stage: 'prospect' },
  { kind: 'moved', at: day(70), stage: 'lost', lossReason: 'other' },
  { kind: 'moved', at: day(71), stage: 'prospect' },
  { kind: 'moved', at: day(120), stage: 'lost', lossReason: 'budget_or_hiring_freeze' },
  { kind: 'moved', at: day(200), stage: 'prospect' },
];

describe('outcomes', () => {
  it('are the moves into Won and Lost, with the loss reason', () => {
    expect(outcomes(recruitmentBd, log)).toEqual([
      { at: day(20), outcome: 'won', lossReason: null },
      { at: day(25), outcome: 'lost', lossReason: 'no_response' },
      { at: day(70), outcome: 'lost', lossReason: 'other' },
      { at: day(120), outcome: 'lost', lossReason: 'budget_or_hiring_freeze' },
    ]);
  });
});

describe('winRate', () => {
  const all = outcomeColumns(outcomes(recruitmentBd, log));

  it('is won / (won + lost) over the moves in the period, a won client lost later counting both', () => {
    expect(winRate(all, period)).toEqual({ won: 1, lost: 3, rate: 0.25 });
    expect(winRate(all, { from: day(26), to: day(100) })).toEqual({ won: 0, lost: 1, rate: 0 });
    expect(winRate(all, { from: day(130), to: day(181) })).toEqual({ won: 0, lost: 0, rate: null });
  });

  it('per month the period touches', () => {
    expect(winRateByMonth(all, { from: day(0), to: day(90) })).toEqual([
      { month: '2026-01', won: 1, lost: 1, rate: 0.5 },
      { month: '2026-02', won: 0, lost: 0, rate: null },
      { month: '2026-03', won: 0, lost: 1, rate: 0 },
    ]);
  });
});

describe('loss reasons', () => {
  it('keeps the standard reasons and groups free text, missing and unknown keys as other', () => {
    expect(lossReasonGroup('existing_partner')).toBe('existing_partner');
    expect(lossReasonGroup('other')).toBe('other');
    expect(lossReasonGroup('Fusie met concurrent')).toBe('other');
    expect(lossReasonGroup(null)).toBe('other');
    expect(LOSS_REASON_GROUPS).toEqual([
      'existing_partner',
      'in_house_team',
      'budget_or_hiring_freeze',
      'no_response',
      'no_external_recruitment',
      'terms_not_acceptable',
      'other',
    ]);
  });

  it('counts and shares every group, zero included', () => {
    const breakdown = lossReasons(outcomeColumns([
      { at: day(1), outcome: 'lost', lossReason: 'no_response' },
      { at: day(2), outcome: 'lost', lossReason: 'no_response' },
      { at: day(3), outcome: 'lost', lossReason: 'Te duur' },
      { at: day(4), outcome: 'won', lossReason: null },
    ]));
    expect(breakdown.lost).toBe(3);
    expect(breakdown.reasons.filter((r) => r.count > 0)).toEqual([
      { reason: 'no_response', count: 2, share: 2 / 3 },
      { reason: 'other', count: 1, share: 1 / 3 },
    ]);
    expect(breakdown.reasons).toHaveLength(7);
    expect(lossReasons(outcomeColumns([])).reasons.every((r) => r.count === 0 && r.share === null)).toBe(true);
  });

  it('per quarter of the period', () => {
    const { total, byQuarter } = lossReasonsByQuarter(outcomeColumns(outcomes(recruitmentBd, log)), period);
    expect(total.lost).toBe(3);
    expect(byQuarter.map((q) => [q.quarter, q.lost, q.reasons.filter((r) => r.count > 0).map((r) => [r.reason, r.share])])).toEqual([
      ['2026-Q1', 2, [['no_response', 0.5], ['other', 0.5]]],
      ['2026-Q2', 1, [['budget_or_hiring_freeze', 1]]],
    ]);
  });
});
