import { describe, expect, it } from 'vitest';
import { clientStage, deal, findStage, recruitmentBd, type PipelineDefinition, type Stage } from '../../pipeline/domain/index.js';
import { suggestReminders, type ReminderFacts } from './reminders.js';

const now = new Date('2026-11-23T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const stageOf = (pipeline: PipelineDefinition, key: string): Stage => findStage(pipeline, key)!;

const contacted = (overrides: Partial<ReminderFacts> = {}): ReminderFacts => ({
  companyId: 'c1',
  stage: stageOf(recruitmentBd, 'contacted'),
  statusChangedAt: daysAgo(10),
  resumeAt: null,
  lastFollowUp: { at: daysAgo(8), by: 'sender' },
  ownerId: 'owner',
  movedBy: null,
  nextMeetingAt: null,
  openReminders: [],
  ...overrides,
});

describe('suggested reminders', () => {
  it("reads the rules from the pipeline's stages: the templates carry the documented defaults", () => {
    const rules = (pipeline: PipelineDefinition) => pipeline.stages.filter((s) => s.followUp).map((s) => [s.key, s.followUp!.afterDays, s.followUp!.from]);
    expect(rules(recruitmentBd)).toEqual([
      ['contacted', 7, 'last_follow_up'],
      ['lost', 120, 'stage_entered'],
    ]);
    expect(rules(clientStage)).toEqual([
      ['proposal_sent', 4, 'last_follow_up'],
      ['dormant', 90, 'last_follow_up'],
      ['lost', 180, 'stage_entered'],
    ]);
  });

  it('suggests a follow-up for the owner once a week has passed since the last outreach', () => {
    const { create, retire } = suggestReminders([contacted()], now);
    expect(retire).toEqual([]);
    expect(create).toEqual([
      {
        companyId: 'c1',
        userId: 'owner',
        reasonKey: 'stage_follow_up',
        reasonData: { stage: 'contacted', stageName: { nl: 'Gecontacteerd', en: 'Contacted' }, afterDays: 7 },
        dueAt: daysAgo(1),
        note: 'No progress 7 days after the last follow-up in Contacted: follow up.',
        dedupeKey: `stage_follow_up:c1:${daysAgo(8).toISOString()}`,
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
    const old = { id: 'r1', kind: 'suggested' as const, dedupeKey: `stage_follow_up:c1:${daysAgo(20).toISOString()}` };
    // Followed up 8 days ago, after the old suggestion: that one goes, a new one is due.
    const followedUp = suggestReminders([contacted({ openReminders: [old] })], now);
    expect(followedUp.retire).toEqual(['r1']);
    expect(followedUp.create).toHaveLength(1);
    const moved = suggestReminders([contacted({ stage: stageOf(recruitmentBd, 'meeting'), openReminders: [old, { id: 'm1', kind: 'manual', dedupeKey: null }] })], now);
    expect(moved).toEqual({ create: [], retire: ['r1'] });
    // A stage the pipeline no longer has: no rule, the suggestion goes.
    expect(suggestReminders([contacted({ stage: undefined, openReminders: [old] })], now)).toEqual({ create: [], retire: ['r1'] });
  });

  it('suggests revisiting a lost company 120 days after it was lost, whatever happened since', () => {
    const lost = contacted({ stage: stageOf(recruitmentBd, 'lost'), statusChangedAt: daysAgo(120), lastFollowUp: { at: daysAgo(2), by: 'sender' }, movedBy: 'mover', ownerId: null });
    expect(suggestReminders([lost], now).create).toEqual([
      expect.objectContaining({
        reasonKey: 'stage_revisit',
        reasonData: { stage: 'lost', stageName: { nl: 'Verloren', en: 'Lost' }, afterDays: 120 },
        note: '120 days in Lost: time to revisit.',
        dueAt: now,
        userId: 'sender',
        dedupeKey: `stage_revisit:c1:${daysAgo(120).toISOString()}`,
      }),
    ]);
    expect(suggestReminders([{ ...lost, statusChangedAt: daysAgo(119) }], now).create).toEqual([]);
  });

  it("applies each pipeline's own waits: Client stage follows up a proposal after 4 days and revisits Lost after 180", () => {
    const proposal = contacted({ stage: stageOf(clientStage, 'proposal_sent'), statusChangedAt: daysAgo(4), lastFollowUp: null });
    expect(suggestReminders([proposal], now).create).toEqual([expect.objectContaining({ reasonKey: 'stage_follow_up', dueAt: now, reasonData: expect.objectContaining({ afterDays: 4 }) })]);
    expect(suggestReminders([{ ...proposal, statusChangedAt: daysAgo(3) }], now).create).toEqual([]);
    const lost = contacted({ stage: stageOf(clientStage, 'lost'), statusChangedAt: daysAgo(179), lastFollowUp: null });
    expect(suggestReminders([lost], now).create).toEqual([]);
    expect(suggestReminders([{ ...lost, statusChangedAt: daysAgo(180) }], now).create).toEqual([expect.objectContaining({ reasonKey: 'stage_revisit' })]);
    // An agency that edits the wait gets its own rule.
    const edited = { ...stageOf(recruitmentBd, 'contacted'), followUp: { afterDays: 3, from: 'last_follow_up' as const } };
    expect(suggestReminders([contacted({ stage: edited, lastFollowUp: { at: daysAgo(3), by: 'sender' } })], now).create).toHaveLength(1);
  });

  it('has no rule for stages without a follow-up (Prospect, Meeting, Won)', () => {
    const facts = ['prospect', 'meeting', 'won'].map((key) => contacted({ stage: stageOf(recruitmentBd, key), statusChangedAt: daysAgo(400), lastFollowUp: null }));
    expect(suggestReminders(facts, now)).toEqual({ create: [], retire: [] });
  });

  describe('on hold', () => {
    const held = (overrides: Partial<ReminderFacts> = {}) =>
      contacted({ stage: stageOf(deal, 'on_hold'), statusChangedAt: daysAgo(30), resumeAt: '2026-11-23', lastFollowUp: null, ...overrides });
    const key = (changedAt: Date, day: string) => `on_hold_resume:c1:${changedAt.toISOString()}:${day}`;

    it('reminds the owner on the day to resume (its start, UTC), not before', () => {
      expect(suggestReminders([held({ resumeAt: '2026-11-24' })], now).create).toEqual([]);
      expect(suggestReminders([held()], now).create).toEqual([
        {
          companyId: 'c1',
          userId: 'owner',
          reasonKey: 'on_hold_resume',
          reasonData: { stage: 'on_hold', stageName: { nl: 'Wachtend', en: 'On hold' }, resumeAt: '2026-11-23' },
          dueAt: new Date('2026-11-23T00:00:00Z'),
          note: 'On hold until 2026-11-23: time to resume.',
          dedupeKey: key(daysAgo(30), '2026-11-23'),
        },
      ]);
      // Whoever put it on hold when nobody owns it.
      expect(suggestReminders([held({ ownerId: null, movedBy: 'mover' })], now).create[0]!.userId).toBe('mover');
    });

    it('is due whatever else is open or planned, once per hold', () => {
      const busy = held({ openReminders: [{ id: 'm1', kind: 'manual', dedupeKey: null }], nextMeetingAt: new Date(now.getTime() + 3_600_000) });
      expect(suggestReminders([busy], now).create).toHaveLength(1);
      const open = { id: 'r1', kind: 'suggested' as const, dedupeKey: key(daysAgo(30), '2026-11-23') };
      expect(suggestReminders([held({ openReminders: [open] })], now)).toEqual({ create: [], retire: [] });
      // A second hold (entered later) has its own key; the first hold's reminder is retired.
      const second = suggestReminders([held({ statusChangedAt: daysAgo(2), openReminders: [open] })], now);
      expect(second.retire).toEqual(['r1']);
      expect(second.create.map((s) => s.dedupeKey)).toEqual([key(daysAgo(2), '2026-11-23')]);
    });

    it('retires the reminder once the record resumes, and asks nothing without a day', () => {
      const open = { id: 'r1', kind: 'suggested' as const, dedupeKey: key(daysAgo(30), '2026-11-23') };
      expect(suggestReminders([held({ stage: stageOf(deal, 'negotiation'), statusChangedAt: daysAgo(1), openReminders: [open] })], now).retire).toEqual(['r1']);
      expect(suggestReminders([held({ resumeAt: null })], now)).toEqual({ create: [], retire: [] });
    });
  });
});
