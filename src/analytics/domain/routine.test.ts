import { describe, expect, it } from 'vitest';
import { deal, recruitmentBd } from '../../pipeline/domain/index.js';
import { earliest, followUpRules, followUpWait, isRoutineListFinal, ROUTINE_LIST_LIMIT, routineOwner } from './routine.js';

const now = new Date('2026-11-23T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('follow-ups on the routine', () => {
  const facts = { status: 'contacted', statusChangedAt: daysAgo(20), lastFollowUpAt: daysAgo(9), nextPlannedAt: null };
  const rules = followUpRules(recruitmentBd);

  it("takes the open stages' follow-up rules from the pipeline, not an end stage's revisit", () => {
    expect(rules).toEqual({ contacted: { afterDays: 7, from: 'last_follow_up' } });
    expect(followUpRules(deal)).toEqual({});
  });

  it('counts from entering the stage when the rule says so, whatever the last outreach', () => {
    const fromEntry = { contacted: { afterDays: 10, from: 'stage_entered' as const } };
    expect(followUpWait({ ...facts, lastFollowUpAt: daysAgo(1) }, fromEntry, now)).toEqual({ daysWaiting: 20, daysSinceOutreach: 1 });
    expect(followUpWait({ ...facts, statusChangedAt: daysAgo(9), lastFollowUpAt: null }, fromEntry, now)).toBeNull();
  });

  it('lists a Contacted company a week after the last outreach, with how long it has waited', () => {
    expect(followUpWait(facts, rules, now)).toEqual({ daysWaiting: 20, daysSinceOutreach: 9 });
    expect(followUpWait({ ...facts, lastFollowUpAt: daysAgo(6) }, rules, now)).toBeNull();
    expect(followUpWait({ ...facts, lastFollowUpAt: null, statusChangedAt: daysAgo(7) }, rules, now)).toEqual({ daysWaiting: 7, daysSinceOutreach: null });
  });

  it('skips other stages and companies with a meeting or reminder ahead', () => {
    expect(followUpWait({ ...facts, status: 'meeting' }, rules, now)).toBeNull();
    expect(followUpWait({ ...facts, nextPlannedAt: new Date(now.getTime() + 60_000) }, rules, now)).toBeNull();
    expect(followUpWait({ ...facts, nextPlannedAt: daysAgo(1) }, rules, now)).not.toBeNull();
  });

  it('takes the earlier of two moments', () => {
    expect(earliest(null, null)).toBeNull();
    expect(earliest(daysAgo(1), null)).toEqual(daysAgo(1));
    expect(earliest(daysAgo(1), daysAgo(2))).toEqual(daysAgo(2));
  });
});

describe('when the routine can stop reading companies', () => {
  // Keys of a full list: 60 down to 60 - (limit - 1), so its last entry's key is 11.
  const full = Array.from({ length: ROUTINE_LIST_LIMIT }, (_, i) => 60 - i);
  const cut = full.at(-1)!;

  it('keeps reading while the list is not full, however low the days in stage', () => {
    expect(isRoutineListFinal(full.slice(1), 0)).toBe(false);
    expect(isRoutineListFinal([], 0)).toBe(false);
  });

  it('stops once every company still unread has fewer days in its stage than the last entry', () => {
    expect(isRoutineListFinal(full, cut - 1)).toBe(true);
    expect(isRoutineListFinal(full, 0)).toBe(true);
  });

  it('keeps reading at a tie: the next sort key could put an unread company before the last entry', () => {
    expect(isRoutineListFinal(full, cut)).toBe(false);
    expect(isRoutineListFinal(full, cut + 1)).toBe(false);
  });

  it('takes the keys in any order and looks at the entry at the limit, not the lowest', () => {
    const shuffled = [...full.slice(25), 1, 2, 3, ...full.slice(0, 25)];
    expect(isRoutineListFinal(shuffled, cut - 1)).toBe(true);
    expect(isRoutineListFinal(shuffled, cut)).toBe(false);
    expect(isRoutineListFinal([5, 9, 7], 4, 2)).toBe(true);
    expect(isRoutineListFinal([5, 9, 7], 7, 2)).toBe(false);
  });
});

describe('whose routine', () => {
  const actor = (role: 'admin' | 'manager' | 'recruiter' | 'viewer') => ({ agencyId: 'a', userId: 'me', role });

  it("gives admins and managers the agency's day or anyone's", () => {
    for (const role of ['admin', 'manager'] as const) {
      expect(routineOwner(actor(role), undefined)).toBeUndefined();
      expect(routineOwner(actor(role), 'colleague')).toBe('colleague');
    }
  });

  it('gives recruiters and viewers their own day, and refuses a colleague’s', () => {
    for (const role of ['recruiter', 'viewer'] as const) {
      expect(routineOwner(actor(role), undefined)).toBe('me');
      expect(routineOwner(actor(role), 'me')).toBe('me');
      expect(() => routineOwner(actor(role), 'colleague')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    }
  });
});
