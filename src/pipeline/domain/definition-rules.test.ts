import { describe, expect, it } from 'vitest';
import { archivalMoves as planMoves, definitionIssues as checkDefinition, editIssues as checkEdit, under } from './definition-rules.js';
import { dutchFor } from '../../platform/http/messages.js';
import { PIPELINE_TEMPLATES, deal, recruitmentBd } from './templates/index.js';
import type { PipelineDefinition, Stage } from './pipeline.js';

/** A copy of Recruitment BD with `change` applied to a deep clone. */
function edited(change: (definition: PipelineDefinition) => void, from: PipelineDefinition = recruitmentBd): PipelineDefinition {
  const copy = structuredClone(from);
  change(copy);
  return copy;
}

/** Every message the rules gave in this file, to check each has Dutch. */
const given: { message: string }[] = [];
const record = <T extends { message: string }[]>(issues: T): T => (given.push(...issues), issues);
const definitionIssues = (definition: PipelineDefinition) => record(checkDefinition(definition));
const editIssues = (before: PipelineDefinition, after: PipelineDefinition) => record(checkEdit(before, after));
const archivalMoves = (...args: Parameters<typeof planMoves>) => {
  const plan = planMoves(...args);
  record(plan.issues);
  return plan;
};

const stage = (definition: PipelineDefinition, key: string): Stage => definition.stages.find((s) => s.key === key)!;
const paths = (issues: { path: string }[]) => issues.map((issue) => issue.path);

describe('definitionIssues', () => {
  it.each(PIPELINE_TEMPLATES.map((template) => [template.key, template] as const))('finds the %s template sound', (_key, template) => {
    expect(definitionIssues(template)).toEqual([]);
  });

  it('refuses a stage key used twice', () => {
    const twice = edited((d) => d.stages.push({ ...stage(d, 'won'), next: [] }));
    expect(paths(definitionIssues(twice))).toEqual(['stages.5.key']);
  });

  it('wants the entry stage to exist, be active and be open', () => {
    expect(definitionIssues(edited((d) => (d.entryStage = 'nowhere')))).toEqual([{ path: 'entryStage', message: 'is not a stage of the pipeline' }]);
    expect(paths(definitionIssues(edited((d) => (d.entryStage = 'won'))))).toEqual(['entryStage']);
    const archived = edited((d) => {
      stage(d, 'prospect').active = false;
      d.stages.forEach((s) => (s.next = s.next.filter((k) => k !== 'prospect')));
    });
    expect(definitionIssues(archived)).toEqual([
      { path: 'entryStage', message: 'must be an active stage: every new record starts there' },
      { path: 'automations.onOutreach.from', message: 'must be an active stage' },
    ]);
  });

  it('checks every move: to a stage there is, not to itself, not into an archived stage, not twice', () => {
    expect(definitionIssues(edited((d) => (d.stages[3]!.next = ['lost', 'nowhere'])))).toEqual([{ path: 'stages.3.next.1', message: 'is not a stage of the pipeline' }]);
    expect(paths(definitionIssues(edited((d) => (d.stages[3]!.next = ['won']))))).toEqual(['stages.3.next.0']);
    expect(paths(definitionIssues(edited((d) => (d.stages[4]!.next = ['prospect', 'prospect']))))).toEqual(['stages.4.next.1']);
    // Archiving Meeting while Prospect, Contacted still list it as a next stage.
    const archived = edited((d) => (stage(d, 'meeting').active = false));
    expect(definitionIssues(archived)).toEqual([
      { path: 'stages.0.next.1', message: 'is an archived stage: archived stages take no records' },
      { path: 'stages.1.next.1', message: 'is an archived stage: archived stages take no records' },
    ]);
  });

  it('wants field requirements to name fields of the pipeline, and no requirement twice', () => {
    const unknown = edited((d) => stage(d, 'won').requires.push({ kind: 'field', field: 'fee' }));
    expect(definitionIssues(unknown)).toEqual([{ path: 'stages.3.requires.0.field', message: 'is not a field of the pipeline' }]);
    const known = edited((d) => {
      d.fields.push({ key: 'fee', label: { nl: 'Fee', en: 'Fee' }, type: 'number' });
      stage(d, 'won').requires.push({ kind: 'field', field: 'fee' }, { kind: 'field', field: 'fee' });
      stage(d, 'lost').requires.push({ kind: 'lossReason' });
    });
    expect(paths(definitionIssues(known))).toEqual(['stages.3.requires.1', 'stages.4.requires.1']);
  });

  it('wants checklist item keys unique within their stage', () => {
    const item = { key: 'signed', label: { nl: 'Getekend', en: 'Signed' }, phase: 'entry' as const };
    expect(paths(definitionIssues(edited((d) => stage(d, 'won').checklist.push(item, { ...item, phase: 'exit' }))))).toEqual(['stages.3.checklist.1.key']);
  });

  it('wants select fields with options, options on select fields only, and unique keys', () => {
    const label = { nl: 'x', en: 'x' };
    const fields = edited((d) => {
      d.fields = [
        { key: 'sector', label, type: 'select' },
        { key: 'note', label, type: 'text', options: [{ key: 'a', label }] },
        { key: 'size', label, type: 'select', options: [{ key: 'small', label }, { key: 'small', label }] },
        { key: 'note', label, type: 'date' },
      ];
    });
    expect(definitionIssues(fields)).toEqual([
      { path: 'fields.0.options', message: 'a select field needs options' },
      { path: 'fields.1.options', message: 'only select fields have options' },
      { path: 'fields.2.options.1.key', message: 'another option has this key' },
      { path: 'fields.3.key', message: 'another field has this key' },
    ]);
  });

  it('allows at most one On hold stage', () => {
    const twice = edited((d) => d.stages.push({ ...stage(d, 'on_hold'), key: 'parked', next: [] }), deal);
    expect(definitionIssues(twice)).toEqual([{ path: 'stages.8.outcome', message: 'a pipeline has at most one On hold stage' }]);
  });

  it('wants automatic moves along the graph from an active stage', () => {
    expect(paths(definitionIssues(edited((d) => (d.automations.onOutreach = { from: 'prospect', to: 'prospect' }))))).toEqual(['automations.onOutreach.to']);
    expect(paths(definitionIssues(edited((d) => (d.automations.onOutreach = { from: 'gone', to: 'contacted' }))))).toEqual(['automations.onOutreach.from']);
    expect(paths(definitionIssues(edited((d) => (d.automations.whenJobsClosed = { from: 'won', to: 'meeting' }))))).toEqual(['automations.whenJobsClosed.to']);
  });
});

describe('editIssues', () => {
  it('allows renaming, recolouring, reordering, new stages and archiving', () => {
    const after = edited((d) => {
      stage(d, 'meeting').name = { nl: 'Afspraak', en: 'Appointment' };
      stage(d, 'meeting').color = 'teal';
      d.stages.reverse();
      d.stages.push({ ...stage(d, 'meeting'), key: 'proposal', next: [] });
      stage(d, 'contacted').active = false;
    });
    expect(editIssues(recruitmentBd, after)).toEqual([]);
  });

  it('refuses removing a stage (which is also how a key would change) and changing the kind', () => {
    const after = edited((d) => {
      d.kind = 'leads';
      stage(d, 'meeting').key = 'appointment';
    });
    expect(editIssues(recruitmentBd, after)).toEqual([
      { path: 'kind', message: "a pipeline's kind never changes" },
      { path: 'stages', message: "stage 'meeting' is missing: stages are never removed; archive it (active: false) instead" },
    ]);
  });
});

describe('archivalMoves', () => {
  const archived = edited((d) => {
    stage(d, 'meeting').active = false;
    d.stages.forEach((s) => (s.next = s.next.filter((k) => k !== 'meeting')));
  });

  it('needs a target for a stage archived with records in it', () => {
    expect(archivalMoves(archived, { meeting: 2, prospect: 5 }, {})).toEqual({
      moves: [],
      issues: [{ path: 'moves.meeting', message: 'the stage holds 2 record(s): name an active stage to move them to' }],
    });
  });

  it('plans the moves of stages that hold records, and needs none for an empty one', () => {
    expect(archivalMoves(archived, { meeting: 2 }, { meeting: 'contacted' })).toEqual({ moves: [{ from: 'meeting', to: 'contacted' }], issues: [] });
    expect(archivalMoves(archived, {}, {})).toEqual({ moves: [], issues: [] });
    expect(archivalMoves(archived, {}, { meeting: 'contacted' })).toEqual({ moves: [], issues: [] });
  });

  it('refuses moves from a stage not archived, or to one that is not active', () => {
    expect(archivalMoves(archived, { meeting: 1 }, { meeting: 'meeting', prospect: 'won' }).issues).toEqual([
      { path: 'moves.meeting', message: 'must be an active stage of the new definition' },
      { path: 'moves.prospect', message: 'is not a stage this change archives' },
    ]);
    expect(archivalMoves(archived, { meeting: 1 }, { meeting: 'nowhere' }).issues).toEqual([{ path: 'moves.meeting', message: 'must be an active stage of the new definition' }]);
  });
});

describe('under', () => {
  it('puts paths under a prefix', () => {
    expect(under('definition', [{ path: 'stages.3.next.0', message: 'm' }, { path: '', message: 'n' }])).toEqual([
      { path: 'definition.stages.3.next.0', message: 'm' },
      { path: 'definition', message: 'n' },
    ]);
  });
});

describe('messages', () => {
  it('has Dutch for every message the rules gave above', () => {
    expect(given.length).toBeGreaterThan(20);
    expect(given.filter(({ message }) => dutchFor(message) === undefined)).toEqual([]);
  });
});
