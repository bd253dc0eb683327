import type { teamActivitySchema } from './analytics.schemas.js';
import { sql } from 'kysely';
import { z } from 'zod';
import {
  DEFAULT_TEAM_DAYS,
  TEAM_ACTIVITY_TYPES,
  lastDays,
  leaderboard,
  previousPeriod,
  teamScope,
  teamTotals,
  withoutImportedContacts,
} from './domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput, wholeNumber } from '../platform/input/input.js';

const DAYS = 'must be a whole number of days from 1 to 366';

export const teamActivityInput = z
  .object({
    /** Length of the period in days, ending now; compared with the equal period before it. */
    days: wholeNumber(1, 366, DAYS).default(DEFAULT_TEAM_DAYS),
  })
  .strict();

export type TeamActivityInput = z.input<typeof teamActivityInput>;

export type TeamActivity = z.output<typeof teamActivitySchema>;

/**
 * The agency team view (SPEC R9.6): outreach sent, companies added, contacts
 * found, meetings and status changes per member, and jobs added, each against
 * the previous equal period. Admins and managers see everyone; others see
 * their own row, and the jobs at the companies they own. What a migration
 * import wrote is credited to no one (domain/team.ts, MEMBER_METRICS).
 */
export async function readTeamActivity(
  db: Db,
  actor: Actor,
  input: TeamActivityInput = {},
  clock: Clock = systemClock,
): Promise<TeamActivity> {
  authorize(actor, 'companies:view');
  const { days } = parseInput(teamActivityInput, input);
  const current = lastDays(clock(), days);
  const previous = previousPeriod(current);
  const scope = teamScope(actor);
  const self = scope === 'self';

  const [members, counts, importedContacts, jobs] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id as userId', 'name', 'role'])
      .where('agency_id', '=', actor.agencyId)
      .$if(self, (qb) => qb.where('id', '=', actor.userId))
      .execute(),
    // Read from client_company_activities_recent_idx alone: (agency, created_at) with user and type included.
    db
      .selectFrom('client_company_activities')
      .select((eb) => [
        'user_id',
        'activity_type',
        eb.fn.countAll<string>().filterWhere('created_at', '>=', current.from).as('current'),
        eb.fn.countAll<string>().filterWhere('created_at', '<', current.from).as('previous'),
      ])
      .where('agency_id', '=', actor.agencyId)
      .where('activity_type', 'in', TEAM_ACTIVITY_TYPES)
      .where('created_at', '>=', previous.from)
      .where('created_at', '<', current.to)
      .$if(self, (qb) => qb.where('user_id', '=', actor.userId))
      .where('user_id', 'is not', null)
      .groupBy(['user_id', 'activity_type'])
      .execute(),
    // The contacts migration imports added, credited to no one (withoutImportedContacts), from
    // client_company_activities_imported_contacts_idx alone: its predicate, written as the index's.
    db
      .selectFrom('client_company_activities')
      .select((eb) => [
        'user_id',
        eb.fn.countAll<string>().filterWhere('created_at', '>=', current.from).as('current'),
        eb.fn.countAll<string>().filterWhere('created_at', '<', current.from).as('previous'),
      ])
      .where('agency_id', '=', actor.agencyId)
      .where(sql<boolean>`activity_type = 'contact_detail_added' and extra_data ? 'batchId'`)
      .where('created_at', '>=', previous.from)
      .where('created_at', '<', current.to)
      .$if(self, (qb) => qb.where('user_id', '=', actor.userId))
      .where('user_id', 'is not', null)
      .groupBy('user_id')
      .execute(),
    // Vacancies (shared) at the companies the agency follows now, as a semi-join (jobs whose company is
    // followed): the period's jobs come off jobs_created_idx alone and probe a hash of the live companies.
    db
      .selectFrom('jobs as j')
      .select((eb) => [
        eb.fn.countAll<string>().filterWhere('j.created_at', '>=', current.from).as('current'),
        eb.fn.countAll<string>().filterWhere('j.created_at', '<', current.from).as('previous'),
      ])
      .where('j.created_at', '>=', previous.from)
      .where('j.created_at', '<', current.to)
      .where('j.global_company_id', 'in', (eb) =>
        eb
          .selectFrom('companies as c')
          .select('c.global_company_id')
          .where('c.agency_id', '=', actor.agencyId)
          .where('c.deleted_at', 'is', null)
          .$if(self, (qb) => qb.where('c.owner_id', '=', actor.userId)),
      )
      .executeTakeFirstOrThrow(),
  ]);

  const board = leaderboard(
    members,
    withoutImportedContacts(
      counts.map((row) => ({ userId: row.user_id!, activityType: row.activity_type, current: Number(row.current), previous: Number(row.previous) })),
      importedContacts.map((row) => ({ userId: row.user_id!, current: Number(row.current), previous: Number(row.previous) })),
    ),
  );
  return {
    days,
    period: current,
    previousPeriod: previous,
    scope,
    totals: teamTotals(board, { current: Number(jobs.current), previous: Number(jobs.previous) }),
    leaderboard: board,
  };
}
