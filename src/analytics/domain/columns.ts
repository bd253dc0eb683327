/*
 * The replayed stage logs of many companies as columns of numbers, one row
 * per stay, cycle or outcome. The dashboard's figures loop over hundreds of
 * thousands of rows per request; over objects and Dates that costs most of
 * a second in cache misses, over typed arrays a few milliseconds. Times are
 * epoch milliseconds; `company` numbers each row's company so a caller can
 * keep or replace one company's rows (see selectCompanies).
 */

/**
 * Stays: `stage` indexes pipeline.stages; an open stay ends at +Infinity.
 * `carried` is the time in the same stage before an On-hold pause this stay
 * resumes; `resumed` = 1 marks a stay whose time a later one carries (see
 * pauseOnHold).
 */
export interface StayColumns {
  length: number;
  company: Int32Array;
  stage: Uint8Array;
  from: Float64Array;
  to: Float64Array;
  carried: Float64Array;
  resumed: Uint8Array;
}

/**
 * Cycles: `reachedAt[s]` is when funnel step s (funnelStages order) was
 * reached, NaN when not; `heldMs[s]` the time on hold before that;
 * `entered` the step a cycle that came from another pipeline entered at
 * (0 otherwise): steps up to it were passed on entry.
 */
export interface CycleColumns {
  length: number;
  company: Int32Array;
  startedAt: Float64Array;
  /** The UTC month the cycle started, as year × 12 + month (see monthNumber). */
  startMonth: Int32Array;
  reachedAt: Float64Array[];
  heldMs: Float64Array[];
  entered: Uint8Array;
}

/** Moves into a won stage (won = 1) or a lost one (won = 0, `reason` indexes LOSS_REASON_GROUPS). */
export interface OutcomeColumns {
  length: number;
  company: Int32Array;
  at: Float64Array;
  won: Uint8Array;
  reason: Uint8Array;
  month: Int32Array;
}

export interface PipelineColumns {
  stays: StayColumns;
  cycles: CycleColumns;
  outcomes: OutcomeColumns;
}
