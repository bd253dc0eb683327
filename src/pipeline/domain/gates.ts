import type { LossReason } from './loss-reasons.js';
import { findStage, type PipelineDefinition, type PipelineField, type Stage } from './pipeline.js';

/*
 * Stage gates (SPEC R3.1): what a move must carry to enter a stage. One
 * rule for every path — board, company page, API, bulk actions, imports,
 * automatic moves and triggers all reach it through the stage writer.
 */

/** A value of an agency-defined field: text, a number, a date (YYYY-MM-DD) or a select option's key. */
export type FieldValue = string | number;

/** What a move carries to pass the target stage's gates. */
export interface GateInput {
  lossReason?: LossReason | undefined;
  /** Entering On hold: why, and the day to resume (YYYY-MM-DD). */
  hold?: { reason: string; resumeAt: string } | undefined;
  /** Why a move skips past the next stage, where the pipeline asks for it. */
  skipReason?: string | undefined;
  /** Ticked checklist items, as `stage.item`. */
  checklist?: readonly string[] | undefined;
  /** Values for the pipeline's fields, set with the move. */
  fields?: Readonly<Record<string, FieldValue | null>> | undefined;
}

/** A gate the move did not satisfy: the 422's `missing` list. */
export type MissingGate =
  | { kind: 'lossReason' }
  | { kind: 'hold' }
  | { kind: 'skipReason' }
  | { kind: 'checklist'; stage: string; items: string[] }
  | { kind: 'field'; field: string };

/** The stages that count for moving forward: active, in board order, without Lost and On hold. */
function progression(pipeline: PipelineDefinition): string[] {
  return pipeline.stages.filter((s) => s.active && s.outcome !== 'lost' && s.outcome !== 'on_hold').map((s) => s.key);
}

/** How far forward a move goes: 1 is the next stage, 2 or more skips; 0 or less is not forward. */
export function stepsForward(pipeline: PipelineDefinition, from: string, to: string): number {
  const order = progression(pipeline);
  const at = order.indexOf(from);
  const target = order.indexOf(to);
  return at < 0 || target < 0 ? 0 : target - at;
}

export interface GateOptions {
  /** An admin's override: the graph, the skip reason and the exit criteria do not apply; the target's own gates do. */
  override?: boolean | undefined;
}

/**
 * Every gate a move from `from` to `to` must pass, given what it carries
 * and the record's stored field values. Empty when the move may go ahead.
 * The target is assumed to be a stage of the pipeline.
 */
export function missingGates(
  pipeline: PipelineDefinition,
  from: string,
  to: string,
  input: GateInput,
  storedFields: Readonly<Record<string, unknown>> = {},
  options: GateOptions = {},
): MissingGate[] {
  const target = findStage(pipeline, to)!;
  const missing: MissingGate[] = [];
  for (const requirement of target.requires) {
    switch (requirement.kind) {
      case 'lossReason':
        if (!input.lossReason) missing.push({ kind: 'lossReason' });
        break;
      case 'hold':
        if (!input.hold?.reason.trim() || !input.hold.resumeAt) missing.push({ kind: 'hold' });
        break;
      case 'field':
        if (isBlank(input.fields?.[requirement.field]) && isBlank(storedFields[requirement.field])) {
          missing.push({ kind: 'field', field: requirement.field });
        }
        break;
      default:
        assertUnreachable(requirement);
    }
  }
  const ticked = new Set(input.checklist ?? []);
  const unticked = (stage: Stage, phase: 'entry' | 'exit') =>
    stage.checklist.filter((item) => item.phase === phase && !ticked.has(`${stage.key}.${item.key}`)).map((item) => item.key);
  const steps = stepsForward(pipeline, from, to);
  const source = findStage(pipeline, from);
  if (!options.override && source && steps > 0) {
    const exit = unticked(source, 'exit');
    if (exit.length > 0) missing.push({ kind: 'checklist', stage: source.key, items: exit });
  }
  const entry = unticked(target, 'entry');
  if (entry.length > 0) missing.push({ kind: 'checklist', stage: target.key, items: entry });
  if (!options.override && pipeline.skipNeedsReason && steps > 1 && !input.skipReason?.trim()) missing.push({ kind: 'skipReason' });
  return missing;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Problems with field values for the pipeline's fields: unknown keys, wrong types, unknown options. */
export function fieldValueIssues(fields: readonly PipelineField[], values: Readonly<Record<string, unknown>>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const field = fields.find((f) => f.key === key);
    const path = `fields.${key}`;
    if (!field) {
      issues.push({ path, message: 'not a field of this pipeline' });
      continue;
    }
    if (value === null) continue; // clears the value
    switch (field.type) {
      case 'text':
        if (typeof value !== 'string') issues.push({ path, message: 'expected text' });
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ path, message: 'expected a number' });
        break;
      case 'date':
        if (typeof value !== 'string' || !isIsoDate(value)) issues.push({ path, message: 'expected a date (YYYY-MM-DD)' });
        break;
      case 'select':
        if (typeof value !== 'string' || !field.options?.some((o) => o.key === value)) {
          issues.push({ path, message: `expected one of ${(field.options ?? []).map((o) => o.key).join(', ')}` });
        }
        break;
      default:
        assertUnreachable(field.type);
    }
  }
  return issues;
}

/** A calendar date YYYY-MM-DD that exists (no 31 February), between 1900 and 2200. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
