import { describe, expect, it } from 'vitest';
import { recruitmentBd } from '../../pipeline/domain/index.js';
import { replayCompany } from './analyze-pipeline.js';
import { joinColumns, pipelineColumns, selectCompanies } from './pipeline-columns.js';
import { monthNumber } from './periods.js';
import type { StageEvent } from './stage-history.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const t = (n: number) => day(n).getTime();
const followed = (n: number): StageEvent => ({ kind: 'followed', at: day(n), stage: 'prospect' });
const moved = (n: number, stage: string, lossReason?: string): StageEvent => ({ kind: 'moved', at: day(n), stage, lossReason });

const first = replayCompany(recruitmentBd, [followed(0), moved(10, 'contacted'), moved(40, 'lost', 'Te duur'), moved(50, 'prospect')]);
const second = replayCompany(recruitmentBd, [followed(5), moved(7, 'won')]);

describe('pipelineColumns', () => {
  it('puts each stay, cycle and outcome in a row of numbers, numbered by company', () => {
    const { stays, cycles, outcomes } = pipelineColumns(recruitmentBd, [first, second], [7, 3]);
    expect(stays.length).toBe(6);
    expect([...stays.company]).toEqual([7, 7, 7, 7, 3, 3]);
    // prospect 0, contacted 1, meeting 2, won 3, lost 4
    expect([...stays.stage]).toEqual([0, 1, 4, 0, 0, 3]);
    expect([...stays.from]).toEqual([t(0), t(10), t(40), t(50), t(5), t(7)]);
    expect([...stays.to]).toEqual([t(10), t(40), t(50), Infinity, t(7), Infinity]);

    // Lost → Prospect started a second cycle; Prospect → Won passed Contacted and Meeting.
    expect([...cycles.startedAt]).toEqual([t(0), t(50), t(5)]);
    expect([...cycles.startMonth]).toEqual([monthNumber(t(0)), monthNumber(t(50)), monthNumber(t(5))]);
    expect(cycles.reachedAt.map((step) => [...step])).toEqual([
      [t(0), t(50), t(5)],
      [t(10), NaN, t(7)],
      [NaN, NaN, t(7)],
      [NaN, NaN, t(7)],
    ]);

    // Free text is "other", the last loss reason group; a win has no reason.
    expect([...outcomes.company]).toEqual([7, 3]);
    expect([...outcomes.won]).toEqual([0, 1]);
    expect([...outcomes.reason]).toEqual([6, 0]);
  });

  it('numbers companies by position when no numbers are given', () => {
    expect([...pipelineColumns(recruitmentBd, [first, second]).outcomes.company]).toEqual([0, 1]);
  });
});

describe('selectCompanies and joinColumns', () => {
  it('replace one company\'s rows and keep the others as they were', () => {
    const both = pipelineColumns(recruitmentBd, [first, second]);
    const withoutFirst = selectCompanies(both, (company) => company !== 0);
    expect(withoutFirst).toEqual(pipelineColumns(recruitmentBd, [second], [1]));

    const replaced = joinColumns(withoutFirst, pipelineColumns(recruitmentBd, [second], [0]));
    expect([...replaced.stays.company]).toEqual([1, 1, 0, 0]);
    expect([...replaced.cycles.startedAt]).toEqual([t(5), t(5)]);
    expect(replaced.cycles.reachedAt.map((step) => step.length)).toEqual([2, 2, 2, 2]);
    expect(replaced.outcomes.length).toBe(2);
  });
});
