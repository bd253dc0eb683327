import { describe, expect, it } from 'vitest';
import { deal } from '../../../../../src/pipeline/domain/templates/deal.js';
import { recruitmentBd } from '../../../../../src/pipeline/domain/templates/recruitment-bd.js';
import type { PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import type { BoardData } from '../../../api/client';
import { boardDefinition, gatesFromProblem, gatesToAsk, mergeGateValues, skippedStages } from './gates';
import { card, column } from './test-fixtures';

/** The board the server would send for a template: its active stages as columns. */
function boardOf(template: PipelineDefinition, fields: BoardData['pipeline']['fields'] = []): BoardData {
  return {
    pipeline: { id: 'p', name: template.name, version: 1, skipNeedsReason: template.skipNeedsReason, fields },
    columns: template.stages
      .filter((s) => s.active)
      .map((s) => column(s.key, s.next, [], { label: s.name, outcome: s.outcome ?? null, requires: s.requires, checklist: s.checklist, probability: s.probability ?? null })),
  };
}

describe('the drop dialog asks what the gate rule says is missing', () => {
  const dealBoard = boardDefinition(boardOf(deal));

  it('asks nothing for a plain move and the loss reason for Lost (Recruitment BD)', () => {
    const bd = boardDefinition(boardOf(recruitmentBd));
    expect(gatesToAsk(bd, card('a', 'prospect'), 'meeting')).toEqual([]);
    expect(gatesToAsk(bd, card('a', 'contacted'), 'lost')).toEqual([{ kind: 'lossReason' }]);
  });

  it('asks for the checklists and a skip reason when a deal skips stages, and names the stages skipped', () => {
    expect(gatesToAsk(dealBoard, card('a', 'lead'), 'negotiation')).toEqual([
      { kind: 'checklist', stage: 'lead', items: ['responded', 'budget_range', 'preferences_known', 'genuine_intent'] },
      { kind: 'checklist', stage: 'negotiation', items: ['specific_interest', 'viewings_done', 'ready_to_offer'] },
      { kind: 'skipReason' },
    ]);
    expect(skippedStages(dealBoard, 'lead', 'negotiation')).toEqual(['qualification', 'viewing']);
    expect(skippedStages(dealBoard, 'lead', 'qualification')).toEqual([]);
  });

  it('asks only for the reason and day to resume to put a deal On hold', () => {
    expect(gatesToAsk(dealBoard, card('a', 'viewing'), 'on_hold')).toEqual([{ kind: 'hold' }]);
  });

  it("asks for a required field only when the card has no value for it yet", () => {
    const withField: PipelineDefinition = {
      ...recruitmentBd,
      fields: [{ key: 'fee', label: { nl: 'Fee', en: 'Fee' }, type: 'number' }],
      stages: recruitmentBd.stages.map((s) => (s.key === 'won' ? { ...s, requires: [{ kind: 'field', field: 'fee' }] } : s)),
    };
    const definition = boardDefinition(boardOf(withField, withField.fields));
    expect(gatesToAsk(definition, card('a', 'meeting'), 'won')).toEqual([{ kind: 'field', field: 'fee' }]);
    expect(gatesToAsk(definition, card('a', 'meeting', { fields: { fee: 12000 } }), 'won')).toEqual([]);
  });

  it("reads a refusal's missing list, leaving out what it cannot ask", () => {
    expect(
      gatesFromProblem([
        { kind: 'lossReason' },
        { kind: 'checklist', stage: 'lead', items: ['responded'] },
        { kind: 'field', field: 'fee' },
        { kind: 'field' },
        { kind: 'telepathy' },
      ]),
    ).toEqual([{ kind: 'lossReason' }, { kind: 'checklist', stage: 'lead', items: ['responded'] }, { kind: 'field', field: 'fee' }]);
  });

  it('keeps earlier answers when the dialog asks again: newer answers win, ticked items add up', () => {
    expect(
      mergeGateValues(
        { skipReason: 'Klant wil snel', checklist: ['lead.responded'], fields: { fee: 1 }, description: 'eerst' },
        { checklist: ['negotiation.ready_to_offer', 'lead.responded'], fields: { size: 'l' }, description: 'later', holdReason: undefined },
      ),
    ).toEqual({ skipReason: 'Klant wil snel', checklist: ['lead.responded', 'negotiation.ready_to_offer'], fields: { fee: 1, size: 'l' }, description: 'later' });
  });
});
