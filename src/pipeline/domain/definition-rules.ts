import type { FieldIssue } from '../../platform/errors.js';
import { BUILT_IN_RULE_KEYS, findStage, type PipelineDefinition } from './pipeline.js';

/*
 * What makes a pipeline definition sound, and an edit of one safe (SPEC
 * R3.1, R3.3). The zod schema (pipeline-definition.schema.ts) checks each
 * value's shape; these rules check how the parts refer to each other, so a
 * definition the database would refuse, or one that could strand a record,
 * is a field error with its path (`stages.3.next.0`) instead.
 */

const NOT_A_STAGE = 'is not a stage of the pipeline';
const LISTED_TWICE = 'is listed twice';

/** Problems within one definition; empty when it is sound. Paths are relative to the definition. */
export function definitionIssues(definition: PipelineDefinition): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const seenStages = new Set<string>();
  definition.stages.forEach((stage, index) => {
    if (seenStages.has(stage.key)) add(`stages.${index}.key`, 'another stage has this key');
    seenStages.add(stage.key);
  });

  const entry = findStage(definition, definition.entryStage);
  if (!entry) add('entryStage', NOT_A_STAGE);
  else if (!entry.active) add('entryStage', 'must be an active stage: every new record starts there');
  else if (entry.outcome !== undefined) add('entryStage', 'must be an open stage (one without an outcome)');

  const onHold = definition.stages.flatMap((stage, index) => (stage.outcome === 'on_hold' ? [index] : []));
  for (const index of onHold.slice(1)) add(`stages.${index}.outcome`, 'a pipeline has at most one On hold stage');

  const fieldKeys = new Set(definition.fields.map((field) => field.key));
  definition.stages.forEach((stage, index) => {
    const at = `stages.${index}`;
    stage.next.forEach((key, position) => {
      const path = `${at}.next.${position}`;
      const target = findStage(definition, key);
      if (!target) add(path, NOT_A_STAGE);
      else if (key === stage.key) add(path, 'a stage cannot move to itself');
      else if (!target.active) add(path, 'is an archived stage: archived stages take no records');
      else if (stage.next.indexOf(key) !== position) add(path, LISTED_TWICE);
    });
    const requirements = stage.requires.map((requirement) => (requirement.kind === 'field' ? `field:${requirement.field}` : requirement.kind));
    stage.requires.forEach((requirement, position) => {
      if (requirement.kind === 'field' && !fieldKeys.has(requirement.field)) add(`${at}.requires.${position}.field`, 'is not a field of the pipeline');
      else if (requirements.indexOf(requirements[position]!) !== position) add(`${at}.requires.${position}`, LISTED_TWICE);
    });
    const items = stage.checklist.map((item) => item.key);
    items.forEach((key, position) => {
      if (items.indexOf(key) !== position) add(`${at}.checklist.${position}.key`, 'another item of this stage has this key');
    });
  });

  const fields = definition.fields.map((field) => field.key);
  definition.fields.forEach((field, index) => {
    const at = `fields.${index}`;
    if (fields.indexOf(field.key) !== index) add(`${at}.key`, 'another field has this key');
    if (field.type === 'select' && !field.options?.length) add(`${at}.options`, 'a select field needs options');
    if (field.type !== 'select' && field.options !== undefined) add(`${at}.options`, 'only select fields have options');
    const options = (field.options ?? []).map((option) => option.key);
    options.forEach((key, position) => {
      if (options.indexOf(key) !== position) add(`${at}.options.${position}.key`, 'another option has this key');
    });
  });

  for (const name of BUILT_IN_RULE_KEYS) {
    const rule = definition.automations[name];
    if (!rule) continue;
    const at = `automations.${name}`;
    const from = findStage(definition, rule.from);
    if (!from) add(`${at}.from`, NOT_A_STAGE);
    else if (!from.active) add(`${at}.from`, 'must be an active stage');
    // The system moves like anyone else: only along the graph (so never into an archived stage).
    else if (!from.next.includes(rule.to)) add(`${at}.to`, 'must be one of the next stages of the from stage');
  }
  return issues;
}

/** Problems with replacing `before` by `after`; empty when the edit is allowed. Paths are relative to the definition. */
export function editIssues(before: PipelineDefinition, after: PipelineDefinition): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (after.kind !== before.kind) issues.push({ path: 'kind', message: "a pipeline's kind never changes" });
  // History, analytics and records name stage keys: a stage stays, archived at most, and its key never changes.
  for (const stage of before.stages) {
    if (!findStage(after, stage.key)) {
      issues.push({ path: 'stages', message: `stage '${stage.key}' is missing: stages are never removed; archive it (active: false) instead` });
    }
  }
  return issues;
}

/** A move of every record in an archived stage to an active one. */
export interface ArchivalMove {
  from: string;
  to: string;
}

/**
 * The moves an edit must make so that no record is left in a stage it
 * archives (R3.3): every stage `after` archives that holds records needs a
 * target in `moves`, an active stage of `after`. `records` counts the live
 * records by stage. Paths are relative to the request (`moves.meeting`).
 */
export function archivalMoves(
  after: PipelineDefinition,
  records: Readonly<Record<string, number>>,
  moves: Readonly<Record<string, string>>,
): { moves: ArchivalMove[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const planned: ArchivalMove[] = [];
  for (const [from, to] of Object.entries(moves)) {
    const path = `moves.${from}`;
    if (findStage(after, from)?.active !== false) issues.push({ path, message: 'is not a stage this change archives' });
    else if (findStage(after, to)?.active !== true) issues.push({ path, message: 'must be an active stage of the new definition' });
    else if ((records[from] ?? 0) > 0) planned.push({ from, to });
  }
  for (const stage of after.stages) {
    const count = records[stage.key] ?? 0;
    if (!stage.active && count > 0 && !Object.hasOwn(moves, stage.key)) {
      issues.push({ path: `moves.${stage.key}`, message: `the stage holds ${count} record(s): name an active stage to move them to` });
    }
  }
  return { moves: planned, issues };
}

/** The issues with their paths under `prefix` (e.g. `definition`). */
export function under(prefix: string, issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path ? `${prefix}.${issue.path}` : prefix }));
}
