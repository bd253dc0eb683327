/** A pipeline is data: its stages, their order, colours and transition map. */

export type Locale = 'nl' | 'en';
export type LocalizedText = Readonly<Record<Locale, string>>;

export type StageColor = 'grey' | 'blue' | 'purple' | 'green' | 'red' | 'orange' | 'yellow' | 'teal';

/** How a stage ends the pipeline, if it does. */
export type StageOutcome = 'won' | 'lost' | 'other';

/** Fields a status change must carry to enter a stage. */
export type RequiredField = 'lossReason';

export interface Stage {
  key: string;
  name: LocalizedText;
  color: StageColor;
  /** Icon name for the board header (lucide naming). */
  icon: string;
  /** Stages whose outcome is set are end stages. */
  outcome?: StageOutcome;
  /** Stage keys a record in this stage may move to. */
  next: readonly string[];
  /** Fields required to enter this stage. */
  requires: readonly RequiredField[];
  /** Days in this stage after which a record counts as stale; none for end stages. */
  staleAfterDays?: number;
}

export interface Pipeline {
  key: string;
  name: LocalizedText;
  /** Stages in board order. */
  stages: readonly Stage[];
  /** The stage every record enters on creation. */
  entryStage: string;
  /**
   * Moves applied by the system when outreach is logged, e.g. the first
   * outreach to a Prospect moves it to Contacted.
   */
  onOutreach?: { from: string; to: string };
}

/** The stage with this key, or undefined when the pipeline has no such stage. */
export function findStage(pipeline: Pipeline, key: string): Stage | undefined {
  return pipeline.stages.find((stage) => stage.key === key);
}

/** Stage keys in board order. */
export function stageKeys(pipeline: Pipeline): string[] {
  return pipeline.stages.map((stage) => stage.key);
}
