import { sql, type Kysely } from 'kysely';

/*
 * Saved views of the companies page (src/clients/save-company-view.ts): a
 * user's named filter, sort and columns, kept to themselves or shared with
 * the agency. The settings travel as one jsonb document, checked by the
 * use case's schema on the way in and on the way out, so a view saved by an
 * older version still opens (unknown parts are dropped, not refused).
 */
const statements = [
  `create table company_views (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    user_id uuid not null,
    name text not null check (length(name) between 1 and 100),
    shared boolean not null default false,
    settings jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (agency_id, id),
    foreign key (agency_id, user_id) references users (agency_id, id)
  )`,
  `create index company_views_user_idx on company_views (agency_id, user_id)`,
  `create index company_views_shared_idx on company_views (agency_id) where shared`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
