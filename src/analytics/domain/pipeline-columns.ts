import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';
import type { PipelineColumns } from './columns.js';
import type { CompanyReplay } from './company-replay.js';
import { lossReasonGroup, LOSS_REASON_GROUPS } from './loss-reason-groups.js';
import { monthNumber } from './periods.js';
import { funnelStages } from './stage-history.js';

export type { CycleColumns, OutcomeColumns, PipelineColumns, StayColumns } from './columns.js';

/**
 * The columns of these companies' replays; the rows of `companies[i]` get
 * company number `numbers[i]` (i by default).
 */
export function pipelineColumns(pipeline: Pipeline, companies: readonly CompanyReplay[], numbers?: readonly number[]): PipelineColumns {
  const stageIndex = new Map(pipeline.stages.map((stage, i) => [stage.key, i]));
  const steps = funnelStages(pipeline);
  let stays = 0;
  let cycles = 0;
  let outcomes = 0;
  for (const company of companies) {
    stays += company.intervals.length;
    cycles += company.cycles.length;
    outcomes += company.outcomes.length;
  }
  const columns = emptyColumns(steps.length, { stays, cycles, outcomes });
  const s = columns.stays;
  const c = columns.cycles;
  const o = columns.outcomes;
  let si = 0;
  let ci = 0;
  let oi = 0;
  companies.forEach((company, i) => {
    const number = numbers ? numbers[i]! : i;
    for (const stay of company.intervals) {
      s.company[si] = number;
      s.stage[si] = stageIndex.get(stay.stage) ?? 255;
      s.from[si] = stay.from.getTime();
      s.to[si] = stay.to === null ? Infinity : stay.to.getTime();
      s.carried[si] = stay.carriedMs ?? 0;
      s.resumed[si++] = stay.resumed ? 1 : 0;
    }
    for (const cycle of company.cycles) {
      c.company[ci] = number;
      c.startedAt[ci] = cycle.startedAt.getTime();
      c.startMonth[ci] = monthNumber(c.startedAt[ci]!);
      c.entered[ci] = cycle.enteredAt === undefined ? 0 : Math.max(0, steps.indexOf(cycle.enteredAt));
      steps.forEach((step, k) => {
        c.reachedAt[k]![ci] = cycle.reachedAt[step]?.getTime() ?? NaN;
        c.heldMs[k]![ci] = cycle.heldMs?.[step] ?? 0;
      });
      ci++;
    }
    for (const outcome of company.outcomes) {
      o.company[oi] = number;
      o.at[oi] = outcome.at.getTime();
      o.won[oi] = outcome.outcome === 'won' ? 1 : 0;
      o.reason[oi] = outcome.outcome === 'won' ? 0 : LOSS_REASON_GROUPS.indexOf(lossReasonGroup(outcome.lossReason));
      o.month[oi] = monthNumber(o.at[oi]!);
      oi++;
    }
  });
  return columns;
}

/**
 * The rows of the companies `keep` marks (keep[company] = 1), in their
 * order, then every row of `appended`: an owner's companies, or the cached
 * columns with some companies' rows replaced by their fresh replay. Each
 * column is copied once, a run of kept rows at a time.
 */
export function selectCompanies(columns: PipelineColumns, keep: Uint8Array, appended: PipelineColumns = EMPTY): PipelineColumns {
  const { stays, cycles, outcomes } = columns;
  const s = keptRuns(stays.company, keep);
  const c = keptRuns(cycles.company, keep);
  const o = keptRuns(outcomes.company, keep);
  const a = appended;
  return {
    stays: {
      length: s.count + a.stays.length,
      company: copyRuns(stays.company, s, a.stays.company),
      stage: copyRuns(stays.stage, s, a.stays.stage),
      from: copyRuns(stays.from, s, a.stays.from),
      to: copyRuns(stays.to, s, a.stays.to),
      carried: copyRuns(stays.carried, s, a.stays.carried),
      resumed: copyRuns(stays.resumed, s, a.stays.resumed),
    },
    cycles: {
      length: c.count + a.cycles.length,
      company: copyRuns(cycles.company, c, a.cycles.company),
      startedAt: copyRuns(cycles.startedAt, c, a.cycles.startedAt),
      startMonth: copyRuns(cycles.startMonth, c, a.cycles.startMonth),
      reachedAt: cycles.reachedAt.map((step, k) => copyRuns(step, c, a.cycles.reachedAt[k])),
      heldMs: cycles.heldMs.map((step, k) => copyRuns(step, c, a.cycles.heldMs[k])),
      entered: copyRuns(cycles.entered, c, a.cycles.entered),
    },
    outcomes: {
      length: o.count + a.outcomes.length,
      company: copyRuns(outcomes.company, o, a.outcomes.company),
      at: copyRuns(outcomes.at, o, a.outcomes.at),
      won: copyRuns(outcomes.won, o, a.outcomes.won),
      reason: copyRuns(outcomes.reason, o, a.outcomes.reason),
      month: copyRuns(outcomes.month, o, a.outcomes.month),
    },
  };
}

/** No rows. */
const EMPTY: PipelineColumns = emptyColumns(0, { stays: 0, cycles: 0, outcomes: 0 });

function emptyColumns(steps: number, size: { stays: number; cycles: number; outcomes: number }): PipelineColumns {
  return {
    stays: {
      length: size.stays,
      company: new Int32Array(size.stays),
      stage: new Uint8Array(size.stays),
      from: new Float64Array(size.stays),
      to: new Float64Array(size.stays),
      carried: new Float64Array(size.stays),
      resumed: new Uint8Array(size.stays),
    },
    cycles: {
      length: size.cycles,
      company: new Int32Array(size.cycles),
      startedAt: new Float64Array(size.cycles),
      startMonth: new Int32Array(size.cycles),
      reachedAt: Array.from({ length: steps }, () => new Float64Array(size.cycles)),
      heldMs: Array.from({ length: steps }, () => new Float64Array(size.cycles)),
      entered: new Uint8Array(size.cycles),
    },
    outcomes: {
      length: size.outcomes,
      company: new Int32Array(size.outcomes),
      at: new Float64Array(size.outcomes),
      won: new Uint8Array(size.outcomes),
      reason: new Uint8Array(size.outcomes),
      month: new Int32Array(size.outcomes),
    },
  };
}

type Column = Int32Array | Uint8Array | Float64Array;

/** The rows kept, as runs: rows bounds[2r] up to (not including) bounds[2r + 1]. */
interface Runs {
  bounds: number[];
  count: number;
}

function keptRuns(company: Int32Array, keep: Uint8Array): Runs {
  const bounds: number[] = [];
  let count = 0;
  for (let i = 0; i < company.length; ) {
    if (keep[company[i]!] !== 1) {
      i++;
      continue;
    }
    const start = i;
    while (i < company.length && keep[company[i]!] === 1) i++;
    bounds.push(start, i);
    count += i - start;
  }
  return { bounds, count };
}

/** A run this long or longer is copied as a block (memcpy); shorter ones value by value, sparing a view per run. */
const BLOCK = 64;

function copyRuns<C extends Column>(column: C, runs: Runs, appended: C | undefined): C {
  const copy = new (column.constructor as new (length: number) => C)(runs.count + (appended?.length ?? 0));
  let at = 0;
  for (let r = 0; r < runs.bounds.length; r += 2) {
    const start = runs.bounds[r]!;
    const end = runs.bounds[r + 1]!;
    if (end - start >= BLOCK) {
      copy.set(column.subarray(start, end), at);
      at += end - start;
    } else {
      for (let i = start; i < end; i++) copy[at++] = column[i]!;
    }
  }
  if (appended) copy.set(appended, at);
  return copy;
}
