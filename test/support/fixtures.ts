import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor, Role } from '../../src/identity/domain/roles.js';
import type { Db } from '../../src/platform/db/database.js';
import { followCompany } from '../../src/clients/follow-company.js';
import { changeStatus } from '../../src/pipeline/change-status.js';
import { hashPassword } from '../../src/identity/passwords.js';

/** Every fixture user's password: long enough and uncommon, so it passes the password rules. */
export const FIXTURE_PASSWORD = 'fixture-wachtwoord-lang-genoeg';
// Hashed once per test file: scrypt takes most of a second.
let fixtureHash: Promise<string> | undefined;

export interface TestAgency {
  agencyId: string;
  admin: Actor;
  manager: Actor;
  recruiter: Actor;
  viewer: Actor;
}

/** A fresh agency with a user of each role: tests stay apart by agency. */
export async function createTestAgency(db: Db, name = 'Test agency'): Promise<TestAgency> {
  const agency = await db.insertInto('agencies').values({ name }).returning('id').executeTakeFirstOrThrow();
  const make = (role: Role) => createTestUser(db, agency.id, role, `${role} ${name}`);
  return { agencyId: agency.id, admin: await make('admin'), manager: await make('manager'), recruiter: await make('recruiter'), viewer: await make('viewer') };
}

/** A user of the agency with a unique e-mail address and FIXTURE_PASSWORD. */
export async function createTestUser(db: Db, agencyId: string, role: Role | string, name = `${role} colleague`): Promise<Actor> {
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  const user = await db
    .insertInto('users')
    .values({ agency_id: agencyId, email: `${role}-${randomUUID()}@example.test`, name, password_hash: await fixtureHash, role, branch_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { agencyId, userId: user.id, role };
}

let companyCounter = 0;

/** A shared company record with unique identifiers. */
export async function createGlobalCompany(db: Db, name?: string): Promise<string> {
  companyCounter += 1;
  const slug = `company-${companyCounter}-${randomUUID().slice(0, 8)}`;
  const row = await db
    .insertInto('global_companies')
    .values({
      name: name ?? `Company ${companyCounter}`,
      website_domain: `${slug}.nl`,
      linkedin_url: `https://www.linkedin.com/company/${slug}`,
      industry: 'Software Development',
      location: 'Utrecht',
      employee_count: 120,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Follows a new company as `actor` and returns the agency's company id. */
export async function followNewCompany(db: Db, actor: Actor): Promise<string> {
  const { company } = await followCompany(db, actor, { globalCompanyId: await createGlobalCompany(db) });
  return company.id;
}

/** The legal path from Prospect to each stage of the default pipeline. */
export const PATH_TO: Readonly<Record<string, readonly string[]>> = {
  prospect: [],
  contacted: ['contacted'],
  meeting: ['meeting'],
  won: ['won'],
  lost: ['lost'],
};

/** A followed company brought to `status` through legal moves. */
export async function companyInStatus(db: Db, actor: Actor, status: string): Promise<string> {
  const companyId = await followNewCompany(db, actor);
  for (const step of PATH_TO[status] ?? []) {
    await changeStatus(db, actor, { companyId, status: step, lossReason: step === 'lost' ? 'no_response' : undefined });
  }
  return companyId;
}

type Rows = ({ id: string } & Record<string, unknown>)[];

/** What snapshot reads: row counts, and the columns a change would show in, of what an agency owns. */
export interface AgencySnapshot {
  pipelines: Rows;
  users: Rows;
  invites: Rows;
  roles: Rows;
  branches: Rows;
  dossierKinds: string[];
  companies: number;
  activities: number;
  contacts: number;
  statuses: Rows;
  reminders: Rows;
  notifications: Rows;
  dossiers: Rows;
  dossierLinks: { activities: number; contacts: Record<string, unknown>[]; roles: Rows; vacancies: Rows; vacancyLinks: Record<string, unknown>[] };
}

/**
 * Counts rows an agency owns and reads the columns a change would show in,
 * to prove a rejected request wrote nothing. One statement (JSON), since the
 * bad-input and fuzz suites take two per request.
 */
export async function snapshot(db: Db, agencyId: string): Promise<AgencySnapshot> {
  const count = (table: string) => sql`(select count(*)::int from ${sql.table(table)} where agency_id = ${agencyId})`;
  const rows = (table: string, columns: string, order = 'id') =>
    sql`(select coalesce(json_agg(t order by ${sql.raw(order.split(', ').map((column) => `t.${column}`).join(', '))}), '[]'::json)
      from (select ${sql.raw(columns)} from ${sql.table(table)} where agency_id = ${agencyId}) t)`;
  const { rows: [row] } = await sql<{ snapshot: AgencySnapshot }>`select json_build_object(
    'pipelines', ${rows('pipelines', 'id, version, is_default, archived_at')},
    -- The team: who is in it, their role, name, language, password and access; and the invites out.
    'users', ${rows('users', 'id, role, name, language, password_hash, deactivated_at, branch_id')},
    'invites', ${rows('invites', 'id, accepted_at, revoked_at')},
    -- Who may do what, and where: the roles, the branches and the dossier kinds switched on.
    'roles', ${rows('agency_roles', 'id, key, name_nl, name_en, permissions')},
    'branches', ${rows('branches', 'id, name, archived_at')},
    'dossierKinds', (select to_json(dossier_kinds) from agencies where id = ${agencyId}),
    'companies', ${count('companies')},
    'activities', ${count('client_company_activities')},
    'contacts', ${count('contacts')},
    'statuses', ${rows('companies', 'id, pipeline_id, client_status, client_status_changed_at, resume_at, field_values, expected_value, expected_close_date, deleted_at, branch_id')},
    'reminders', ${rows('reminders', 'id, due_at, done_at')},
    'notifications', ${rows('notifications', 'id, read_at')},
    -- Leads, opportunities, their timeline, contacts and vacancies, and the contact roles.
    'dossiers', ${rows('dossiers', 'id, title, stage, stage_changed_at, owner_id, value, priority, deleted_at')},
    'dossierLinks', json_build_object(
      'activities', ${count('dossier_activities')},
      'contacts', ${rows('dossier_contacts', 'dossier_id, contact_id, role_id', 'dossier_id, contact_id')},
      'roles', ${rows('dossier_contact_roles', 'id, name_en, position')},
      'vacancies', ${rows('vacancies', 'id, deleted_at')},
      'vacancyLinks', ${rows('vacancy_dossiers', 'vacancy_id, dossier_id', 'vacancy_id, dossier_id')}
    )
  ) as snapshot`.execute(db);
  return row!.snapshot;
}

/** An open manual reminder on the company, for the actor, due tomorrow. */
export async function createTestReminder(db: Db, actor: Actor, companyId: string): Promise<string> {
  const row = await db
    .insertInto('reminders')
    .values({
      agency_id: actor.agencyId,
      company_id: companyId,
      user_id: actor.userId,
      due_at: new Date(Date.now() + 86_400_000),
      note: 'Terugbellen',
      kind: 'manual',
      created_by: actor.userId,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An unread new-jobs notification for the actor about the company. */
export async function createTestNotification(db: Db, actor: Actor, companyId: string): Promise<string> {
  const row = await db
    .insertInto('notifications')
    .values({
      agency_id: actor.agencyId,
      user_id: actor.userId,
      kind: 'new_jobs',
      company_id: companyId,
      payload: JSON.stringify({ jobs: [], total: 0 }),
      dedupe_key: `test:${randomUUID()}`,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
