import { describe, expect, it } from 'vitest';
import { deal } from '../../../../../src/pipeline/domain/templates/deal.js';
import { recruitmentBd } from '../../../../../src/pipeline/domain/templates/recruitment-bd.js';
import type { PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import type { BoardData } from '../../../api/client';
import { gatesToAsk, skippedStages } from '../../../shared/gates/gates';
import { boardDefinition } from './board-definition';
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

/** What the drop dialog asks for `dropped` on `to`: the shared rule, read off the board's answer. */
const askOnDrop = (definition: PipelineDefinition, dropped: ReturnType<typeof card>, to: string) => gatesToAsk(definition, dropped.status, to, dropped.fields);

describe("the board's pipeline, read for the drop dialog's gate questions", () => {
  const dealBoard = boardDefinition(boardOf(deal));

  it('asks nothing for a plain move and the loss reason for Lost (Recruitment BD)', () => {
    const bd = boardDefinition(boardOf(recruitmentBd));
    expect(askOnDrop(bd, card('a', 'prospect'), 'meeting')).toEqual([]);
    expect(askOnDrop(bd, card('a', 'contacted'), 'lost')).toEqual([{ kind: 'lossReason' }]);
  });

  it('asks for the checklists and a skip reason when a deal skips stages, and names the stages skipped', () => {
    expect(askOnDrop(dealBoard, card('a', 'lead'), 'negotiation')).toEqual([
      { kind: 'checklist', stage: 'lead', items: ['responded', 'budget_range', 'preferences_known', 'genuine_intent'] },
      { kind: 'checklist', stage: 'negotiation', items: ['specific_interest', 'viewings_done', 'ready_to_offer'] },
      { kind: 'skipReason' },
    ]);
    expect(skippedStages(dealBoard, 'lead', 'negotiation')).toEqual(['qualification', 'viewing']);
    expect(skippedStages(dealBoard, 'lead', 'qualification')).toEqual([]);
  });

  it('asks only for the reason and day to resume to put a deal On hold', () => {
    expect(askOnDrop(dealBoard, card('a', 'viewing'), 'on_hold')).toEqual([{ kind: 'hold' }]);
  });

  it('asks for a required field only when the card has no value for it yet', () => {
    const withField: PipelineDefinition = {
      ...recruitmentBd,
      fields: [{ key: 'fee', label: { nl: 'Fee', en: 'Fee' }, type: 'number' }],
      stages: recruitmentBd.stages.map((s) => (s.key === 'won' ? { ...s, requires: [{ kind: 'field', field: 'fee' }] } : s)),
    };
    const definition = boardDefinition(boardOf(withField, withField.fields));
    expect(askOnDrop(definition, card('a', 'meeting'), 'won')).toEqual([{ kind: 'field', field: 'fee' }]);
    expect(askOnDrop(definition, card('a', 'meeting', { fields: { fee: 12000 } }), 'won')).toEqual([]);
  });
});
