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

/** Only the rows of the companies `keep` accepts. */
export function selectCompanies(columns: PipelineColumns, keep: (company: number) => boolean): PipelineColumns {
  const rows = (company: Int32Array) => {
    const kept = new Int32Array(company.length);
    let count = 0;
    for (let i = 0; i < company.length; i++) if (keep(company[i]!)) kept[count++] = i;
    return kept.subarray(0, count);
  };
  const { stays, cycles, outcomes } = columns;
  const s = rows(stays.company);
  const c = rows(cycles.company);
  const o = rows(outcomes.company);
  return {
    stays: {
      length: s.length,
      company: pick(stays.company, s),
      stage: pick(stays.stage, s),
      from: pick(stays.from, s),
      to: pick(stays.to, s),
      carried: pick(stays.carried, s),
      resumed: pick(stays.resumed, s),
    },
    cycles: {
      length: c.length,
      company: pick(cycles.company, c),
      startedAt: pick(cycles.startedAt, c),
      startMonth: pick(cycles.startMonth, c),
      reachedAt: cycles.reachedAt.map((step) => pick(step, c)),
      heldMs: cycles.heldMs.map((step) => pick(step, c)),
      entered: pick(cycles.entered, c),
    },
    outcomes: {
      length: o.length,
      company: pick(outcomes.company, o),
      at: pick(outcomes.at, o),
      won: pick(outcomes.won, o),
      reason: pick(outcomes.reason, o),
      month: pick(outcomes.month, o),
    },
  };
}

/** The rows of both, `a`'s first. */
export function joinColumns(a: PipelineColumns, b: PipelineColumns): PipelineColumns {
  return {
    stays: {
      length: a.stays.length + b.stays.length,
      company: join(a.stays.company, b.stays.company),
      stage: join(a.stays.stage, b.stays.stage),
      from: join(a.stays.from, b.stays.from),
      to: join(a.stays.to, b.stays.to),
      carried: join(a.stays.carried, b.stays.carried),
      resumed: join(a.stays.resumed, b.stays.resumed),
    },
    cycles: {
      length: a.cycles.length + b.cycles.length,
      company: join(a.cycles.company, b.cycles.company),
      startedAt: join(a.cycles.startedAt, b.cycles.startedAt),
      startMonth: join(a.cycles.startMonth, b.cycles.startMonth),
      reachedAt: a.cycles.reachedAt.map((step, k) => join(step, b.cycles.reachedAt[k]!)),
      heldMs: a.cycles.heldMs.map((step, k) => join(step, b.cycles.heldMs[k]!)),
      entered: join(a.cycles.entered, b.cycles.entered),
    },
    outcomes: {
      length: a.outcomes.length + b.outcomes.length,
      company: join(a.outcomes.company, b.outcomes.company),
      at: join(a.outcomes.at, b.outcomes.at),
      won: join(a.outcomes.won, b.outcomes.won),
      reason: join(a.outcomes.reason, b.outcomes.reason),
      month: join(a.outcomes.month, b.outcomes.month),
    },
  };
}

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

function pick<C extends Column>(column: C, rows: Int32Array): C {
  const picked = new (column.constructor as new (length: number) => C)(rows.length);
  for (let i = 0; i < rows.length; i++) picked[i] = column[rows[i]!]!;
  return picked;
}

function join<C extends Column>(a: C, b: C): C {
  const joined = new (a.constructor as new (length: number) => C)(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
