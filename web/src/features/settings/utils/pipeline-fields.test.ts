import { describe, expect, it } from 'vitest';
import { deal } from '../../../../../src/pipeline/domain/templates/deal.js';
import { definitionOf, updateStage } from './pipeline-draft';
import { addField, addOption, changeFieldType, removeField, removeOption, updateOption } from './pipeline-fields';

const definition = definitionOf(deal);

describe('agency fields', () => {
  it('adds a field keyed by its English label', () => {
    const next = addField(definition, { nl: 'Budget (EUR)', en: 'Budget (EUR)' }, 'number');
    expect(next.fields).toEqual([{ key: 'budget_eur', label: { nl: 'Budget (EUR)', en: 'Budget (EUR)' }, type: 'number' }]);
    expect(addField(next, { nl: 'Budget', en: 'Budget EUR' }, 'text').fields[1]!.key).toBe('budget_eur_2');
  });

  it('gives a select an option list and drops it for other types', () => {
    const select = addField(definition, { nl: 'Bron', en: 'Source' }, 'select').fields[0]!;
    expect(select.options).toEqual([]);
    expect(changeFieldType(select, 'text')).toEqual({ key: 'source', label: { nl: 'Bron', en: 'Source' }, type: 'text' });
    expect(changeFieldType(changeFieldType(select, 'date'), 'select').options).toEqual([]);
  });

  it('removes a field together with the stage gates that asked for it', () => {
    const withField = addField(definition, { nl: 'Budget', en: 'Budget' }, 'number');
    const gated = updateStage(withField, 'closing', (s) => ({ ...s, requires: [{ kind: 'field', field: 'budget' }, { kind: 'hold' }] }));
    const next = removeField(gated, 'budget');
    expect(next.fields).toEqual([]);
    expect(next.stages.find((s) => s.key === 'closing')!.requires).toEqual([{ kind: 'hold' }]);
  });

  it('adds, relabels and removes the options of a select', () => {
    let field = addField(definition, { nl: 'Bron', en: 'Source' }, 'select').fields[0]!;
    field = addOption(field, { nl: 'Website', en: 'Website' });
    field = addOption(field, { nl: 'Website', en: 'Website' });
    expect(field.options!.map((o) => o.key)).toEqual(['website', 'website_2']);
    field = updateOption(field, 'website_2', { nl: 'Beurs', en: 'Fair' });
    expect(field.options![1]).toEqual({ key: 'website_2', label: { nl: 'Beurs', en: 'Fair' } });
    expect(removeOption(field, 'website').options!.map((o) => o.key)).toEqual(['website_2']);
  });
});
