import { LOSS_REASONS, isOpenStage, missingGates, type Pipeline } from '../pipeline/domain/index.js';
import { DAY_MS } from '../platform/time/days.js';
import { HOLD_REASONS } from './dossier-texts.js';
import type { Random } from './random.js';

/*
 * The stages the demo's leads and opportunities pass through, read from
 * the agency's own Leads and Opportunities pipelines as installed (stages
 * are data: the demo names none of them), and what each move carries for
 * the target's gates.
 */

/** A lead's story: where it starts, the open stage it is worked in, and its end stages. */
export interface LeadStages {
  pipeline: Pipeline;
  entry: string;
  /** The first open stage after the entry stage in board order: the lead is being worked on. */
  working: string;
  /** The stage counted as won: the lead is qualified and may convert. */
  won: string;
  lost: string;
}

/** An opportunity's story: its entry stage, the open stages after it in board order, its end stages and where it waits. */
export interface OpportunityStages {
  pipeline: Pipeline;
  entry: string;
  steps: string[];
  won: string;
  lost: string;
  onHold: string | undefined;
}

const openAfterEntry = (pipeline: Pipeline) => {
  const open = pipeline.stages.filter((stage) => stage.active && isOpenStage(stage)).map((stage) => stage.key);
  return open.slice(open.indexOf(pipeline.entryStage) + 1);
};
const ending = (pipeline: Pipeline, outcome: 'won' | 'lost' | 'on_hold') => pipeline.stages.find((stage) => stage.active && stage.outcome === outcome)?.key;

/** Reads a lead's story stages from a leads pipeline; throws when it lacks one. */
export function leadStages(pipeline: Pipeline): LeadStages {
  const [working] = openAfterEntry(pipeline);
  const won = ending(pipeline, 'won');
  const lost = ending(pipeline, 'lost');
  if (!working || !won || !lost) throw new Error(`the demo's leads need an open stage after the entry stage, and Won and Lost stages; '${pipeline.name.en}' lacks one`);
  return { pipeline, entry: pipeline.entryStage, working, won, lost };
}

/** Reads an opportunity's story stages from an opportunities pipeline; throws when it lacks one. */
export function opportunityStages(pipeline: Pipeline): OpportunityStages {
  const won = ending(pipeline, 'won');
  const lost = ending(pipeline, 'lost');
  if (!won || !lost) throw new Error(`the demo's opportunities need Won and Lost stages; '${pipeline.name.en}' lacks one`);
  return { pipeline, entry: pipeline.entryStage, steps: openAfterEntry(pipeline), won, lost, onHold: ending(pipeline, 'on_hold') };
}

/** What a stage change request carries for the gates (changeDossierStage's gate fields). */
export interface GateFields {
  lossReason?: string;
  holdReason?: string;
  resumeAt?: string;
  skipReason?: string;
  checklist?: string[];
  fields?: Record<string, string | number>;
}

/** What the story already knows about a move: why it was lost, why it waits. */
export interface ToldGates {
  lossReason?: string | undefined;
  holdReason?: string | undefined;
}

/**
 * The gate fields a move from `from` to `to` at `at` carries: what the
 * story tells, and for every gate the pipeline's own rule (missingGates)
 * still finds unmet, a value the team would give — a standard loss reason,
 * a hold with a day to resume, the checklist items ticked, a value for a
 * required field. The stage writer then checks them as for any user.
 */
export function gatesFor(pipeline: Pipeline, from: string, to: string, told: ToldGates, random: Random, at: number): GateFields {
  const gates: GateFields = {};
  if (told.lossReason) gates.lossReason = told.lossReason;
  if (told.holdReason) Object.assign(gates, { holdReason: told.holdReason, resumeAt: isoDate(at + random.int(21, 75) * DAY_MS) });
  for (const gate of missingGates(pipeline, from, to, { lossReason: told.lossReason ? { lossReason: 'other', lossReasonText: told.lossReason } : undefined, hold: gates.holdReason ? { reason: gates.holdReason, resumeAt: gates.resumeAt! } : undefined })) {
    switch (gate.kind) {
      case 'lossReason':
        gates.lossReason = random.pick(LOSS_REASONS).key;
        break;
      case 'hold':
        Object.assign(gates, { holdReason: random.pick(HOLD_REASONS), resumeAt: isoDate(at + random.int(21, 75) * DAY_MS) });
        break;
      case 'skipReason':
        gates.skipReason = 'Klant wil sneller door; stap in overleg overgeslagen.';
        break;
      case 'checklist':
        gates.checklist = [...(gates.checklist ?? []), ...gate.items.map((item) => `${gate.stage}.${item}`)];
        break;
      case 'field':
        gates.fields = { ...gates.fields, [gate.field]: fieldValue(pipeline, gate.field, random, at) };
        break;
    }
  }
  return gates;
}

/** A plausible value for one of the pipeline's own fields, by its type. */
function fieldValue(pipeline: Pipeline, key: string, random: Random, at: number): string | number {
  const field = pipeline.fields.find((candidate) => candidate.key === key);
  switch (field?.type) {
    case 'number':
      return random.int(1, 10);
    case 'date':
      return isoDate(at + random.int(7, 60) * DAY_MS);
    case 'select':
      return field.options?.length ? random.pick(field.options).key : 'ja';
    default:
      return 'Besproken met de klant.';
  }
}

/** The calendar day (UTC) of a moment, as YYYY-MM-DD. */
export const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
