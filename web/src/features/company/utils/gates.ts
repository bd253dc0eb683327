import { missingGates, type MissingGate as DomainGate } from '../../../../../src/pipeline/domain/gates.js';
import type { PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import type { MissingGate, Pipeline } from '../../../api/client';

/*
 * What the move dialog asks for: exactly the gates the pipeline's rule
 * (src/pipeline/domain/gates.ts, the server's own) finds missing for the
 * chosen move, plus any the server named when it refused one.
 */

export interface GateQuestion {
  /** The pipeline whose stages (checklist labels) and fields the gates refer to. */
  pipeline: Pipeline;
  /** The stage the record leaves; '' when it enters another pipeline (no exit criteria, no skips). */
  from: string;
  to: string;
  /** The record's stored field values: a required field already set is not asked again. */
  stored: Readonly<Record<string, unknown>>;
  override?: boolean;
}

/** The gates to ask for, in the rule's order, with the server's extra ones after. */
export function gatesToAsk(question: GateQuestion, fromServer: readonly MissingGate[] = []): DomainGate[] {
  const asked = missingGates(question.pipeline as PipelineDefinition, question.from, question.to, {}, question.stored, { override: question.override });
  const key = (gate: MissingGate | DomainGate) => `${gate.kind}:${'stage' in gate ? gate.stage : ''}:${'field' in gate ? gate.field : ''}`;
  const seen = new Set(asked.map(key));
  for (const gate of fromServer) {
    if (seen.has(key(gate))) continue;
    seen.add(key(gate));
    const known = toDomainGate(gate);
    if (known) asked.push(known);
  }
  return asked;
}

function toDomainGate(gate: MissingGate): DomainGate | null {
  switch (gate.kind) {
    case 'lossReason':
    case 'hold':
    case 'skipReason':
      return { kind: gate.kind };
    case 'checklist':
      return gate.stage && gate.items ? { kind: 'checklist', stage: gate.stage, items: gate.items } : null;
    case 'field':
      return gate.field ? { kind: 'field', field: gate.field } : null;
    default:
      return null;
  }
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
 * The gate part of a move request from the dialog's form: the named inputs
 * of GateFields (lossReason is passed in, it has its own control).
 */
export function gateBody(form: FormData, pipeline: Pipeline, lossReason: string | undefined): Record<string, unknown> {
  const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
  const fields: Record<string, string | number> = {};
  for (const field of pipeline.fields) {
    const raw = form.get(`field.${field.key}`);
    const value = raw === null ? undefined : fieldValue(field.type, String(raw));
    if (value !== undefined) fields[field.key] = value;
  }
  const checklist = form.getAll('checklist').map(String);
  return {
    lossReason,
    holdReason: text('holdReason'),
    resumeAt: text('resumeAt'),
    skipReason: text('skipReason'),
    checklist: checklist.length > 0 ? checklist : undefined,
    fields: Object.keys(fields).length > 0 ? fields : undefined,
  };
}
