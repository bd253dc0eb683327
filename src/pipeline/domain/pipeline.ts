/**
 * A pipeline is agency data (SPEC R3.1): its stages in order, their names,
 * colours, outcomes and gates, the allowed moves between them, the fields
 * its records carry, and the moves the system makes on its own. Every edit
 * makes a new version; stage activities record the version they were
 * decided under, so a later edit never makes old history illegal.
 */

export type Locale = 'nl' | 'en';
export type LocalizedText = Record<Locale, string>;

export const STAGE_COLORS = ['grey', 'blue', 'purple', 'green', 'red', 'orange', 'yellow', 'teal'] as const;
export type StageColor = (typeof STAGE_COLORS)[number];

/** Icon names (lucide naming) a stage may show. */
export const STAGE_ICONS = ['users', 'phone', 'calendar', 'trophy', 'x-circle', 'send', 'check-circle', 'moon', 'pause', 'search', 'eye', 'handshake', 'file-text', 'star', 'flag', 'briefcase'] as const;
export type StageIcon = (typeof STAGE_ICONS)[number];

/** How a stage ends or parks a record: Won and Lost end a cycle; On hold parks it (its time counts nowhere). */
export const STAGE_OUTCOMES = ['won', 'lost', 'on_hold'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

/** What a pipeline's records are. */
export const PIPELINE_KINDS = ['clients', 'leads', 'opportunities'] as const;
export type PipelineKind = (typeof PIPELINE_KINDS)[number];

/** A stage gate: what a move must carry to enter the stage. */
export type Requirement =
  /** A standard loss reason or free text (SPEC R2.4). */
  | { kind: 'lossReason' }
  /** A reason and the date to resume (On hold). */
  | { kind: 'hold' }
  /** A value for one of the pipeline's agency-defined fields. */
  | { kind: 'field'; field: string };

export interface ChecklistItem {
  /** Stable within its stage. */
  key: string;
  label: LocalizedText;
  /** Entry criteria must be ticked to enter the stage; exit criteria ("move on when") to move forward out of it. */
  phase: 'entry' | 'exit';
}

/** A follow-up reminder the system suggests for records that sit in a stage (SPEC R7.2). */
export interface FollowUpRule {
  afterDays: number;
  /** What starts the wait: entering the stage, or the latest follow-up (outreach or call) since then. */
  from: 'stage_entered' | 'last_follow_up';
}

export interface Stage {
  /** Immutable: history and analytics refer to it. */
  key: string;
  name: LocalizedText;
  color: StageColor;
  icon: StageIcon;
  outcome?: StageOutcome | undefined;
  /** Stage keys a record in this stage may move to. */
  next: string[];
  /** Gates to enter this stage. */
  requires: Requirement[];
  /** Items that must all be ticked to enter this stage (entry criteria). */
  checklist: ChecklistItem[];
  /** Days in this stage after which a record counts as stale; none for end stages. */
  staleAfterDays?: number | undefined;
  followUp?: FollowUpRule | undefined;
  /** Chance (0–100) that a record in this open stage is won, for the weighted forecast. */
  probability?: number | undefined;
  /** Stage group (phase group) key, e.g. `open`, `closing`. */
  group?: string | undefined;
  /** Archived stages keep their history but take no records. */
  active: boolean;
}

export const FIELD_TYPES = ['text', 'number', 'date', 'select'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** An agency-defined field on a pipeline's records. */
export interface PipelineField {
  key: string;
  label: LocalizedText;
  type: FieldType;
  /** The choices of a `select` field. */
  options?: { key: string; label: LocalizedText }[] | undefined;
}

/** Moves the system makes on its own (built-in rules of a template, recorded as automatic). */
export interface Automations {
  /** The first outreach to a record in `from` moves it to `to` (seed 000). */
  onOutreach?: { from: string; to: string } | undefined;
  /** A record in `from` whose jobs have all closed moves to `to` (seed 003: Active → Dormant). */
  whenJobsClosed?: { from: string; to: string } | undefined;
}

/** The built-in rules a template can have (SPEC R4.6: today's automatic moves, on by default). */
export type BuiltInRuleKey = keyof Automations;
export const BUILT_IN_RULE_KEYS = ['onOutreach', 'whenJobsClosed'] as const satisfies readonly BuiltInRuleKey[];
/** How the timeline and the firing log name them (the web says them in the user's language by key). */
export const BUILT_IN_RULE_NAMES: Record<BuiltInRuleKey, string> = { onOutreach: 'First outreach', whenJobsClosed: 'All jobs closed' };

/** What a template holds and an admin edits. */
export interface PipelineDefinition {
  kind: PipelineKind;
  name: LocalizedText;
  /** Stages in board order, archived ones included. */
  stages: Stage[];
  /** The stage every record enters on creation. */
  entryStage: string;
  /** A move forward past the next stage must carry a reason (seed 004). */
  skipNeedsReason: boolean;
  fields: PipelineField[];
  automations: Automations;
}

/** A template an agency starts a pipeline from. */
export interface PipelineTemplate extends PipelineDefinition {
  key: string;
}

/** An agency's pipeline at one version. */
export interface Pipeline extends PipelineDefinition {
  id: string;
  version: number;
  templateKey: string | null;
  isDefault: boolean;
  archived: boolean;
}

/** The stage with this key, or undefined when the pipeline has no such stage. */
export function findStage(pipeline: PipelineDefinition, key: string): Stage | undefined {
  return pipeline.stages.find((stage) => stage.key === key);
}

/** Stage keys in board order, archived ones included. */
export function stageKeys(pipeline: PipelineDefinition): string[] {
  return pipeline.stages.map((stage) => stage.key);
}

/** The stages a record can be in now, in board order. */
export function activeStages(pipeline: PipelineDefinition): Stage[] {
  return pipeline.stages.filter((stage) => stage.active);
}

/** Open stages: no outcome; a record there is being worked on. */
export function isOpenStage(stage: Stage): boolean {
  return stage.outcome === undefined;
}

/** True when the stage parks records: time there counts in no stage figure and never goes stale. */
export function isOnHold(pipeline: PipelineDefinition, key: string): boolean {
  return findStage(pipeline, key)?.outcome === 'on_hold';
}
