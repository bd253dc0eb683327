import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import {
  allowedTransitions,
  builtInMove,
  decidePipelineEntry,
  decideStatusChange,
  recruitmentBd,
  stageKeys,
  validateTransition,
} from './index.js';
import { SPEC_TRANSITIONS as SPEC_MAP } from '../../../test/support/invariants.js';

const STAGES = ['prospect', 'contacted', 'meeting', 'won', 'lost'];
const reason = { lossReason: 'budget_or_hiring_freeze' as const };
const at = (status: string) => ({ status, fields: {} });

describe('Recruitment BD pipeline', () => {
  it('has the five stages of R2.1 in order, with their colours and names', () => {
    expect(stageKeys(recruitmentBd)).toEqual(STAGES);
    expect(recruitmentBd.stages.map((s) => s.color)).toEqual(['grey', 'blue', 'purple', 'green', 'red']);
    expect(recruitmentBd.stages.map((s) => s.name.nl)).toEqual(['Prospect', 'Gecontacteerd', 'Vergadering', 'Gewonnen', 'Verloren']);
    expect(recruitmentBd.stages.map((s) => s.name.en)).toEqual(['Prospect', 'Contacted', 'Meeting', 'Won', 'Lost']);
    expect(recruitmentBd.entryStage).toBe('prospect');
  });

  describe.each(STAGES)('from %s', (from) => {
    it.each(STAGES)(`to %s follows the transition map`, (to) => {
      const error = validateTransition(recruitmentBd, { from, to, gates: { lossReason: reason } });
      if (SPEC_MAP[from]!.includes(to)) {
        expect(error).toBeNull();
      } else {
        expect(error?.code).toBe('INVALID_TRANSITION');
        expect(error?.data).toEqual({ from, to, allowed: SPEC_MAP[from] });
      }
    });

    it('lists exactly the allowed targets', () => {
      expect(allowedTransitions(recruitmentBd, from)).toEqual(SPEC_MAP[from]);
    });
  });

  it('never allows a move to the same stage', () => {
    for (const stage of STAGES) {
      expect(validateTransition(recruitmentBd, { from: stage, to: stage, gates: { lossReason: reason } })?.code).toBe('INVALID_TRANSITION');
    }
  });

  it('requires a loss reason to enter Lost, from every stage that may go there', () => {
    for (const from of ['prospect', 'contacted', 'meeting', 'won']) {
      expect(validateTransition(recruitmentBd, { from, to: 'lost' })?.code).toBe('LOSS_REASON_REQUIRED');
      expect(validateTransition(recruitmentBd, { from, to: 'lost', gates: { lossReason: reason } })).toBeNull();
    }
  });

  it('reports an illegal move before a missing loss reason', () => {
    expect(validateTransition(recruitmentBd, { from: 'lost', to: 'lost' })?.code).toBe('INVALID_TRANSITION');
  });
});

describe('decideStatusChange', () => {
  const now = new Date('2026-03-01T09:00:00.000Z');

  it('returns the new status and the status_change activity with the loss reason', () => {
    const decision = decideStatusChange(recruitmentBd, at('meeting'), { to: 'lost', gates: { lossReason: reason }, description: 'Te duur' }, now);
    expect(decision).toEqual({
      status: 'lost',
      changedAt: now,
      fields: {},
      resumeAt: null,
      activity: {
        activityType: 'status_change',
        oldStatus: 'meeting',
        newStatus: 'lost',
        description: 'Te duur',
        extraData: { lossReason: 'budget_or_hiring_freeze' },
      },
    });
  });

  it('marks automatic changes and describes them', () => {
    const decision = decideStatusChange(recruitmentBd, at('prospect'), { to: 'contacted', automatic: { reason: 'Auto' } }, now);
    expect(decision.activity.extraData).toEqual({ automatic: true });
    expect(decision.activity.description).toBe('Auto');
  });

  it('throws a validation error naming the stages for an unknown stage', () => {
    const attempt = () => decideStatusChange(recruitmentBd, at('prospect'), { to: 'pizza' }, now);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/unknown stage 'pizza'; stages are prospect, contacted, meeting, won, lost/);
  });

  it('throws the typed error for an illegal move', () => {
    try {
      decideStatusChange(recruitmentBd, at('won'), { to: 'meeting' }, now);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_TRANSITION', data: { allowed: ['lost'] } });
    }
  });
});

describe('builtInMove', () => {
  it('moves a Prospect to Contacted on the first outreach and nothing else', () => {
    expect(builtInMove(recruitmentBd, 'onOutreach', 'prospect')).toBe('contacted');
    for (const stage of ['contacted', 'meeting', 'won', 'lost']) {
      expect(builtInMove(recruitmentBd, 'onOutreach', stage)).toBeNull();
    }
  });

  it('has no rule the template does not have', () => {
    expect(builtInMove(recruitmentBd, 'whenJobsClosed', 'prospect')).toBeNull();
  });
});

describe('decidePipelineEntry', () => {
  const now = new Date('2026-03-01T09:00:00Z');
  it('starts a new record at the entry stage', () => {
    expect(decidePipelineEntry(recruitmentBd, 'Rijn B.V.', null, now)).toEqual({
      status: 'prospect',
      changedAt: now,
      activity: { activityType: 'company_tracked', oldStatus: null, newStatus: 'prospect', description: 'Started following Rijn B.V.', extraData: {} },
    });
  });

  it('restores a followed-again record at the entry stage, saying where it stood', () => {
    expect(decidePipelineEntry(recruitmentBd, 'Rijn B.V.', 'lost', now).activity).toEqual({
      activityType: 'company_tracked', oldStatus: 'lost', newStatus: 'prospect', description: 'Followed again: Rijn B.V.', extraData: { restored: true },
    });
  });
});
