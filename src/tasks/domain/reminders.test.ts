import { describe, expect, it } from 'vitest';
import { REMINDER_RULES, suggestReminders, type ReminderFacts } from './reminders.js';

const now = new Date('2026-11-23T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

const contacted = (overrides: Partial<ReminderFacts> = {}): ReminderFacts => ({
  companyId: 'c1',
  status: 'contacted',
  statusChangedAt: daysAgo(10),
  lastFollowUp: { at: daysAgo(8), by: 'sender' },
  ownerId: 'owner',
  movedBy: null,
  nextMeetingAt: null,
  openReminders: [],
  ...overrides,
});

describe('suggested reminders', () => {
  it('has the documented defaults: follow up 7 days after the last outreach, revisit Lost after 120 days', () => {
    expect(REMINDER_RULES.map((r) => [r.stage, r.afterDays])).toEqual([
      ['contacted', 7],
      ['lost', 120],
      ['proposal_sent', 4],
      ['dormant', 90],
    ]);
  });

  it('suggests a follow-up for the owner once a week has passed since the last outreach', () => {
    const { create, retire } = suggestReminders([contacted()], now);
    expect(retire).toEqual([]);
    expect(create).toEqual([
      {
        companyId: 'c1',
        userId: 'owner',
        reasonKey: 'contacted_no_progress',
        dueAt: daysAgo(1),
        note: 'No progress 7 days after the last outreach: follow up.',
        dedupeKey: `contacted_no_progress:c1:${daysAgo(8).toISOString()}`,
      },
    ]);
  });

  it('waits while the last outreach is less than a week old, and counts from entering the stage without one', () => {
    expect(suggestReminders([contacted({ lastFollowUp: { at: daysAgo(6), by: 'sender' } })], now).create).toEqual([]);
    const silent = suggestReminders([contacted({ lastFollowUp: null, statusChangedAt: daysAgo(7) })], now).create;
    expect(silent.map((s) => s.dueAt)).toEqual([now]);
  });

  it('reminds the one who sent outreach when nobody owns the company, else who moved it; nobody means no reminder', () => {
    expect(suggestReminders([contacted({ ownerId: null })], now).create[0]!.userId).toBe('sender');
    expect(suggestReminders([contacted({ ownerId: null, lastFollowUp: null, movedBy: 'mover' })], now).create[0]!.userId).toBe('mover');
    expect(suggestReminders([contacted({ ownerId: null, lastFollowUp: { at: daysAgo(8), by: null } })], now).create).toEqual([]);
  });

  it('leaves it alone while a meeting lies ahead or a reminder is open', () => {
    expect(suggestReminders([contacted({ nextMeetingAt: new Date(now.getTime() + 3_600_000) })], now).create).toEqual([]);
    expect(suggestReminders([contacted({ nextMeetingAt: daysAgo(1) })], now).create).toHaveLength(1);
    expect(suggestReminders([contacted({ openReminders: [{ id: 'r1', kind: 'manual', dedupeKey: null }] })], now).create).toEqual([]);
  });

  it('suggests the same reminder again with the same key, so the caller writes it once', () => {
    const first = suggestReminders([contacted()], now).create[0]!;
    const open = { id: 'r1', kind: 'suggested' as const, dedupeKey: first.dedupeKey };
    expect(suggestReminders([contacted({ openReminders: [open] })], now)).toEqual({ create: [], retire: [] });
    expect(suggestReminders([contacted()], new Date(now.getTime() + 86_400_000)).create[0]!.dedupeKey).toBe(first.dedupeKey);
  });

  it('retires a suggestion once the company was followed up or moved on', () => {
    const old = { id: 'r1', kind: 'suggested' as const, dedupeKey: `contacted_no_progress:c1:${daysAgo(20).toISOString()}` };
    // Followed up 8 days ago, after the old suggestion: that one goes, a new one is due.
    const followedUp = suggestReminders([contacted({ openReminders: [old] })], now);
    expect(followedUp.retire).toEqual(['r1']);
    expect(followedUp.create).toHaveLength(1);
    const moved = suggestReminders([contacted({ status: 'meeting', openReminders: [old, { id: 'm1', kind: 'manual', dedupeKey: null }] })], now);
    expect(moved).toEqual({ create: [], retire: ['r1'] });
  });

  it('suggests revisiting a lost company 120 days after it was lost, whatever happened since', () => {
    const lost = contacted({ status: 'lost', statusChangedAt: daysAgo(120), lastFollowUp: { at: daysAgo(2), by: 'sender' }, movedBy: 'mover', ownerId: null });
    expect(suggestReminders([lost], now).create).toEqual([
      expect.objectContaining({ reasonKey: 'lost_revisit', dueAt: now, userId: 'sender', dedupeKey: `lost_revisit:c1:${daysAgo(120).toISOString()}` }),
    ]);
    expect(suggestReminders([{ ...lost, statusChangedAt: daysAgo(119) }], now).create).toEqual([]);
  });

  it('has no rule for Prospect, Meeting and Won', () => {
    const facts = ['prospect', 'meeting', 'won'].map((status) => contacted({ status, statusChangedAt: daysAgo(400), lastFollowUp: null }));
    expect(suggestReminders(facts, now)).toEqual({ create: [], retire: [] });
  });

  it('takes other rules', () => {
    const strict = REMINDER_RULES.map((rule) => (rule.stage === 'contacted' ? { ...rule, afterDays: 3 } : rule));
    expect(suggestReminders([contacted({ lastFollowUp: { at: daysAgo(3), by: 'sender' } })], now, strict).create).toHaveLength(1);
  });
});
