import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { fieldValueIssues, isIsoDate, missingGates, stepsForward } from './gates.js';
import type { PipelineDefinition } from './pipeline.js';
import { decidePipelineChange } from './pipeline-change.js';
import { deal, recruitmentBd } from './templates/index.js';
import { decideStatusChange } from './transitions.js';

const now = new Date('2026-06-01T08:00:00.000Z');
const at = (status: string, fields: Record<string, unknown> = {}) => ({ status, fields });
const ticked = (stage: string, phase: 'entry' | 'exit') =>
  deal.stages.find((s) => s.key === stage)!.checklist.filter((i) => i.phase === phase).map((i) => `${stage}.${i.key}`);
/** Lead's exit criteria and Qualification's entry criteria: what Lead → Qualification needs. */
const leadToQualification = [...ticked('lead', 'exit'), ...ticked('qualification', 'entry')];

/** Deal with an agency field `budget` (number) required to enter Negotiation. */
const withBudget: PipelineDefinition = {
  ...deal,
  fields: [
    { key: 'budget', label: { nl: 'Budget', en: 'Budget' }, type: 'number' },
    { key: 'source', label: { nl: 'Bron', en: 'Source' }, type: 'select', options: [{ key: 'web', label: { nl: 'Website', en: 'Website' } }] },
  ],
  stages: deal.stages.map((s) => (s.key === 'negotiation' ? { ...s, requires: [{ kind: 'field' as const, field: 'budget' }] } : s)),
};

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('stage gates', () => {
  it('loss reason: Lost needs one, and a missing one alone is loss-reason-required', () => {
    expect(missingGates(recruitmentBd, 'meeting', 'lost', {})).toEqual([{ kind: 'lossReason' }]);
    expect(missingGates(recruitmentBd, 'meeting', 'lost', { lossReason: { lossReason: 'no_response' } })).toEqual([]);
    const error = refusal(() => decideStatusChange(recruitmentBd, at('meeting'), { to: 'lost' }, now));
    expect(error.code).toBe('LOSS_REASON_REQUIRED');
    expect(error.data).toMatchObject({ missing: [{ kind: 'lossReason' }] });
  });

  it('On hold needs a reason and a resume date; both are recorded and the date kept on the record', () => {
    expect(missingGates(deal, 'viewing', 'on_hold', {})).toEqual([{ kind: 'hold' }]);
    expect(missingGates(deal, 'viewing', 'on_hold', { hold: { reason: '  ', resumeAt: '2026-07-01' } })).toEqual([{ kind: 'hold' }]);
    expect(missingGates(deal, 'viewing', 'on_hold', { hold: { reason: 'Financiering', resumeAt: '' } })).toEqual([{ kind: 'hold' }]);
    const decision = decideStatusChange(deal, at('viewing'), { to: 'on_hold', gates: { hold: { reason: 'Financiering', resumeAt: '2026-07-01' } } }, now);
    expect(decision.resumeAt).toBe('2026-07-01');
    expect(decision.activity.extraData).toEqual({ holdReason: 'Financiering', resumeAt: '2026-07-01' });
  });

  it('leaving On hold clears the resume date', () => {
    const back = decideStatusChange(deal, at('on_hold'), { to: 'viewing', gates: { checklist: ticked('viewing', 'entry') } }, now);
    expect(back.resumeAt).toBeNull();
  });

  it('checklists: the target entry criteria and, moving forward, the source exit criteria must all be ticked', () => {
    expect(missingGates(deal, 'lead', 'qualification', {})).toEqual([
      { kind: 'checklist', stage: 'lead', items: ['responded', 'budget_range', 'preferences_known', 'genuine_intent'] },
      { kind: 'checklist', stage: 'qualification', items: ['contact_established', 'preferences_known', 'responsive'] },
    ]);
    expect(missingGates(deal, 'lead', 'qualification', { checklist: leadToQualification })).toEqual([]);
    // Moving back asks no exit criteria of the stage left, only the entry criteria of the one entered.
    expect(missingGates(deal, 'qualification', 'lead', {})).toEqual([{ kind: 'checklist', stage: 'lead', items: ['interest_shown', 'contact_details', 'source_known'] }]);
    // Lost and On hold are not forward: no exit criteria.
    expect(missingGates(deal, 'lead', 'lost', { lossReason: { lossReason: 'no_response' } })).toEqual([]);
  });

  it('only the asked items are recorded as ticked', () => {
    const decision = decideStatusChange(deal, at('lead'), { to: 'qualification', gates: { checklist: [...leadToQualification, 'closing.committed', 'bogus'] } }, now);
    expect(decision.activity.extraData.checklist).toEqual(leadToQualification);
  });

  it('skip reason: a move past the next stage needs one where the pipeline asks, the next stage never', () => {
    expect(stepsForward(deal, 'lead', 'qualification')).toBe(1);
    expect(stepsForward(deal, 'lead', 'negotiation')).toBe(3);
    expect(stepsForward(deal, 'negotiation', 'lead')).toBe(-3);
    expect(stepsForward(deal, 'closing', 'lost')).toBe(0);
    const checklist = [...ticked('lead', 'exit'), ...ticked('negotiation', 'entry')];
    expect(missingGates(deal, 'lead', 'negotiation', { checklist })).toEqual([{ kind: 'skipReason' }]);
    const decision = decideStatusChange(deal, at('lead'), { to: 'negotiation', gates: { checklist, skipReason: ' Terugkerende klant ' } }, now);
    expect(decision.activity.extraData.skipReason).toBe('Terugkerende klant');
    // Recruitment BD does not ask: Prospect → Won is free.
    expect(missingGates(recruitmentBd, 'prospect', 'won', {})).toEqual([]);
  });

  it('agency fields: a required field is met by a value sent with the move or one already stored', () => {
    const checklist = [...ticked('viewing', 'exit'), ...ticked('negotiation', 'entry')];
    expect(missingGates(withBudget, 'viewing', 'negotiation', { checklist })).toEqual([{ kind: 'field', field: 'budget' }]);
    expect(missingGates(withBudget, 'viewing', 'negotiation', { checklist, fields: { budget: 250000 } })).toEqual([]);
    expect(missingGates(withBudget, 'viewing', 'negotiation', { checklist }, { budget: 1 })).toEqual([]);
    const decision = decideStatusChange(withBudget, at('viewing', { source: 'web' }), { to: 'negotiation', gates: { checklist, fields: { budget: 250000 } } }, now);
    expect(decision.fields).toEqual({ source: 'web', budget: 250000 });
  });

  it('field values are checked against the field types; nothing is decided on a bad value', () => {
    expect(fieldValueIssues(withBudget.fields, { budget: 'veel', source: 'tv', nope: 1 })).toEqual([
      { path: 'fields.budget', message: 'expected a number' },
      { path: 'fields.source', message: 'expected one of web' },
      { path: 'fields.nope', message: 'not a field of this pipeline' },
    ]);
    const error = refusal(() => decideStatusChange(withBudget, at('viewing'), { to: 'lost', gates: { fields: { budget: 'veel' } } }, now));
    expect(error.code).toBe('VALIDATION');
  });

  it('every missing gate is named at once', () => {
    const error = refusal(() => decideStatusChange(withBudget, at('lead'), { to: 'negotiation' }, now));
    expect(error.code).toBe('GATES_REQUIRED');
    expect((error.data as { missing: { kind: string }[] }).missing.map((m) => m.kind)).toEqual(['field', 'checklist', 'checklist', 'skipReason']);
  });

  it('an admin override leaves the graph, the skip reason and exit criteria behind, not the target gates', () => {
    expect(refusal(() => decideStatusChange(recruitmentBd, at('won'), { to: 'meeting' }, now)).code).toBe('INVALID_TRANSITION');
    const decision = decideStatusChange(recruitmentBd, at('won'), { to: 'meeting', override: { reason: 'Verkeerd geboekt' } }, now);
    expect(decision.activity.extraData).toEqual({ override: { reason: 'Verkeerd geboekt' } });
    expect(decision.activity.description).toBe('Verkeerd geboekt');
    expect(refusal(() => decideStatusChange(recruitmentBd, at('prospect'), { to: 'lost', override: { reason: 'x' } }, now)).code).toBe('LOSS_REASON_REQUIRED');
    const skipped = decideStatusChange(deal, at('won'), { to: 'closing', override: { reason: 'Terug' }, gates: { checklist: ticked('closing', 'entry') } }, now);
    expect(skipped.status).toBe('closing');
    // Never to the same stage, never into an archived stage.
    expect(refusal(() => decideStatusChange(recruitmentBd, at('won'), { to: 'won', override: { reason: 'x' } }, now)).code).toBe('INVALID_TRANSITION');
    const archived = { ...recruitmentBd, stages: recruitmentBd.stages.map((s) => (s.key === 'meeting' ? { ...s, active: false } : s)) };
    expect(refusal(() => decideStatusChange(archived, at('won'), { to: 'meeting', override: { reason: 'x' } }, now)).code).toBe('INVALID_TRANSITION');
  });

  it('an archived stage is no longer a target', () => {
    const archived = { ...recruitmentBd, stages: recruitmentBd.stages.map((s) => (s.key === 'meeting' ? { ...s, active: false } : s)) };
    expect(refusal(() => decideStatusChange(archived, at('prospect'), { to: 'meeting' }, now)).data).toMatchObject({ allowed: ['contacted', 'won', 'lost'] });
  });

  it('dates are real calendar dates', () => {
    expect(['2026-02-28', '2028-02-29'].map(isIsoDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '26-01-01', '1800-01-01', '2026-1-1'].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });
});

describe('moving a record to another pipeline', () => {
  const from = { ...recruitmentBd, id: 'a', version: 3, templateKey: 'recruitment_bd', isDefault: true, archived: false };
  const to = { ...deal, id: 'b', version: 1, templateKey: 'deal', isDefault: false, archived: false };

  it('enters the mapped stage through its own gates and records both pipelines', () => {
    expect(refusal(() => decidePipelineChange(from, to, at('meeting'), { stage: 'negotiation' }, now)).code).toBe('GATES_REQUIRED');
    const decision = decidePipelineChange(from, to, at('meeting'), { stage: 'negotiation', gates: { checklist: ticked('negotiation', 'entry') } }, now);
    expect(decision.status).toBe('negotiation');
    expect(decision.activity).toMatchObject({
      activityType: 'pipeline_changed',
      oldStatus: 'meeting',
      newStatus: 'negotiation',
      extraData: { fromPipelineId: 'a', fromPipelineVersion: 3, toPipelineId: 'b' },
    });
  });

  it('refuses the same pipeline, an archived one, another kind and an unknown or archived stage', () => {
    expect(refusal(() => decidePipelineChange(from, from, at('meeting'), { stage: 'won' }, now)).code).toBe('VALIDATION');
    expect(refusal(() => decidePipelineChange(from, { ...to, archived: true }, at('meeting'), { stage: 'lead' }, now)).code).toBe('VALIDATION');
    expect(refusal(() => decidePipelineChange(from, { ...to, kind: 'leads' }, at('meeting'), { stage: 'lead' }, now)).code).toBe('VALIDATION');
    expect(refusal(() => decidePipelineChange(from, to, at('meeting'), { stage: 'meeting' }, now)).code).toBe('INVALID_TRANSITION');
  });

  it('keeps only the field values the target pipeline knows', () => {
    const target = { ...to, fields: [{ key: 'budget', label: { nl: 'Budget', en: 'Budget' }, type: 'number' as const }] };
    const decision = decidePipelineChange(from, target, at('meeting', { budget: 5, old: 'x' }), { stage: 'lost', gates: { lossReason: { lossReason: 'no_response' } } }, now);
    expect(decision.fields).toEqual({ budget: 5 });
  });
});
