import { describe, expect, it } from 'vitest';
import { deal } from '../../../../../src/pipeline/domain/templates/deal.js';
import { addStage, definitionOf, isChanged, moveStage, newlyArchived, setStageActive, updateStage } from './pipeline-draft';

const definition = definitionOf(deal);
const keys = (d: { stages: { key: string }[] }) => d.stages.map((s) => s.key);

describe('definitionOf', () => {
  it('keeps only what PATCH takes as the definition', () => {
    expect(Object.keys(definitionOf({ ...deal, id: 'p1', version: 3, templateKey: 'deal', isDefault: true, archived: false })).sort()).toEqual(
      ['automations', 'entryStage', 'fields', 'kind', 'name', 'skipNeedsReason', 'stages'],
    );
  });
});

describe('addStage', () => {
  it('keys the new stage by its English name and puts it before the end stages', () => {
    const next = addStage(definition, { nl: 'Contract verstuurd', en: 'Contract sent' });
    expect(keys(next)).toEqual(['lead', 'qualification', 'viewing', 'negotiation', 'closing', 'contract_sent', 'won', 'lost', 'on_hold']);
    expect(next.stages[5]).toMatchObject({ name: { nl: 'Contract verstuurd', en: 'Contract sent' }, active: true, next: [], requires: [], checklist: [] });
  });

  it('never reuses a key, archived stages included', () => {
    const archived = updateStage(definition, 'viewing', (s) => ({ ...s, active: false }));
    expect(addStage(archived, { nl: 'Bezichtiging', en: 'Viewing' }).stages.map((s) => s.key)).toContain('viewing_2');
  });

  it('appends when the pipeline has no end stage', () => {
    const open = { ...definition, stages: definition.stages.filter((s) => !s.outcome) };
    expect(keys(addStage(open, { nl: 'X', en: 'Extra' })).at(-1)).toBe('extra');
  });
});

describe('updateStage', () => {
  it('changes one stage and keeps its key', () => {
    const next = updateStage(definition, 'lead', (s) => ({ ...s, key: 'renamed', name: { nl: 'Aanvraag', en: 'Enquiry' } }));
    expect(next.stages[0]).toMatchObject({ key: 'lead', name: { nl: 'Aanvraag', en: 'Enquiry' } });
    expect(next.stages.slice(1)).toEqual(definition.stages.slice(1));
  });
});

describe('setStageActive', () => {
  it('archives a stage and takes it out of every stage’s moves, since archived stages take no records', () => {
    const next = setStageActive(definition, 'viewing', false);
    expect(next.stages.find((s) => s.key === 'viewing')!.active).toBe(false);
    expect(next.stages.filter((s) => s.next.includes('viewing'))).toEqual([]);
    // Its own moves stay: they name active stages.
    expect(next.stages.find((s) => s.key === 'viewing')!.next).toEqual(definition.stages.find((s) => s.key === 'viewing')!.next);
  });

  it('restores a stage without inventing moves to it', () => {
    const restored = setStageActive(setStageActive(definition, 'viewing', false), 'viewing', true);
    expect(restored.stages.find((s) => s.key === 'viewing')!.active).toBe(true);
    expect(restored.stages.filter((s) => s.next.includes('viewing'))).toEqual([]);
  });
});

describe('moveStage', () => {
  it('moves a stage to another position', () => {
    expect(keys(moveStage(definition, 2, 0)).slice(0, 3)).toEqual(['viewing', 'lead', 'qualification']);
    expect(keys(moveStage(definition, 0, 2)).slice(0, 3)).toEqual(['qualification', 'viewing', 'lead']);
  });

  it('keeps every stage’s transitions in the new board order', () => {
    const moved = moveStage(definition, 4, 0); // closing first
    expect(moved.stages.find((s) => s.key === 'lead')!.next).toEqual(['closing', 'qualification', 'viewing', 'negotiation', 'won', 'lost', 'on_hold']);
  });

  it('ignores moves out of range', () => {
    expect(moveStage(definition, 0, 99)).toBe(definition);
    expect(moveStage(definition, -1, 0)).toBe(definition);
  });
});

describe('isChanged and newlyArchived', () => {
  it('tells an edited draft from the saved one', () => {
    expect(isChanged(definition, definitionOf(deal))).toBe(false);
    expect(isChanged(definition, updateStage(definition, 'lead', (s) => ({ ...s, color: 'blue' })))).toBe(true);
  });

  it('lists the stages archived since loading, not those archived before', () => {
    const saved = updateStage(definition, 'on_hold', (s) => ({ ...s, active: false }));
    const draft = updateStage(saved, 'viewing', (s) => ({ ...s, active: false }));
    expect(newlyArchived(saved, draft).map((s) => s.key)).toEqual(['viewing']);
  });
});
