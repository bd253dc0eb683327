import { sql, type Kysely } from 'kysely';

/*
 * Dossiers (SPEC R4.1–R4.5): leads and opportunities, their append-only
 * timeline, contacts with a role, vacancies and conversion.
 *
 * One table for both kinds, not two: a lead and an opportunity have the
 * same fields, the same stage columns and the same stage writer, and a
 * conversion copies one into the other. `kind` says which, and a composite
 * key (agency_id, id, kind) lets a link table name the kind it expects, so
 * the database itself refuses a lead where an opportunity belongs.
 *
 * Every agency gets a default Leads and Opportunities pipeline: a trigger
 * installs them for each new agency (like Recruitment BD,
 * 2026-12-11T0900), and this migration for the agencies there are. The
 * SQL below is the templates of pipeline/domain/templates/leads.ts and
 * opportunities.ts as of this migration; dossier-pipelines.int.test.ts
 * checks the two agree.
 */
const statements = (activitySequence: string) => [
  `create function install_dossier_defaults_of(p_agency uuid) returns void language plpgsql as $$
    declare
      lead uuid := gen_random_uuid();
      opportunity uuid := gen_random_uuid();
    begin
      -- Each kind the agency has no pipeline of yet (an agency may have made one by hand).
      if exists (select 1 from pipelines where agency_id = p_agency and kind = 'leads') then
        null;
      else
        insert into pipelines (agency_id, id, kind, name_nl, name_en, template_key, entry_stage, automations, is_default)
          values (p_agency, lead, 'leads', 'Leads', 'Leads', 'leads', 'new', '{}', true);
        insert into pipeline_stages (agency_id, pipeline_id, key, position, name_nl, name_en, color, icon, outcome,
            stale_after_days, follow_up_days, follow_up_from, probability, stage_group)
          values
            (p_agency, lead, 'new', 0, 'Nieuw', 'New', 'grey', 'star', null, 7, null, null, 10, 'open'),
            (p_agency, lead, 'contacting', 1, 'In contact', 'Contacting', 'blue', 'phone', null, 14, 5, 'last_follow_up', 25, 'open'),
            (p_agency, lead, 'qualified', 2, 'Gekwalificeerd', 'Qualified', 'green', 'check-circle', 'won', null, null, null, null, 'closed'),
            (p_agency, lead, 'disqualified', 3, 'Gediskwalificeerd', 'Disqualified', 'red', 'x-circle', 'lost', null, null, null, null, 'closed');
        insert into pipeline_transitions (agency_id, pipeline_id, from_key, to_key)
          select p_agency, lead, m.from_key, m.to_key from (values
            ('new', 'contacting'), ('new', 'qualified'), ('new', 'disqualified'),
            ('contacting', 'new'), ('contacting', 'qualified'), ('contacting', 'disqualified'),
            ('qualified', 'contacting'),
            ('disqualified', 'new')) as m (from_key, to_key);
        insert into pipeline_stage_requirements (agency_id, pipeline_id, stage_key, position, kind)
          values (p_agency, lead, 'disqualified', 0, 'lossReason');
        insert into pipeline_versions (agency_id, pipeline_id, version, definition)
          values (p_agency, lead, 1, pipeline_definition(p_agency, lead));
      end if;
      if not exists (select 1 from pipelines where agency_id = p_agency and kind = 'opportunities') then
        insert into pipelines (agency_id, id, kind, name_nl, name_en, template_key, entry_stage, automations, is_default)
          values (p_agency, opportunity, 'opportunities', 'Opportunities', 'Opportunities', 'opportunities', 'identified', '{}', true);
        insert into pipeline_stages (agency_id, pipeline_id, key, position, name_nl, name_en, color, icon, outcome,
            stale_after_days, follow_up_days, follow_up_from, probability, stage_group)
          values
            (p_agency, opportunity, 'identified', 0, 'Geïdentificeerd', 'Identified', 'grey', 'search', null, 14, null, null, 20, 'open'),
            (p_agency, opportunity, 'proposal', 1, 'Voorstel', 'Proposal', 'blue', 'send', null, 14, 4, 'last_follow_up', 40, 'open'),
            (p_agency, opportunity, 'negotiation', 2, 'Onderhandeling', 'Negotiation', 'purple', 'handshake', null, 10, null, null, 70, 'closing'),
            (p_agency, opportunity, 'won', 3, 'Gewonnen', 'Won', 'green', 'trophy', 'won', null, null, null, null, 'closed'),
            (p_agency, opportunity, 'lost', 4, 'Verloren', 'Lost', 'red', 'x-circle', 'lost', null, null, null, null, 'closed'),
            (p_agency, opportunity, 'on_hold', 5, 'Wachtend', 'On hold', 'yellow', 'pause', 'on_hold', null, null, null, null, 'on_hold');
        insert into pipeline_transitions (agency_id, pipeline_id, from_key, to_key)
          select p_agency, opportunity, m.from_key, m.to_key from (values
            ('identified', 'proposal'), ('identified', 'negotiation'), ('identified', 'won'), ('identified', 'lost'), ('identified', 'on_hold'),
            ('proposal', 'identified'), ('proposal', 'negotiation'), ('proposal', 'won'), ('proposal', 'lost'), ('proposal', 'on_hold'),
            ('negotiation', 'proposal'), ('negotiation', 'won'), ('negotiation', 'lost'), ('negotiation', 'on_hold'),
            ('lost', 'identified'),
            ('on_hold', 'identified'), ('on_hold', 'proposal'), ('on_hold', 'negotiation')) as m (from_key, to_key);
        insert into pipeline_stage_requirements (agency_id, pipeline_id, stage_key, position, kind)
          values (p_agency, opportunity, 'lost', 0, 'lossReason'), (p_agency, opportunity, 'on_hold', 0, 'hold');
        insert into pipeline_versions (agency_id, pipeline_id, version, definition)
          values (p_agency, opportunity, 1, pipeline_definition(p_agency, opportunity));
      end if;
      -- The roles a contact can have on a dossier, editable by the agency.
      insert into dossier_contact_roles (agency_id, name_nl, name_en, position)
        values (p_agency, 'Hoofdcontactpersoon', 'Main contact', 0),
               (p_agency, 'Tekenbevoegde', 'Signatory', 1),
               (p_agency, 'Hiring manager', 'Hiring manager', 2);
    end
  $$`,

  `create table dossiers (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    kind text not null check (kind in ('lead', 'opportunity')),
    title text not null check (length(title) between 1 and 200),
    company_id uuid,
    owner_id uuid,
    branch_id uuid,
    source text check (length(source) between 1 and 100),
    priority text check (length(priority) between 1 and 100),
    category text check (length(category) between 1 and 100),
    value numeric(14, 2) check (value >= 0),
    expected_close_date date,
    pipeline_id uuid not null,
    stage text not null,
    stage_changed_at timestamptz not null,
    resume_at date,
    field_values jsonb not null default '{}' check (jsonb_typeof(field_values) = 'object'),
    converted_from_id uuid,
    created_by uuid,
    created_at timestamptz not null,
    deleted_at timestamptz,
    deleted_by uuid,
    primary key (agency_id, id),
    unique (agency_id, id, kind),
    foreign key (agency_id, company_id) references companies (agency_id, id),
    foreign key (agency_id, owner_id) references users (agency_id, id),
    foreign key (agency_id, branch_id) references branches (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id),
    foreign key (agency_id, deleted_by) references users (agency_id, id),
    foreign key (agency_id, pipeline_id, stage) references pipeline_stages (agency_id, pipeline_id, key),
    -- An opportunity converted from a lead names it; only an opportunity can, and only a lead can be named.
    converted_from_kind text generated always as (case when converted_from_id is null then null else 'lead' end) stored,
    foreign key (agency_id, converted_from_id, converted_from_kind) references dossiers (agency_id, id, kind),
    check (converted_from_id is null or kind = 'opportunity')
  )`,
  // A lead converts once: a second opportunity from the same lead is refused here, whatever the code does.
  `create unique index dossiers_converted_from_key on dossiers (agency_id, converted_from_id) where converted_from_id is not null`,
  `create index dossiers_overview_idx on dossiers (agency_id, kind, created_at desc, id desc) where deleted_at is null`,
  `create index dossiers_company_idx on dossiers (agency_id, company_id) where company_id is not null`,

  /*
   * The timeline. Its seq is drawn from the same sequence as
   * client_company_activities' seq, so a company's timeline, which shows
   * its dossiers' entries too, orders and pages the union by
   * (created_at, seq) exactly, as it does its own.
   */
  `create table dossier_activities (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    seq bigint not null default nextval('${activitySequence}'),
    dossier_id uuid not null,
    activity_type text not null check (activity_type ~ '^[a-z_]+$'),
    description text,
    old_status text,
    new_status text,
    extra_data jsonb not null default '{}',
    user_id uuid,
    pipeline_id uuid,
    pipeline_version integer,
    created_at timestamptz not null default date_trunc('milliseconds', clock_timestamp())
      check (created_at = date_trunc('milliseconds', created_at)),
    primary key (agency_id, id),
    foreign key (agency_id, dossier_id) references dossiers (agency_id, id),
    foreign key (agency_id, user_id) references users (agency_id, id),
    foreign key (agency_id, pipeline_id, pipeline_version) references pipeline_versions (agency_id, pipeline_id, version),
    check (activity_type <> 'status_change' or (old_status is not null and new_status is not null))
  )`,
  `create index dossier_activities_timeline_idx on dossier_activities (agency_id, dossier_id, created_at desc, seq desc)`,
  // Append-only, as client_company_activities: the database refuses to rewrite it.
  `create function reject_dossier_activity_change() returns trigger language plpgsql as $$
    begin
      raise exception 'dossier_activities is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end
  $$`,
  `create trigger dossier_activities_append_only
    before update or delete on dossier_activities
    for each row execute function reject_dossier_activity_change()`,
  `create trigger dossier_activities_no_truncate
    before truncate on dossier_activities
    for each statement execute function reject_dossier_activity_change()`,

  `create table dossier_contact_roles (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    name_nl text not null check (length(name_nl) between 1 and 100),
    name_en text not null check (length(name_en) between 1 and 100),
    position integer not null default 0,
    created_at timestamptz not null default now(),
    primary key (agency_id, id)
  )`,
  `create table dossier_contacts (
    agency_id uuid not null,
    dossier_id uuid not null,
    contact_id uuid not null,
    role_id uuid not null,
    created_by uuid,
    created_at timestamptz not null,
    primary key (agency_id, dossier_id, contact_id),
    foreign key (agency_id, dossier_id) references dossiers (agency_id, id),
    -- A contact removed from People leaves the dossiers it was on (their timelines keep the link entries).
    foreign key (agency_id, contact_id) references contacts (agency_id, id) on delete cascade,
    -- A role in use cannot be deleted.
    foreign key (agency_id, role_id) references dossier_contact_roles (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id)
  )`,
  `create index dossier_contacts_contact_idx on dossier_contacts (agency_id, contact_id)`,

  `create table vacancies (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    title text not null check (length(title) between 1 and 200),
    company_id uuid,
    job_id uuid references jobs (id),
    created_by uuid,
    created_at timestamptz not null,
    deleted_at timestamptz,
    primary key (agency_id, id),
    foreign key (agency_id, company_id) references companies (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id)
  )`,
  /*
   * A vacancy's dossiers: at most one lead and at most one opportunity,
   * enforced here (the unique key on vacancy and kind), and the kind is
   * the dossier's own (the composite foreign key).
   */
  `create table vacancy_dossiers (
    agency_id uuid not null,
    vacancy_id uuid not null,
    dossier_id uuid not null,
    kind text not null check (kind in ('lead', 'opportunity')),
    created_at timestamptz not null,
    primary key (agency_id, vacancy_id, dossier_id),
    foreign key (agency_id, vacancy_id) references vacancies (agency_id, id),
    foreign key (agency_id, dossier_id, kind) references dossiers (agency_id, id, kind)
  )`,
  `create unique index vacancy_dossiers_one_per_kind_key on vacancy_dossiers (agency_id, vacancy_id, kind)`,
  `create index vacancy_dossiers_dossier_idx on vacancy_dossiers (agency_id, dossier_id)`,

  `create function install_dossier_defaults() returns trigger language plpgsql as $$
    begin
      if not new.platform then
        perform install_dossier_defaults_of(new.id);
      end if;
      return null;
    end
  $$`,
  `create trigger agencies_dossier_defaults after insert on agencies
    for each row execute function install_dossier_defaults()`,
  `select install_dossier_defaults_of(id) from agencies where not platform`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ name: string }>`select pg_get_serial_sequence('client_company_activities', 'seq') as name`.execute(db);
  for (const statement of statements(rows[0]!.name)) await sql.raw(statement).execute(db);
}
