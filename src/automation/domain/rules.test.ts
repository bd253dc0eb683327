import { describe, expect, it } from 'vitest';
import { conditionsHold, eventMatches, eventTypeOfEntry, isIdle, ruleEventTypesFor, type RecordFacts } from './rules.js';

const facts: RecordFacts = { kind: 'company', id: 'c', pipelineId: 'p', stage: 'contacted', ownerId: 'u1', branchId: 'b1', fields: { expectedValue: 5000, sector: 'Zorg' } };

describe('eventMatches', () => {
  it('matches a stage change to the rule stage only', () => {
    expect(eventMatches({ type: 'stage_changed', stage: 'contacted' }, { type: 'stage_changed', to: 'contacted', fromGroup: 'a', toGroup: 'a' })).toBe(true);
    expect(eventMatches({ type: 'stage_changed', stage: 'won' }, { type: 'stage_changed', to: 'contacted', fromGroup: 'a', toGroup: 'a' })).toBe(false);
  });
  it('matches a stage group change only when the group changed', () => {
    expect(eventMatches({ type: 'stage_group_changed', group: 'closing' }, { type: 'stage_changed', to: 'x', fromGroup: 'open', toGroup: 'closing' })).toBe(true);
    expect(eventMatches({ type: 'stage_group_changed', group: 'closing' }, { type: 'stage_changed', to: 'x', fromGroup: 'closing', toGroup: 'closing' })).toBe(false);
  });
  it('matches the group a record was added to', () => {
    expect(eventMatches({ type: 'added_to_group', groupId: 'g' }, { type: 'added_to_group', groupId: 'g' })).toBe(true);
    expect(eventMatches({ type: 'added_to_group', groupId: 'g' }, { type: 'added_to_group', groupId: 'h' })).toBe(false);
  });
});

describe('conditionsHold', () => {
  it('checks owner, branch, pipeline, stage and fields together', () => {
    expect(conditionsHold([{ type: 'owner', userIds: ['u1'] }, { type: 'branch', branchIds: ['b1'] }, { type: 'pipeline', pipelineIds: ['p'] }, { type: 'stage', stages: ['contacted'] }], facts)).toBe(true);
    expect(conditionsHold([{ type: 'owner', userIds: ['u2'] }], facts)).toBe(false);
    expect(conditionsHold([{ type: 'field', field: 'expectedValue', operator: 'greater_than', value: 1000 }], facts)).toBe(true);
    expect(conditionsHold([{ type: 'field', field: 'expectedValue', operator: 'less_than', value: 1000 }], facts)).toBe(false);
    expect(conditionsHold([{ type: 'field', field: 'sector', operator: 'equals', value: 'zorg' }], facts)).toBe(true);
    expect(conditionsHold([{ type: 'field', field: 'missing', operator: 'is_not_set' }], facts)).toBe(true);
  });
});

describe('isIdle', () => {
  it('is idle only after more than the days', () => {
    const since = new Date('2026-01-01T00:00:00Z');
    expect(isIdle(since, 14, new Date('2026-01-15T00:00:00Z'))).toBe(false);
    expect(isIdle(since, 14, new Date('2026-01-15T00:00:01Z'))).toBe(true);
  });
});

describe('eventTypeOfEntry', () => {
  it("names a record's start by its own timeline's entry, and a stage move only when it has a new stage", () => {
    expect(eventTypeOfEntry('company', { activity_type: 'company_tracked', new_status: 'prospect' })).toBe('record_created');
    expect(eventTypeOfEntry('company', { activity_type: 'imported', new_status: null })).toBe('record_created');
    expect(eventTypeOfEntry('dossier', { activity_type: 'imported', new_status: null })).toBeNull();
    expect(eventTypeOfEntry('dossier', { activity_type: 'created', new_status: 'new' })).toBe('record_created');
    expect(eventTypeOfEntry('company', { activity_type: 'created', new_status: 'new' })).toBeNull();
    expect(eventTypeOfEntry('dossier', { activity_type: 'group_added', new_status: null })).toBe('added_to_group');
    expect(eventTypeOfEntry('company', { activity_type: 'pipeline_changed', new_status: 'lead' })).toBe('stage_changed');
    expect(eventTypeOfEntry('company', { activity_type: 'status_change', new_status: null })).toBeNull();
    expect(eventTypeOfEntry('company', { activity_type: 'note', new_status: null })).toBeNull();
  });
  it('lets a stage change match stage-group rules too', () => {
    expect(ruleEventTypesFor('stage_changed')).toEqual(['stage_changed', 'stage_group_changed']);
    expect(ruleEventTypesFor('added_to_group')).toEqual(['added_to_group']);
  });
});
