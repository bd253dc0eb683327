import { describe, expect, it } from 'vitest';
import { deal, recruitmentBd } from '../../../../../src/pipeline/domain/templates/index.js';
import type { Pipeline } from '../../../api/client';
import { fieldValue, gateBody, gatesToAsk } from './gates';

const pipeline = (template: typeof deal, fields: Pipeline['fields'] = []): Pipeline => ({
  ...template,
  fields,
  id: '00000000-0000-4000-8000-000000000001',
  version: 1,
  templateKey: template.key,
  isDefault: false,
  archived: false,
});

describe('the gates the move dialog asks for', () => {
  it('asks for a loss reason for Lost, and nothing for a plain move', () => {
    expect(gatesToAsk({ pipeline: pipeline(recruitmentBd), from: 'prospect', to: 'lost', stored: {} })).toEqual([{ kind: 'lossReason' }]);
    expect(gatesToAsk({ pipeline: pipeline(recruitmentBd), from: 'prospect', to: 'contacted', stored: {} })).toEqual([]);
  });

  it("asks for the source's exit criteria, the target's entry criteria and a skip reason when skipping ahead", () => {
    expect(gatesToAsk({ pipeline: pipeline(deal), from: 'lead', to: 'viewing', stored: {} })).toEqual([
      { kind: 'checklist', stage: 'lead', items: ['responded', 'budget_range', 'preferences_known', 'genuine_intent'] },
      { kind: 'checklist', stage: 'viewing', items: ['qualified', 'options_identified', 'viewings_planned'] },
      { kind: 'skipReason' },
    ]);
    // An override lifts the exit criteria and the skip reason, not the target's own gates.
    expect(gatesToAsk({ pipeline: pipeline(deal), from: 'lead', to: 'viewing', stored: {}, override: true })).toEqual([
      { kind: 'checklist', stage: 'viewing', items: ['qualified', 'options_identified', 'viewings_planned'] },
    ]);
    expect(gatesToAsk({ pipeline: pipeline(deal), from: 'qualification', to: 'on_hold', stored: {} })).toEqual([{ kind: 'hold' }]);
  });

  it('adds the gates the server named that the dialog did not know of, once', () => {
    const asked = gatesToAsk({ pipeline: pipeline(recruitmentBd), from: 'prospect', to: 'lost', stored: {} }, [
      { kind: 'lossReason' },
      { kind: 'field', field: 'budget' },
    ]);
    expect(asked).toEqual([{ kind: 'lossReason' }, { kind: 'field', field: 'budget' }]);
  });

  it('builds the request from the form: ticked items, hold, skip reason and typed field values', () => {
    const form = new FormData();
    form.append('checklist', 'lead.responded');
    form.append('checklist', 'viewing.qualified');
    form.append('holdReason', '  Budget pas in Q3 ');
    form.append('resumeAt', '2027-07-01');
    form.append('skipReason', '');
    form.append('field.fee', '22,5');
    form.append('field.model', 'fixed');
    const fields: Pipeline['fields'] = [
      { key: 'fee', label: { nl: 'Fee', en: 'Fee' }, type: 'number' },
      { key: 'model', label: { nl: 'Model', en: 'Model' }, type: 'select', options: [{ key: 'fixed', label: { nl: 'Vast', en: 'Fixed' } }] },
      { key: 'start', label: { nl: 'Start', en: 'Start' }, type: 'date' },
    ];
    expect(gateBody(form, pipeline(deal, fields), 'budget')).toEqual({
      lossReason: 'budget',
      holdReason: 'Budget pas in Q3',
      resumeAt: '2027-07-01',
      skipReason: undefined,
      checklist: ['lead.responded', 'viewing.qualified'],
      fields: { fee: 22.5, model: 'fixed' },
    });
  });

  it('reads number fields with a decimal comma, and leaves what is no number for the server to name', () => {
    expect(fieldValue('number', ' 22,5 ')).toBe(22.5);
    expect(fieldValue('number', 'twintig')).toBe('twintig');
    expect(fieldValue('number', '')).toBeUndefined();
    expect(fieldValue('text', ' 12 ')).toBe('12');
  });
});
