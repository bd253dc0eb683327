import { sql, type Kysely } from 'kysely';

/*
 * Sessions (browser logins) and personal API tokens. Both are found by the
 * hash of a secret the client presents, before the agency is known, so
 * their lookup key is that hash; both still carry agency_id and point at
 * (agency_id, user_id). Only hashes are stored: a leaked table logs no one in.
 */
const statements = [
  `create table sessions (
    token_hash text primary key,
    agency_id uuid not null,
    user_id uuid not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    foreign key (agency_id, user_id) references users (agency_id, id)
  )`,
  `create index sessions_user_idx on sessions (agency_id, user_id)`,
  `create table api_tokens (
    agency_id uuid not null,
    id uuid not null default gen_random_uuid(),
    user_id uuid not null,
    name text not null check (length(name) between 1 and 100),
    token_hash text not null unique,
    created_at timestamptz not null,
    last_used_at timestamptz,
    revoked_at timestamptz,
    primary key (agency_id, id),
    foreign key (agency_id, user_id) references users (agency_id, id)
  )`,
  `create index api_tokens_user_idx on api_tokens (agency_id, user_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
