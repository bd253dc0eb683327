import { sql, type Kysely } from 'kysely';

/*
 * The platform operator writes the shared company data every agency sees
 * (companies, jobs, decision makers). Operators are users of the one
 * platform agency, which owns no pipeline data; the database itself keeps
 * the two apart: a user is an operator exactly when their agency is the
 * platform (users (agency_id, operator) references agencies (id, platform)),
 * so no agency user can hold the role and no agency role reaches the platform.
 */
const statements = [
  `alter table agencies add column platform boolean not null default false`,
  `create unique index agencies_one_platform_key on agencies (platform) where platform`,
  `alter table agencies add constraint agencies_id_platform_key unique (id, platform)`,
  `alter table users drop constraint users_role_check`,
  `alter table users add constraint users_role_check check (role in ('admin', 'manager', 'recruiter', 'viewer', 'operator'))`,
  `alter table users add column operator boolean not null generated always as (role = 'operator') stored`,
  `alter table users add constraint users_platform_fkey foreign key (agency_id, operator) references agencies (id, platform)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
