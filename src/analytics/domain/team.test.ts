import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAM_DAYS, figure, leaderboard, TEAM_PERIOD_DAYS, teamScope, teamTotals, withoutImportedContacts, type TeamMember } from './team.js';

const members: TeamMember[] = [
  { userId: 'u-ann', name: 'Ann', role: 'admin' },
  { userId: 'u-bob', name: 'Bob', role: 'recruiter' },
  { userId: 'u-cor', name: 'Cor', role: 'recruiter' },
  { userId: 'u-dee', name: 'Dee', role: 'manager' },
];

describe('figure', () => {
  it('sets the current count against the previous one', () => {
    expect(figure(3, 1)).toEqual({ current: 3, previous: 1, change: 2 });
    expect(figure(0, 4)).toEqual({ current: 0, previous: 4, change: -1 });
    expect(figure(2, 0)).toEqual({ current: 2, previous: 0, change: null });
  });
});

describe('leaderboard', () => {
  const board = leaderboard(members, [
    { userId: 'u-bob', activityType: 'outreach_sent', current: 4, previous: 2 },
    { userId: 'u-bob', activityType: 'company_tracked', current: 1, previous: 0 },
    { userId: 'u-cor', activityType: 'outreach_sent', current: 4, previous: 0 },
    { userId: 'u-cor', activityType: 'company_tracked', current: 1, previous: 1 },
    { userId: 'u-ann', activityType: 'outreach_sent', current: 1, previous: 5 },
    { userId: 'u-ann', activityType: 'status_change', current: 2, previous: 0 },
    { userId: 'u-stranger', activityType: 'outreach_sent', current: 99, previous: 0 },
  ]);

  it('ranks by outreach, then the other figures; equals share a rank and are listed by name', () => {
    expect(board.map((row) => [row.name, row.rank])).toEqual([
      ['Bob', 1],
      ['Cor', 1],
      ['Ann', 3],
      ['Dee', 4],
    ]);
  });

  it('gives every member every figure, zero where nothing was done', () => {
    expect(board[0]).toEqual({
      userId: 'u-bob',
      name: 'Bob',
      role: 'recruiter',
      rank: 1,
      outreachSent: { current: 4, previous: 2, change: 1 },
      companiesAdded: { current: 1, previous: 0, change: null },
      contactsFound: { current: 0, previous: 0, change: null },
      meetingsScheduled: { current: 0, previous: 0, change: null },
      statusChanges: { current: 0, previous: 0, change: null },
    });
  });

  it('adds the members up for the totals, next to the jobs added', () => {
    const totals = teamTotals(board, { current: 3, previous: 1 });
    expect(totals.outreachSent).toEqual({ current: 9, previous: 7, change: 2 / 7 });
    expect(totals.companiesAdded).toEqual({ current: 2, previous: 1, change: 1 });
    expect(totals.statusChanges).toEqual({ current: 2, previous: 0, change: null });
    expect(totals.jobsAdded).toEqual({ current: 3, previous: 1, change: 2 });
  });

  it('breaks a tie on outreach with the next figure', () => {
    const tied = leaderboard(members.slice(1, 3), [
      { userId: 'u-bob', activityType: 'outreach_sent', current: 2, previous: 0 },
      { userId: 'u-cor', activityType: 'outreach_sent', current: 2, previous: 0 },
      { userId: 'u-cor', activityType: 'meeting_scheduled', current: 1, previous: 0 },
    ]);
    expect(tied.map((row) => [row.name, row.rank])).toEqual([
      ['Cor', 1],
      ['Bob', 2],
    ]);
  });
});

describe('teamScope', () => {
  it('shows admins and managers the whole team, others themselves', () => {
    expect(teamScope({ role: 'admin' })).toBe('agency');
    expect(teamScope({ role: 'manager' })).toBe('agency');
    expect(teamScope({ role: 'recruiter' })).toBe('self');
    expect(teamScope({ role: 'viewer' })).toBe('self');
    // A custom role sees the team exactly when it holds team:lead.
    expect(teamScope({ role: 'planner', permissions: new Set(['companies:view', 'team:lead'] as const) })).toBe('agency');
    expect(teamScope({ role: 'planner', permissions: new Set(['companies:view'] as const) })).toBe('self');
  });
});

describe('team periods', () => {
  it('offers a week, a month, a quarter and a year, 30 days by default', () => {
    expect(TEAM_PERIOD_DAYS).toEqual([7, 30, 90, 365]);
    expect(TEAM_PERIOD_DAYS).toContain(DEFAULT_TEAM_DAYS);
    expect(DEFAULT_TEAM_DAYS).toBe(30);
  });
});

describe('withoutImportedContacts', () => {
  it("takes the contacts an import added off its runner's contacts found, and nothing else", () => {
    const counts = [
      { userId: 'u-ann', activityType: 'contact_detail_added', current: 5, previous: 2 },
      { userId: 'u-ann', activityType: 'outreach_sent', current: 3, previous: 3 },
      { userId: 'u-bob', activityType: 'contact_detail_added', current: 1, previous: 0 },
    ];
    expect(withoutImportedContacts(counts, [{ userId: 'u-ann', current: 4, previous: 2 }])).toEqual([
      { userId: 'u-ann', activityType: 'contact_detail_added', current: 1, previous: 0 },
      { userId: 'u-ann', activityType: 'outreach_sent', current: 3, previous: 3 },
      { userId: 'u-bob', activityType: 'contact_detail_added', current: 1, previous: 0 },
    ]);
    expect(withoutImportedContacts(counts, [])).toEqual(counts);
  });
});
