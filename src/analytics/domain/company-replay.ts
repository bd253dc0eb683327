import type { PipelineDefinition as Pipeline } from '../../pipeline/domain/index.js';
import { outcomes, type Outcome } from './outcomes.js';
import { pauseOnHold, stageCycles, stageIntervals, type Cycle, type StageEvent, type StageInterval } from './stage-history.js';

/**
 * One company's stage log, replayed: its stays, its cycles and its moves
 * into Won or Lost. It depends on the log alone (not on a period or on
 * now), so it can be kept while the log does not grow.
 */
export interface CompanyReplay {
  intervals: StageInterval[];
  cycles: Cycle[];
  outcomes: Outcome[];
}

export function replayCompany(pipeline: Pipeline, events: readonly StageEvent[]): CompanyReplay {
  return { intervals: pauseOnHold(pipeline, stageIntervals(events)), cycles: stageCycles(pipeline, events), outcomes: outcomes(pipeline, events) };
}
