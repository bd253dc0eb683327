/*
 * What the dashboard asks of a pipeline's stages, by outcome rather than by
 * key: every agency names its own stages (SPEC R3.1).
 */

export type StageOutcome = 'won' | 'lost' | 'on_hold';

interface StageLike {
  key: string;
  outcome?: StageOutcome | undefined;
}

/** The key of the first stage with this outcome (board order), if any. */
export function stageWithOutcome(stages: readonly StageLike[], outcome: StageOutcome): string | undefined {
  return stages.find((stage) => stage.outcome === outcome)?.key;
}

/**
 * The velocity headline's steps: the won step and the one before it (for
 * Recruitment BD: Meeting and Won; for a deal pipeline: Closing and Won).
 * Without a won stage, the last two steps.
 */
export function headlineSteps<R extends { stage: string }>(velocity: readonly R[], outcomeOf: (key: string) => StageOutcome | undefined): R[] {
  const won = velocity.findIndex((row) => outcomeOf(row.stage) === 'won');
  const end = won === -1 ? velocity.length : won + 1;
  return velocity.slice(Math.max(0, end - 2), end);
}
