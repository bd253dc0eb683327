import { sql, type Kysely } from 'kysely';

/*
 * The core schema (SPEC section 1). Agency-owned tables carry agency_id and
 * lead their keys and indexes with it, and reference each other through
 * (agency_id, id) pairs, so the database itself refuses a row that points
 * into another agency. PGlite accepts one statement per query, so every
 * statement is its own call.
 */
const statements: string[] = [
  `create table agencies (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(name) between 1 and 200),
    created_at timestamptz not null default now()
  )`,
  `create table branches (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    name text not null check (length(name) between 1 and 200),
    created_at timestamptz not null default now(),
    primary key (agency_id, id)
  )`,
  `create table users (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    email text not null check (email = lower(email) and length(email) between 3 and 320),
    name text not null check (length(name) between 1 and 200),
    password_hash text not null,
    role text not null check (role in ('admin', 'manager', 'recruiter', 'viewer')),
    branch_id uuid,
    created_at timestamptz not null default now(),
    primary key (agency_id, id),
    foreign key (agency_id, branch_id) references branches (agency_id, id)
  )`,
  // Logins look users up by e-mail before the agency is known.
  `create unique index users_email_key on users (email)`,

  `create table global_companies (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(name) between 1 and 300),
    linkedin_url text check (linkedin_url ~ '^https://www\\.linkedin\\.com/[a-z]+/[^/?#A-Z]+$'),
    website_domain text check (website_domain ~ '^[a-z0-9-]+(\\.[a-z0-9-]+)+$' and website_domain !~ '^www\\.'),
    description text,
    industry text,
    location text,
    headquarters text,
    founded_year integer check (founded_year between 1000 and 2200),
    employee_count integer check (employee_count >= 0),
    linkedin_id text,
    enriched_at timestamptz,
    enrichment_source text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create unique index global_companies_linkedin_url_key on global_companies (linkedin_url)`,
  `create unique index global_companies_website_domain_key on global_companies (website_domain)`,
  `create index global_companies_name_idx on global_companies (lower(name))`,

  `create table jobs (
    id uuid primary key default gen_random_uuid(),
    global_company_id uuid not null references global_companies (id),
    title text not null check (length(title) between 1 and 500),
    description text,
    location text,
    skills text[] not null default '{}',
    posted_at timestamptz,
    closed_at timestamptz,
    url text,
    source text not null,
    external_id text not null,
    created_at timestamptz not null default now(),
    unique (source, external_id)
  )`,
  `create index jobs_global_company_idx on jobs (global_company_id, posted_at desc)`,

  `create table decision_makers (
    id uuid primary key default gen_random_uuid(),
    global_company_id uuid not null references global_companies (id),
    name text not null check (length(name) between 1 and 200),
    title text,
    linkedin_url text,
    linkedin_verified boolean not null default false,
    relevance_score integer check (relevance_score between 0 and 100),
    relevance_reason text,
    created_at timestamptz not null default now()
  )`,
  `create index decision_makers_global_company_idx on decision_makers (global_company_id, relevance_score desc)`,

  `create table companies (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    global_company_id uuid not null references global_companies (id),
    pipeline text not null default 'recruitment_bd',
    client_status text not null check (client_status ~ '^[a-z_]+$'),
    client_status_changed_at timestamptz not null,
    owner_id uuid,
    new_jobs_notifications boolean not null default true,
    favorited boolean not null default false,
    deleted_at timestamptz,
    deleted_by uuid,
    created_by uuid,
    created_at timestamptz not null,
    primary key (agency_id, id),
    foreign key (agency_id, owner_id) references users (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id),
    foreign key (agency_id, deleted_by) references users (agency_id, id)
  )`,
  // At most one live relationship per agency and real-world company.
  `create unique index companies_live_key on companies (agency_id, global_company_id) where deleted_at is null`,
  // Board columns and lists read the most recently moved companies first, straight off these.
  `create index companies_board_idx
    on companies (agency_id, client_status, client_status_changed_at desc, id desc) where deleted_at is null`,
  `create index companies_recent_idx on companies (agency_id, client_status_changed_at desc, id desc) where deleted_at is null`,

  `create table client_company_activities (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    seq bigint generated always as identity,
    company_id uuid not null,
    activity_type text not null check (activity_type ~ '^[a-z_]+$'),
    description text,
    old_status text,
    new_status text,
    extra_data jsonb not null default '{}',
    user_id uuid,
    created_at timestamptz not null default date_trunc('milliseconds', clock_timestamp())
      check (created_at = date_trunc('milliseconds', created_at)),
    primary key (agency_id, id),
    foreign key (agency_id, company_id) references companies (agency_id, id),
    foreign key (agency_id, user_id) references users (agency_id, id),
    check (activity_type <> 'status_change' or (old_status is not null and new_status is not null))
  )`,
  `create index client_company_activities_timeline_idx
    on client_company_activities (agency_id, company_id, created_at desc, seq desc)`,
  // The audit trail is append-only: the database refuses to rewrite it.
  `create function reject_activity_change() returns trigger language plpgsql as $$
    begin
      raise exception 'client_company_activities is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end
  $$`,
  `create trigger client_company_activities_append_only
    before update or delete on client_company_activities
    for each row execute function reject_activity_change()`,
  `create trigger client_company_activities_no_truncate
    before truncate on client_company_activities
    for each statement execute function reject_activity_change()`,

  `create table contacts (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    name text not null check (length(name) between 1 and 200),
    title text,
    email text,
    phone text,
    linkedin_url text,
    decision_maker_id uuid references decision_makers (id),
    created_by uuid,
    created_at timestamptz not null,
    primary key (agency_id, id),
    foreign key (agency_id, company_id) references companies (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id)
  )`,
  `create index contacts_company_idx on contacts (agency_id, company_id)`,

  `create table global_company_views (
    agency_id uuid not null references agencies (id),
    user_id uuid not null,
    global_company_id uuid not null references global_companies (id),
    last_viewed_at timestamptz not null,
    primary key (agency_id, user_id, global_company_id),
    foreign key (agency_id, user_id) references users (agency_id, id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
