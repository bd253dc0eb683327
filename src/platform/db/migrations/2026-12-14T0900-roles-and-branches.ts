import { sql, type Kysely } from 'kysely';

/*
 * Roles become agency data (SPEC R4.7): each agency holds its roles in
 * agency_roles, the four built-in ones seeded with exactly the grants they
 * had in code (src/identity/domain/roles.ts GRANTS; roles.int.test.ts checks
 * the two agree), and may add its own. A role's permissions are plain text
 * checked against the names the code knows when a role is saved, not a
 * database enum, so a new permission needs no migration. users.role and
 * invites.role name a role of their own agency. The operator stays as it
 * was: a role of the platform agency alone (users_platform_fkey), outside
 * agency_roles; `agency_role` is the role for the foreign key, null for
 * the operator, which a foreign key does not check.
 *
 * An agency switches leads or opportunities off in agencies.dossier_kinds.
 * Branches (vestigingen, R1.4) can be archived, and a followed company
 * belongs to at most one branch of its agency: its owner's when it is
 * inserted (a trigger, so following and the client import agree).
 */
const ALL_RECORDS = ['companies', 'leads', 'opportunities', 'vacancies'].flatMap((resource) => ['view', 'create', 'edit', 'delete'].map((action) => `${resource}:${action}`));
const VIEW_RECORDS = ['companies', 'leads', 'opportunities', 'vacancies'].map((resource) => `${resource}:view`);
const ADMIN = ['users:manage', 'pipelines:manage', 'triggers:manage', 'clients:import', 'exports:run', 'settings:manage', 'team:lead'];

// The built-in roles as of this migration: key, Dutch and English names, permissions.
const BUILT_IN: readonly [string, string, string, readonly string[]][] = [
  ['admin', 'Beheerder', 'Admin', [...ALL_RECORDS, ...ADMIN]],
  ['manager', 'Manager', 'Manager', [...ALL_RECORDS, 'exports:run', 'team:lead']],
  ['recruiter', 'Recruiter', 'Recruiter', [...ALL_RECORDS, 'exports:run']],
  ['viewer', 'Meelezer', 'Viewer', [...VIEW_RECORDS, 'exports:run']],
];

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const builtInRows = (agency: string) =>
  BUILT_IN.map(([key, nl, en, permissions]) => `(${agency}, ${literal(key)}, ${literal(nl)}, ${literal(en)}, true, array[${permissions.map(literal).join(', ')}]::text[])`).join(',\n        ');

const statements = [
  `create table agency_roles (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    key text not null check (key ~ '^[a-z][a-z0-9-]{1,39}$'),
    name_nl text not null check (length(name_nl) between 1 and 200),
    name_en text not null check (length(name_en) between 1 and 200),
    built_in boolean not null default false,
    permissions text[] not null default '{}',
    created_at timestamptz not null default now(),
    primary key (agency_id, key),
    unique (agency_id, id)
  )`,
  `create function install_built_in_roles(p_agency uuid) returns void language plpgsql as $$
    begin
      insert into agency_roles (agency_id, key, name_nl, name_en, built_in, permissions) values
        ${builtInRows('p_agency')};
    end
  $$`,
  `create function install_agency_roles() returns trigger language plpgsql as $$
    begin
      if not new.platform then
        perform install_built_in_roles(new.id);
      end if;
      return null;
    end
  $$`,
  `create trigger agencies_built_in_roles after insert on agencies
    for each row execute function install_agency_roles()`,
  `select install_built_in_roles(id) from agencies where not platform`,

  `alter table users drop constraint users_role_check`,
  `alter table users add column agency_role text generated always as (case when role = 'operator' then null else role end) stored`,
  `alter table users add constraint users_role_fkey foreign key (agency_id, agency_role) references agency_roles (agency_id, key)`,
  `alter table invites drop constraint invites_role_check`,
  `alter table invites add constraint invites_role_fkey foreign key (agency_id, role) references agency_roles (agency_id, key)`,

  `alter table agencies add column dossier_kinds text[] not null default '{leads,opportunities}'
    check (dossier_kinds <@ array['leads', 'opportunities']::text[])`,

  `alter table branches add column archived_at timestamptz`,
  `create unique index branches_active_name_key on branches (agency_id, lower(name)) where archived_at is null`,
  `alter table companies add column branch_id uuid`,
  `alter table companies add constraint companies_branch_fkey foreign key (agency_id, branch_id) references branches (agency_id, id)`,
  `create index companies_branch_idx on companies (agency_id, branch_id) where deleted_at is null`,
  // A new record belongs to its owner's branch unless it names one: every way in (follow, import) alike.
  `create function company_owner_branch() returns trigger language plpgsql as $$
    begin
      new.branch_id := (select u.branch_id from users u where u.agency_id = new.agency_id and u.id = new.owner_id);
      return new;
    end
  $$`,
  `create trigger companies_owner_branch before insert on companies
    for each row when (new.branch_id is null and new.owner_id is not null) execute function company_owner_branch()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
