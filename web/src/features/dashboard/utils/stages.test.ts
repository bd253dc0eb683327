import { describe, expect, it } from 'vitest';
import { headlineSteps, stageWithOutcome, type StageOutcome } from './stages';

const recruitment = [{ key: 'prospect' }, { key: 'contacted' }, { key: 'meeting' }, { key: 'won', outcome: 'won' as const }, { key: 'lost', outcome: 'lost' as const }];
const deal = [
  { key: 'lead' },
  { key: 'qualification' },
  { key: 'closing' },
  { key: 'gewonnen', outcome: 'won' as const },
  { key: 'verloren', outcome: 'lost' as const },
  { key: 'wachtend', outcome: 'on_hold' as const },
];
const outcomeIn = (stages: { key: string; outcome?: StageOutcome }[]) => (key: string) => stages.find((s) => s.key === key)?.outcome;
const rows = (...stages: string[]) => stages.map((stage) => ({ stage }));

describe('stages by outcome', () => {
  it('finds the won and lost stage whatever they are called', () => {
    expect(stageWithOutcome(deal, 'won')).toBe('gewonnen');
    expect(stageWithOutcome(deal, 'lost')).toBe('verloren');
    expect(stageWithOutcome(recruitment, 'on_hold')).toBeUndefined();
  });

  it('heads velocity with the won step and the step before it', () => {
    expect(headlineSteps(rows('contacted', 'meeting', 'won'), outcomeIn(recruitment))).toEqual(rows('meeting', 'won'));
    expect(headlineSteps(rows('qualification', 'closing', 'gewonnen'), outcomeIn(deal))).toEqual(rows('closing', 'gewonnen'));
    // A pipeline without a won stage: its last two steps.
    expect(headlineSteps(rows('a', 'b', 'c'), () => undefined)).toEqual(rows('b', 'c'));
    expect(headlineSteps(rows('gewonnen'), outcomeIn(deal))).toEqual(rows('gewonnen'));
    expect(headlineSteps([], outcomeIn(deal))).toEqual([]);
  });
});
