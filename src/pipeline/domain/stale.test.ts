import { describe, expect, it } from 'vitest';
import { recruitmentBd } from './index.js';
import { staleDays, staleThresholds, staleVerdict } from './stale.js';

const now = new Date('2026-11-23T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const thresholds = staleThresholds(recruitmentBd);

describe('stale detection', () => {
  it('uses the pipeline thresholds: Prospect 30, Contacted 14, Meeting 21 days, none for Won and Lost', () => {
    expect(thresholds).toEqual({ prospect: 30, contacted: 14, meeting: 21 });
  });

  it('marks a company stale once it has waited longer than its stage allows', () => {
    const contacted = { status: 'contacted', lastActivityAt: null, nextPlannedAt: null };
    expect(staleDays({ ...contacted, statusChangedAt: daysAgo(14) }, thresholds, now)).toBeNull();
    expect(staleDays({ ...contacted, statusChangedAt: daysAgo(15) }, thresholds, now)).toBe(15);
    expect(staleDays({ ...contacted, status: 'meeting', statusChangedAt: daysAgo(15) }, thresholds, now)).toBeNull();
    expect(staleDays({ ...contacted, status: 'prospect', statusChangedAt: daysAgo(31) }, thresholds, now)).toBe(31);
  });

  it('never marks Won or Lost stale', () => {
    for (const status of ['won', 'lost']) {
      expect(staleDays({ status, statusChangedAt: daysAgo(400), lastActivityAt: null, nextPlannedAt: null }, thresholds, now)).toBeNull();
    }
  });

  it('restarts the wait at the latest activity', () => {
    const facts = { status: 'contacted', statusChangedAt: daysAgo(40), nextPlannedAt: null };
    expect(staleDays({ ...facts, lastActivityAt: daysAgo(5) }, thresholds, now)).toBeNull();
    expect(staleDays({ ...facts, lastActivityAt: daysAgo(20) }, thresholds, now)).toBe(20);
  });

  it('is not stale while a meeting or reminder lies ahead, and is again once it has passed', () => {
    const facts = { status: 'meeting', statusChangedAt: daysAgo(30), lastActivityAt: null };
    expect(staleDays({ ...facts, nextPlannedAt: new Date(now.getTime() + 3_600_000) }, thresholds, now)).toBeNull();
    expect(staleDays({ ...facts, nextPlannedAt: daysAgo(1) }, thresholds, now)).toBe(30);
  });

  it('takes thresholds overridden per stage', () => {
    const strict = staleThresholds(recruitmentBd, { contacted: 7 });
    expect(staleDays({ status: 'contacted', statusChangedAt: daysAgo(8), lastActivityAt: null, nextPlannedAt: null }, strict, now)).toBe(8);
  });

  it('gives the whole verdict: idle days always, the threshold where the stage has one', () => {
    const facts = { status: 'contacted', statusChangedAt: daysAgo(40), lastActivityAt: daysAgo(20), nextPlannedAt: null };
    expect(staleVerdict(facts, thresholds, now)).toEqual({ stale: true, idleDays: 20, staleAfterDays: 14 });
    expect(staleVerdict({ ...facts, nextPlannedAt: new Date(now.getTime() + 1) }, thresholds, now)).toEqual({ stale: false, idleDays: 20, staleAfterDays: 14 });
    expect(staleVerdict({ ...facts, status: 'won' }, thresholds, now)).toEqual({ stale: false, idleDays: 20, staleAfterDays: null });
  });
});
