import { sql, type Kysely } from 'kysely';

/*
 * The templates' built-in rules (first outreach → Contacted, Active →
 * Dormant when all jobs closed; docs/automation.md) are logged with the
 * agency's own rules: a firing names either a rule or a pipeline's built-in
 * rule by key, never both. Built-in firings are unique per pipeline, key,
 * record and event as rule firings are per rule, so a refused jobs-closed
 * move is logged once per wait however often the job retries it.
 */
const statements = [
  `alter table automation_firings alter column rule_id drop not null`,
  `alter table automation_firings add column pipeline_id uuid`,
  `alter table automation_firings add column built_in_key text check (built_in_key in ('onOutreach', 'whenJobsClosed'))`,
  `alter table automation_firings add constraint automation_firings_rule_or_built_in check (
    (rule_id is null) = (built_in_key is not null) and (built_in_key is null) = (pipeline_id is null))`,
  `alter table automation_firings add constraint automation_firings_pipeline_fkey
    foreign key (agency_id, pipeline_id) references pipelines (agency_id, id) on delete cascade`,
  `create unique index automation_firings_built_in_once_idx on automation_firings (agency_id, pipeline_id, built_in_key, record_kind, record_id, event_key) where rule_id is null`,
  `create index automation_firings_built_in_recent_idx on automation_firings (agency_id, pipeline_id, built_in_key, fired_at desc) where rule_id is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
