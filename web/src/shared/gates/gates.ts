import { missingGates, stepsForward, type MissingGate } from '../../../../src/pipeline/domain/gates.js';
import type { PipelineDefinition } from '../../../../src/pipeline/domain/pipeline.js';
import type { MissingGate as ProblemGate, Pipeline } from '../../api/client';

export type { MissingGate };

/*
 * The stage-gate questions of a move, for every dialog that moves a record
 * (the board's drop, the company page's move): what to ask is exactly what
 * the pipeline's rule (src/pipeline/domain/gates.ts, the server's own)
 * finds missing, plus whatever a refusal named; the answers become the
 * gate part of the one request the move sends.
 */

/**
 * A pipeline as the API sends it, read as the domain's definition: the
 * server builds and validates it with the same schema (pipelineDefinitionSchema),
 * only the generated API types spell the enums as plain strings.
 */
export function asDefinition(pipeline: Pipeline): PipelineDefinition {
  return pipeline as PipelineDefinition;
}

export interface AskOptions {
  /** An admin's override: the exit criteria and the skip reason do not apply. */
  override?: boolean | undefined;
}

/**
 * The gates to ask for a move from `from` ('' when the record enters the
 * pipeline: no exit criteria, no skips) to `to`, given the record's stored
 * field values (a required field already set is not asked again): the
 * rule's, in its order, then those the server named that the rule did not.
 */
export function gatesToAsk(
  definition: PipelineDefinition,
  from: string,
  to: string,
  stored: Readonly<Record<string, unknown>>,
  options: AskOptions = {},
  fromServer: readonly ProblemGate[] = [],
): MissingGate[] {
  const asked = missingGates(definition, from, to, {}, stored, { override: options.override });
  const key = (gate: ProblemGate | MissingGate) => `${gate.kind}:${'stage' in gate ? gate.stage : ''}:${'field' in gate ? gate.field : ''}`;
  const seen = new Set(asked.map(key));
  for (const gate of gatesFromProblem(fromServer)) {
    if (seen.has(key(gate))) continue;
    seen.add(key(gate));
    asked.push(gate);
  }
  return asked;
}

/** The gates a 422 problem lists, in the domain's shape; entries this build cannot ask for are left out. */
export function gatesFromProblem(missing: readonly ProblemGate[]): MissingGate[] {
  return missing.flatMap((gate): MissingGate[] => {
    switch (gate.kind) {
      case 'lossReason':
      case 'hold':
      case 'skipReason':
        return [{ kind: gate.kind }];
      case 'checklist':
        return gate.stage && gate.items ? [{ kind: 'checklist', stage: gate.stage, items: gate.items }] : [];
      case 'field':
        return gate.field ? [{ kind: 'field', field: gate.field }] : [];
      default:
        return [];
    }
  });
}

/** The stages a forward move jumps over (shown with the skip reason), in pipeline order. */
export function skippedStages(definition: PipelineDefinition, from: string, to: string): string[] {
  const steps = stepsForward(definition, from, to);
  if (steps <= 1) return [];
  return definition.stages.map((s) => s.key).filter((key) => stepsForward(definition, from, key) > 0 && stepsForward(definition, from, key) < steps);
}

/** What a move carries for the gates, as the move requests (POST …/status, …/pipeline) take it. */
export interface GateValues {
  lossReason?: string | undefined;
  lossReasonText?: string | undefined;
  holdReason?: string | undefined;
  resumeAt?: string | undefined;
  skipReason?: string | undefined;
  /** Ticked items as `stage.item`. */
  checklist?: string[] | undefined;
  fields?: Record<string, string | number | null> | undefined;
  description?: string | undefined;
}

/** Values given before (a refused attempt) and now: the newer answer wins, ticked items add up. */
export function mergeGateValues(before: GateValues, now: GateValues): GateValues {
  const merged: GateValues = { ...before };
  for (const [key, value] of Object.entries(now) as [keyof GateValues, GateValues[keyof GateValues]][]) {
    if (value !== undefined && key !== 'checklist' && key !== 'fields') (merged as Record<string, unknown>)[key] = value;
  }
  const checklist = [...new Set([...(before.checklist ?? []), ...(now.checklist ?? [])])];
  if (checklist.length > 0) merged.checklist = checklist;
  if (before.fields || now.fields) merged.fields = { ...before.fields, ...now.fields };
  return merged;
}

/**
 * A field value as the API takes it: numbers for number fields (a decimal
 * comma too), text otherwise; blank is absent. Text that is no number is
 * sent as it is, so the server names the field instead of the value
 * silently clearing.
 */
export function fieldValue(type: string, raw: string): string | number | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (type !== 'number') return value;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : value;
}

/**
 * The answers to `gates` from a form holding GateFields' inputs, as the
 * move request takes them; only what was asked is read. The loss reason
 * is passed in: its control keeps its own state (LossReasonFields).
 */
export function gateValues(form: FormData, gates: readonly MissingGate[], definition: PipelineDefinition, lossReason: string | undefined): GateValues {
  const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
  const values: GateValues = {};
  const fields: Record<string, string | number> = {};
  for (const gate of gates) {
    switch (gate.kind) {
      case 'lossReason':
        values.lossReason = lossReason || undefined;
        break;
      case 'hold':
        values.holdReason = text('holdReason');
        values.resumeAt = text('resumeAt');
        break;
      case 'skipReason':
        values.skipReason = text('skipReason');
        break;
      case 'checklist': {
        const ticked = form.getAll('checklist').map(String);
        if (ticked.length > 0) values.checklist = ticked;
        break;
      }
      case 'field': {
        const type = definition.fields.find((f) => f.key === gate.field)?.type ?? 'text';
        const value = fieldValue(type, String(form.get(`field.${gate.field}`) ?? ''));
        if (value !== undefined) fields[gate.field] = value;
        break;
      }
    }
  }
  if (Object.keys(fields).length > 0) values.fields = fields;
  return values;
}

/** Tomorrow as YYYY-MM-DD in the user's own calendar: the earliest day to resume. */
export function tomorrow(now: Date): string {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
}
