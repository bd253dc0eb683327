import { sql, type Kysely } from 'kysely';

/*
 * Triggers (SPEC R4.6, docs/automation.md): the agency's groups and who is
 * in them, its rules, the log of each rule's firings (unique per rule,
 * record and event, so a rule fires once per event and a time-based rule
 * once per wait, on any number of instances) and the outbox of
 * notifications, written in the transaction of the event and drained by a
 * job, so a rolled-back change sends nothing. Records are named by kind and
 * id (company now; leads and opportunities plug in), so memberships and
 * firings carry no foreign key to the record itself.
 */
const statements = [
  `create table automation_groups (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    name text not null check (length(name) between 1 and 200),
    created_at timestamptz not null,
    primary key (agency_id, id)
  )`,
  `create unique index automation_groups_name_idx on automation_groups (agency_id, lower(name))`,
  `create table automation_group_members (
    agency_id uuid not null,
    group_id uuid not null,
    record_kind text not null check (record_kind in ('company', 'lead', 'opportunity')),
    record_id uuid not null,
    added_at timestamptz not null,
    primary key (agency_id, group_id, record_kind, record_id),
    foreign key (agency_id, group_id) references automation_groups (agency_id, id) on delete cascade
  )`,
  `create index automation_group_members_record_idx on automation_group_members (agency_id, record_kind, record_id)`,
  `create table automation_rules (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    name text not null check (length(name) between 1 and 200),
    pipeline_kind text not null check (pipeline_kind in ('clients', 'leads', 'opportunities')),
    pipeline_id uuid,
    event jsonb not null,
    conditions jsonb not null,
    actions jsonb not null,
    enabled boolean not null default true,
    created_by uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (agency_id, id),
    foreign key (agency_id, pipeline_id) references pipelines (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id)
  )`,
  `create index automation_rules_active_idx on automation_rules (agency_id, pipeline_kind) where enabled`,
  `create table automation_firings (
    agency_id uuid not null,
    id uuid not null default gen_random_uuid(),
    rule_id uuid not null,
    record_kind text not null check (record_kind in ('company', 'lead', 'opportunity')),
    record_id uuid not null,
    event_key text not null,
    fired_at timestamptz not null,
    outcome text not null check (outcome in ('done', 'refused')),
    details jsonb not null,
    primary key (agency_id, id),
    foreign key (agency_id, rule_id) references automation_rules (agency_id, id) on delete cascade
  )`,
  `create unique index automation_firings_once_idx on automation_firings (agency_id, rule_id, record_kind, record_id, event_key)`,
  `create index automation_firings_recent_idx on automation_firings (agency_id, rule_id, fired_at desc)`,
  `create table automation_outbox (
    agency_id uuid not null,
    id uuid not null default gen_random_uuid(),
    rule_id uuid not null,
    user_id uuid not null,
    company_id uuid not null,
    payload jsonb not null,
    created_at timestamptz not null,
    sent_at timestamptz,
    primary key (agency_id, id),
    foreign key (agency_id, rule_id) references automation_rules (agency_id, id) on delete cascade,
    foreign key (agency_id, user_id) references users (agency_id, id)
  )`,
  `create index automation_outbox_pending_idx on automation_outbox (created_at) where sent_at is null`,
  `alter table notifications drop constraint notifications_kind_check`,
  `alter table notifications add constraint notifications_kind_check check (kind in ('new_jobs', 'automation'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
