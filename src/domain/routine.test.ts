import { describe, expect, it } from 'vitest';
import { earliest, followUpWait } from './routine.js';

const now = new Date('2026-11-23T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('follow-ups on the routine', () => {
  const facts = { status: 'contacted', statusChangedAt: daysAgo(20), lastFollowUpAt: daysAgo(9), nextPlannedAt: null };

  it('lists a Contacted company a week after the last outreach, with how long it has waited', () => {
    expect(followUpWait(facts, now)).toEqual({ daysWaiting: 20, daysSinceOutreach: 9 });
    expect(followUpWait({ ...facts, lastFollowUpAt: daysAgo(6) }, now)).toBeNull();
    expect(followUpWait({ ...facts, lastFollowUpAt: null, statusChangedAt: daysAgo(7) }, now)).toEqual({ daysWaiting: 7, daysSinceOutreach: null });
  });

  it('skips other stages and companies with a meeting or reminder ahead', () => {
    expect(followUpWait({ ...facts, status: 'meeting' }, now)).toBeNull();
    expect(followUpWait({ ...facts, nextPlannedAt: new Date(now.getTime() + 60_000) }, now)).toBeNull();
    expect(followUpWait({ ...facts, nextPlannedAt: daysAgo(1) }, now)).not.toBeNull();
  });

  it('takes the earlier of two moments', () => {
    expect(earliest(null, null)).toBeNull();
    expect(earliest(daysAgo(1), null)).toEqual(daysAgo(1));
    expect(earliest(daysAgo(1), daysAgo(2))).toEqual(daysAgo(2));
  });
});
