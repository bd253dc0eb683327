import { describe, expect, it } from 'vitest';
import { deal, recruitmentBd } from '../../../../src/pipeline/domain/templates/index.js';
import type { Pipeline } from '../../api/client';
import { asDefinition, fieldValue, gatesFromProblem, gatesToAsk, gateValues, mergeGateValues, skippedStages, tomorrow, type MissingGate } from './gates';

const pipeline = (template: typeof deal, fields: Pipeline['fields'] = []): Pipeline => ({
  ...template,
  fields,
  id: '00000000-0000-4000-8000-000000000001',
  version: 1,
  templateKey: template.key,
  isDefault: false,
  archived: false,
});
const bd = asDefinition(pipeline(recruitmentBd));
const deals = asDefinition(pipeline(deal));

describe('the gates a move dialog asks for', () => {
  it('asks for a loss reason for Lost, and nothing for a plain move', () => {
    expect(gatesToAsk(bd, 'prospect', 'lost', {})).toEqual([{ kind: 'lossReason' }]);
    expect(gatesToAsk(bd, 'prospect', 'contacted', {})).toEqual([]);
  });

  it("asks for the source's exit criteria, the target's entry criteria and a skip reason when skipping ahead", () => {
    expect(gatesToAsk(deals, 'lead', 'viewing', {})).toEqual([
      { kind: 'checklist', stage: 'lead', items: ['responded', 'budget_range', 'preferences_known', 'genuine_intent'] },
      { kind: 'checklist', stage: 'viewing', items: ['qualified', 'options_identified', 'viewings_planned'] },
      { kind: 'skipReason' },
    ]);
    // An override lifts the exit criteria and the skip reason, not the target's own gates.
    expect(gatesToAsk(deals, 'lead', 'viewing', {}, { override: true })).toEqual([{ kind: 'checklist', stage: 'viewing', items: ['qualified', 'options_identified', 'viewings_planned'] }]);
    expect(gatesToAsk(deals, 'qualification', 'on_hold', {})).toEqual([{ kind: 'hold' }]);
  });

  it('asks only for the entry criteria when a record enters the pipeline (no stage left, nothing skipped)', () => {
    expect(gatesToAsk(deals, '', 'viewing', {})).toEqual([{ kind: 'checklist', stage: 'viewing', items: ['qualified', 'options_identified', 'viewings_planned'] }]);
    expect(skippedStages(deals, '', 'viewing')).toEqual([]);
  });

  it('adds the gates the server named that the dialog did not know of, once, leaving out what it cannot ask', () => {
    const asked = gatesToAsk(bd, 'prospect', 'lost', {}, {}, [{ kind: 'lossReason' }, { kind: 'field', field: 'budget' }, { kind: 'field', field: 'budget' }, { kind: 'telepathy' }]);
    expect(asked).toEqual([{ kind: 'lossReason' }, { kind: 'field', field: 'budget' }]);
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
});

describe('the answers a move sends', () => {
  const fields: Pipeline['fields'] = [
    { key: 'fee', label: { nl: 'Fee', en: 'Fee' }, type: 'number' },
    { key: 'model', label: { nl: 'Model', en: 'Model' }, type: 'select', options: [{ key: 'fixed', label: { nl: 'Vast', en: 'Fixed' } }] },
    { key: 'start', label: { nl: 'Start', en: 'Start' }, type: 'date' },
  ];

  it('reads what was asked from the form: ticked items, hold, skip reason, loss reason and typed field values', () => {
    const form = new FormData();
    form.append('checklist', 'lead.responded');
    form.append('checklist', 'viewing.qualified');
    form.append('holdReason', '  Budget pas in Q3 ');
    form.append('resumeAt', '2027-07-01');
    form.append('skipReason', '');
    form.append('field.fee', '22,5');
    form.append('field.model', 'fixed');
    form.append('field.start', '');
    const asked: MissingGate[] = [
      { kind: 'lossReason' },
      { kind: 'hold' },
      { kind: 'skipReason' },
      { kind: 'checklist', stage: 'lead', items: ['responded'] },
      { kind: 'field', field: 'fee' },
      { kind: 'field', field: 'model' },
      { kind: 'field', field: 'start' },
    ];
    expect(gateValues(form, asked, asDefinition(pipeline(deal, fields)), 'budget')).toEqual({
      lossReason: 'budget',
      holdReason: 'Budget pas in Q3',
      resumeAt: '2027-07-01',
      skipReason: undefined,
      checklist: ['lead.responded', 'viewing.qualified'],
      fields: { fee: 22.5, model: 'fixed' },
    });
  });

  it('reads nothing that was not asked', () => {
    const form = new FormData();
    form.append('holdReason', 'Budget');
    form.append('field.fee', '12');
    form.append('checklist', 'lead.responded');
    expect(gateValues(form, [{ kind: 'skipReason' }], asDefinition(pipeline(deal, fields)), 'budget')).toEqual({ skipReason: undefined });
  });

  it('reads number fields with a decimal comma, and leaves what is no number for the server to name', () => {
    expect(fieldValue('number', ' 22,5 ')).toBe(22.5);
    expect(fieldValue('number', 'twintig')).toBe('twintig');
    expect(fieldValue('number', '')).toBeUndefined();
    expect(fieldValue('text', ' 12 ')).toBe('12');
  });

  it('keeps earlier answers when the dialog asks again: newer answers win, ticked items add up', () => {
    expect(
      mergeGateValues(
        { skipReason: 'Klant wil snel', checklist: ['lead.responded'], fields: { fee: 1 }, description: 'eerst' },
        { checklist: ['negotiation.ready_to_offer', 'lead.responded'], fields: { size: 'l' }, description: 'later', holdReason: undefined },
      ),
    ).toEqual({ skipReason: 'Klant wil snel', checklist: ['lead.responded', 'negotiation.ready_to_offer'], fields: { fee: 1, size: 'l' }, description: 'later' });
  });

  it("gives tomorrow in the user's own calendar, the earliest day to resume", () => {
    expect(tomorrow(new Date(2026, 11, 31, 23, 30))).toBe('2027-01-01');
  });
});
