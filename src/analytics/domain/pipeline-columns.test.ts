import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recruitmentBd } from '../../pipeline/domain/index.js';
import { replayCompany } from './analyze-pipeline.js';
import { pipelineColumns, selectCompanies } from './pipeline-columns.js';
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

describe('selectCompanies', () => {
  it('replaces one company\'s rows and keeps the others as they were', () => {
    const both = pipelineColumns(recruitmentBd, [first, second]);
    const withoutFirst = selectCompanies(both, Uint8Array.of(0, 1));
    expect(withoutFirst).toEqual(pipelineColumns(recruitmentBd, [second], [1]));

    const replaced = selectCompanies(both, Uint8Array.of(0, 1), pipelineColumns(recruitmentBd, [second], [0]));
    expect([...replaced.stays.company]).toEqual([1, 1, 0, 0]);
    expect([...replaced.cycles.startedAt]).toEqual([t(5), t(5)]);
    expect(replaced.cycles.reachedAt.map((step) => step.length)).toEqual([2, 2, 2, 2]);
    expect(replaced.outcomes.length).toBe(2);
  });

  it('gives the columns of the kept companies followed by the appended ones, however the kept rows run', () => {
    const replays = [first, second, replayCompany(recruitmentBd, [followed(3)]), replayCompany(recruitmentBd, [followed(1), moved(2, 'contacted'), moved(9, 'meeting')])];
    const company = fc.constantFrom(...replays);
    // Runs of kept and dropped companies, short and long, so that both ways of copying (a block, value by value) are taken.
    const runs = fc.array(fc.record({ kept: fc.boolean(), length: fc.integer({ min: 1, max: 100 }) }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(company, { minLength: 100, maxLength: 200 }), fc.array(company, { maxLength: 3 }), runs, (all, appended, keptRuns) => {
        const keep = Uint8Array.from(keptRuns.flatMap((run) => Array<number>(run.length).fill(run.kept ? 1 : 0)));
        const kept = all.flatMap((replay, number) => (keep[number] ? [{ replay, number }] : []));
        const numbers = appended.map((_, i) => all.length + i);
        expect(selectCompanies(pipelineColumns(recruitmentBd, all), keep, pipelineColumns(recruitmentBd, appended, numbers))).toEqual(
          pipelineColumns(recruitmentBd, [...kept.map((k) => k.replay), ...appended], [...kept.map((k) => k.number), ...numbers]),
        );
      }),
    );
  });
});
