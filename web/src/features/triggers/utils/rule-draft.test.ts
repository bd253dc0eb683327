import { describe, expect, it } from 'vitest';
import { ruleEntryText } from './rule-entry-text';
import { bodyOf, draftOf, emptyAction, emptyDraft, eventTypesFor } from './rule-draft';
import type { Rule } from '../hooks/useTriggers';

describe('the rule form draft', () => {
  it('turns "idle 14 days → group and a task for the owner" into the API rule', () => {
    const draft = emptyDraft();
    draft.name = 'Stil';
    draft.event = { ...draft.event, type: 'idle', days: '14' };
    draft.actions = [{ ...emptyAction(), groupId: 'g1' }, { ...emptyAction(), type: 'create_task', dueInDays: '2' }];
    draft.conditions = [{ type: 'field', field: 'expectedValue', operator: 'greater_than', value: '1000', stage: '', userId: '' }];
    expect(bodyOf(draft)).toEqual({
      name: 'Stil',
      pipelineKind: 'clients',
      pipelineId: null,
      event: { type: 'idle', days: 14 },
      conditions: [{ type: 'field', field: 'expectedValue', operator: 'greater_than', value: 1000 }],
      actions: [{ type: 'add_to_group', groupId: 'g1' }, { type: 'create_task', dueInDays: 2 }],
    });
  });

  it('reads a rule back into the same body', () => {
    const rule = {
      id: 'r',
      name: 'Melden',
      pipelineKind: 'clients',
      pipelineId: 'p',
      event: { type: 'stage_changed', stage: 'meeting' },
      conditions: [{ type: 'owner', userIds: ['u1'] }],
      actions: [{ type: 'notify', userIds: ['u2'], owner: true, message: 'Hallo' }],
      enabled: true,
      createdAt: '',
      updatedAt: '',
      lastFirings: [],
    } as unknown as Rule;
    const body = bodyOf(draftOf(rule));
    expect(body).toMatchObject({ pipelineId: 'p', event: rule.event, conditions: rule.conditions, actions: rule.actions });
  });

  it('makes a rule for opportunities, whose events leave out the company-only ones', () => {
    const draft = emptyDraft();
    draft.name = 'Stil';
    draft.pipelineKind = 'opportunities';
    draft.event = { ...draft.event, type: 'idle', days: '14' };
    draft.actions = [{ ...emptyAction(), groupId: 'g1' }];
    expect(bodyOf(draft)).toMatchObject({ pipelineKind: 'opportunities', event: { type: 'idle', days: 14 } });
    expect(eventTypesFor('opportunities')).not.toContain('new_jobs');
    expect(eventTypesFor('leads')).not.toContain('all_jobs_closed');
    expect(eventTypesFor('clients')).toContain('new_jobs');
  });
});

describe('a rule entry on a dossier timeline', () => {
  const wording = { t: (key: string, vars?: Record<string, string | number>) => `${key}${vars ? JSON.stringify(vars) : ''}`, formatDate: (v: string | Date) => String(v).slice(0, 10) };
  it('says the group, the task and the rule in the reader language, and leaves other entries alone', () => {
    expect(ruleEntryText({ type: 'group_added', extraData: { groupName: 'Stalled', ruleName: 'Stil' } }, wording)).toBe(' — timeline.groupName{"name":"Stalled"} · timeline.byRule{"rule":"Stil"}');
    expect(ruleEntryText({ type: 'automation_action', extraData: { action: 'create_task', dueAt: '2027-01-02T09:00:00Z', ruleName: 'Stil' } }, wording)).toBe(' — timeline.taskCreated{"date":"2027-01-02"} · timeline.byRule{"rule":"Stil"}');
    expect(ruleEntryText({ type: 'note', extraData: {} }, wording)).toBeNull();
  });
});
