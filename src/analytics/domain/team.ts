import type { ActivityType } from '../../pipeline/domain/index.js';
import { can, type Actor, type RoleKey } from '../../identity/domain/index.js';
import { relativeChange } from './periods.js';

/** The periods the team view offers, in days ending now (SPEC R9.6). */
export const TEAM_PERIOD_DAYS = [7, 30, 90, 365] as const;
export type TeamPeriodDays = (typeof TEAM_PERIOD_DAYS)[number];

/** The team view's period when none is chosen (SPEC R9.6: 30 days). */
export const DEFAULT_TEAM_DAYS = 30 satisfies TeamPeriodDays;

/** A count over a period next to the same count over the period before. */
export interface Figure {
  current: number;
  previous: number;
  /** (current − previous) / previous; null when previous is 0. */
  change: number | null;
}

/** A figure with its relative change. */
export function figure(current: number, previous: number): Figure {
  return { current, previous, change: relativeChange(current, previous) };
}

/**
 * What each member is credited with, and the activity type that counts for
 * it. Status changes are those made by hand: automatic ones have no user.
 * A migration import is credited to no one (docs/pipelines.md, "Imported
 * records"): its records open with `imported`, not `company_tracked`, it
 * writes no status changes, and the contacts it adds are taken off
 * (withoutImportedContacts).
 */
export const MEMBER_METRICS = {
  outreachSent: 'outreach_sent',
  companiesAdded: 'company_tracked',
  contactsFound: 'contact_detail_added',
  meetingsScheduled: 'meeting_scheduled',
  statusChanges: 'status_change',
} as const satisfies Record<string, ActivityType>;

export type MemberMetric = keyof typeof MEMBER_METRICS;

/** Leaderboard order: the figure compared first comes first. */
const METRIC_ORDER = Object.keys(MEMBER_METRICS) as MemberMetric[];

/** Activity types the team view counts. */
export const TEAM_ACTIVITY_TYPES: readonly ActivityType[] = Object.values(MEMBER_METRICS);

export interface TeamMember {
  userId: string;
  name: string;
  role: RoleKey;
}

/** Activities of one type by one user in the current and previous period. */
export interface ActivityCount {
  userId: string;
  activityType: string;
  current: number;
  previous: number;
}

export type MemberActivity = TeamMember & { rank: number } & Record<MemberMetric, Figure>;

/**
 * The counts without the contacts migration imports added: an import's
 * `contact_detail_added` entries are its file's people, found before in
 * another CRM, not found by the admin who ran it in the period. `imported`
 * holds those entries per user, counted as `counts` are.
 */
export function withoutImportedContacts(counts: readonly ActivityCount[], imported: readonly Omit<ActivityCount, 'activityType'>[]): ActivityCount[] {
  return counts.map((count) => {
    const ofImports = count.activityType === MEMBER_METRICS.contactsFound ? imported.find((i) => i.userId === count.userId) : undefined;
    return ofImports ? { ...count, current: count.current - ofImports.current, previous: count.previous - ofImports.previous } : count;
  });
}

/**
 * Who holds `team:lead` (the built-in admins and managers) sees the whole
 * team (SPEC R9.6); everyone else sees their own figures only.
 */
export function teamScope(actor: Pick<Actor, 'role' | 'permissions'>): 'agency' | 'self' {
  return can(actor, 'team:lead') ? 'agency' : 'self';
}

/**
 * The per-member leaderboard: every member, zero figures included, ordered
 * by outreach sent, then companies added, contacts found, meetings and
 * status changes in the current period; members equal on all of them share
 * a rank (1, 1, 3) and are listed by name. Counts of users not in `members`
 * are ignored.
 */
export function leaderboard(members: readonly TeamMember[], counts: readonly ActivityCount[]): MemberActivity[] {
  const rows = members.map((member) => {
    const figures = Object.fromEntries(
      METRIC_ORDER.map((metric) => {
        const count = counts.find((c) => c.userId === member.userId && c.activityType === MEMBER_METRICS[metric]);
        return [metric, figure(count?.current ?? 0, count?.previous ?? 0)];
      }),
    ) as Record<MemberMetric, Figure>;
    return { ...member, ...figures };
  });
  const compare = (a: Record<MemberMetric, Figure>, b: Record<MemberMetric, Figure>) => {
    for (const metric of METRIC_ORDER) {
      const difference = b[metric].current - a[metric].current;
      if (difference !== 0) return difference;
    }
    return 0;
  };
  const sorted = rows.sort((a, b) => compare(a, b) || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || compare(sorted[index - 1]!, row) !== 0) rank = index + 1;
    return { ...row, rank };
  });
}

export type TeamTotals = Record<MemberMetric | 'jobsAdded', Figure>;

/** The team's totals: the members' figures added up, and the jobs added at the companies in view. */
export function teamTotals(board: readonly MemberActivity[], jobsAdded: { current: number; previous: number }): TeamTotals {
  const totals = Object.fromEntries(
    METRIC_ORDER.map((metric) => [
      metric,
      figure(
        board.reduce((sum, row) => sum + row[metric].current, 0),
        board.reduce((sum, row) => sum + row[metric].previous, 0),
      ),
    ]),
  ) as Record<MemberMetric, Figure>;
  return { ...totals, jobsAdded: figure(jobsAdded.current, jobsAdded.previous) };
}
