import { sql, type Kysely } from 'kysely';

/*
 * Team settings (issue 13): a user's own UI language and when they last
 * logged in, and invites. An invite is a one-time secret an admin hands a
 * colleague (there is no e-mail in the product): like sessions and API
 * tokens only its hash is stored, found by that hash before the agency is
 * known. It is used once (accepted_at), may be revoked, and expires.
 */
const statements = [
  `alter table users add column language text check (language in ('nl', 'en'))`,
  `alter table users add column last_login_at timestamptz`,
  `create table invites (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    email text not null check (email = lower(email) and length(email) between 3 and 320),
    name text check (length(name) between 1 and 200),
    role text not null check (role in ('admin', 'manager', 'recruiter', 'viewer')),
    token_hash text not null unique,
    created_by uuid not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    accepted_at timestamptz,
    user_id uuid,
    revoked_at timestamptz,
    primary key (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id),
    foreign key (agency_id, user_id) references users (agency_id, id),
    check ((accepted_at is null) = (user_id is null))
  )`,
  `create index invites_agency_created_idx on invites (agency_id, created_at desc, id desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
