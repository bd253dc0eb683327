import { sql, type Kysely } from 'kysely';

/*
 * Pipelines become agency data (SPEC R3.1, R3.3): a pipeline, its stages,
 * the allowed moves, the stage gates, the checklists and its own fields,
 * each table led by agency_id. Every edit bumps the pipeline's version and
 * stores the whole definition of that version (pipeline_versions); stage
 * activities record the version they were decided under, so a later edit
 * never makes old history illegal. A company's stage must be a stage of its
 * pipeline: a composite foreign key, so the database itself refuses a stage
 * that is not there. Stages are archived, never deleted.
 *
 * Every agency starts with the Recruitment BD pipeline: a trigger installs
 * it for each new agency (the platform agency holds no pipelines), and this
 * migration installs it for the agencies there are and moves their
 * companies and stage history onto it. The stage data below is the
 * template of pipeline/domain/templates/recruitment-bd.ts as of this
 * migration; pipeline-definition.int.test.ts checks the two agree.
 */
const statements = [
  `create table pipelines (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    kind text not null check (kind in ('clients', 'leads', 'opportunities')),
    name_nl text not null check (length(name_nl) between 1 and 200),
    name_en text not null check (length(name_en) between 1 and 200),
    template_key text,
    entry_stage text not null,
    skip_needs_reason boolean not null default false,
    automations jsonb not null default '{}',
    is_default boolean not null default false,
    version integer not null default 1 check (version >= 1),
    archived_at timestamptz,
    created_at timestamptz not null default now(),
    primary key (agency_id, id),
    check (not (is_default and archived_at is not null))
  )`,
  // One default pipeline per kind: following a company puts it there.
  `create unique index pipelines_default_key on pipelines (agency_id, kind) where is_default`,

  `create table pipeline_stages (
    agency_id uuid not null,
    pipeline_id uuid not null,
    key text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
    position integer not null,
    name_nl text not null check (length(name_nl) between 1 and 100),
    name_en text not null check (length(name_en) between 1 and 100),
    color text not null,
    icon text not null,
    outcome text check (outcome in ('won', 'lost', 'on_hold')),
    stale_after_days integer check (stale_after_days between 1 and 3650),
    follow_up_days integer check (follow_up_days between 1 and 3650),
    follow_up_from text check (follow_up_from in ('stage_entered', 'last_follow_up')),
    probability integer check (probability between 0 and 100),
    stage_group text,
    active boolean not null default true,
    primary key (agency_id, pipeline_id, key),
    foreign key (agency_id, pipeline_id) references pipelines (agency_id, id),
    check ((follow_up_days is null) = (follow_up_from is null))
  )`,
  `create unique index pipeline_stages_position_key on pipeline_stages (agency_id, pipeline_id, position)`,
  `alter table pipelines add constraint pipelines_entry_stage_fkey foreign key (agency_id, id, entry_stage)
    references pipeline_stages (agency_id, pipeline_id, key) deferrable initially deferred`,

  `create table pipeline_transitions (
    agency_id uuid not null,
    pipeline_id uuid not null,
    from_key text not null,
    to_key text not null,
    primary key (agency_id, pipeline_id, from_key, to_key),
    foreign key (agency_id, pipeline_id, from_key) references pipeline_stages (agency_id, pipeline_id, key),
    foreign key (agency_id, pipeline_id, to_key) references pipeline_stages (agency_id, pipeline_id, key),
    check (from_key <> to_key)
  )`,

  `create table pipeline_fields (
    agency_id uuid not null,
    pipeline_id uuid not null,
    key text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
    position integer not null,
    label_nl text not null check (length(label_nl) between 1 and 100),
    label_en text not null check (length(label_en) between 1 and 100),
    type text not null check (type in ('text', 'number', 'date', 'select')),
    options jsonb,
    primary key (agency_id, pipeline_id, key),
    foreign key (agency_id, pipeline_id) references pipelines (agency_id, id),
    check ((type = 'select') = (options is not null))
  )`,

  `create table pipeline_stage_requirements (
    agency_id uuid not null,
    pipeline_id uuid not null,
    stage_key text not null,
    position integer not null,
    kind text not null check (kind in ('lossReason', 'hold', 'field')),
    field_key text,
    primary key (agency_id, pipeline_id, stage_key, position),
    foreign key (agency_id, pipeline_id, stage_key) references pipeline_stages (agency_id, pipeline_id, key),
    foreign key (agency_id, pipeline_id, field_key) references pipeline_fields (agency_id, pipeline_id, key),
    check ((kind = 'field') = (field_key is not null))
  )`,

  `create table pipeline_checklist_items (
    agency_id uuid not null,
    pipeline_id uuid not null,
    stage_key text not null,
    key text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
    position integer not null,
    phase text not null check (phase in ('entry', 'exit')),
    label_nl text not null check (length(label_nl) between 1 and 300),
    label_en text not null check (length(label_en) between 1 and 300),
    primary key (agency_id, pipeline_id, stage_key, key),
    foreign key (agency_id, pipeline_id, stage_key) references pipeline_stages (agency_id, pipeline_id, key)
  )`,

  `create table pipeline_versions (
    agency_id uuid not null,
    pipeline_id uuid not null,
    version integer not null,
    definition jsonb not null,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (agency_id, pipeline_id, version),
    foreign key (agency_id, pipeline_id) references pipelines (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id)
  )`,

  // The whole definition of a pipeline as its tables hold it now, in the shape of the domain's PipelineDefinition.
  `create function pipeline_definition(p_agency uuid, p_pipeline uuid) returns jsonb language sql stable as $$
    select jsonb_build_object(
      'kind', p.kind,
      'name', jsonb_build_object('nl', p.name_nl, 'en', p.name_en),
      'entryStage', p.entry_stage,
      'skipNeedsReason', p.skip_needs_reason,
      'automations', p.automations,
      'stages', coalesce((
        select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
          'key', s.key,
          'name', jsonb_build_object('nl', s.name_nl, 'en', s.name_en),
          'color', s.color,
          'icon', s.icon,
          'outcome', s.outcome,
          'next', coalesce((select jsonb_agg(t.to_key order by ts.position)
            from pipeline_transitions t
            join pipeline_stages ts on ts.agency_id = t.agency_id and ts.pipeline_id = t.pipeline_id and ts.key = t.to_key
            where t.agency_id = s.agency_id and t.pipeline_id = s.pipeline_id and t.from_key = s.key), '[]'::jsonb),
          'requires', coalesce((select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('kind', r.kind, 'field', r.field_key)) order by r.position)
            from pipeline_stage_requirements r
            where r.agency_id = s.agency_id and r.pipeline_id = s.pipeline_id and r.stage_key = s.key), '[]'::jsonb),
          'checklist', coalesce((select jsonb_agg(jsonb_build_object('key', c.key, 'phase', c.phase, 'label', jsonb_build_object('nl', c.label_nl, 'en', c.label_en)) order by c.position)
            from pipeline_checklist_items c
            where c.agency_id = s.agency_id and c.pipeline_id = s.pipeline_id and c.stage_key = s.key), '[]'::jsonb),
          'staleAfterDays', s.stale_after_days,
          'followUp', case when s.follow_up_days is null then null else jsonb_build_object('afterDays', s.follow_up_days, 'from', s.follow_up_from) end,
          'probability', s.probability,
          'group', s.stage_group,
          'active', s.active
        )) order by s.position)
        from pipeline_stages s where s.agency_id = p.agency_id and s.pipeline_id = p.id), '[]'::jsonb),
      'fields', coalesce((
        select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
          'key', f.key, 'label', jsonb_build_object('nl', f.label_nl, 'en', f.label_en), 'type', f.type, 'options', f.options
        )) order by f.position)
        from pipeline_fields f where f.agency_id = p.agency_id and f.pipeline_id = p.id), '[]'::jsonb)
    )
    from pipelines p where p.agency_id = p_agency and p.id = p_pipeline
  $$`,

  // Recruitment BD as of this migration (SPEC R2.1, R2.2, R2.6), installed as an agency's default pipeline.
  `create function install_recruitment_bd(p_agency uuid) returns uuid language plpgsql as $$
    declare
      pipeline uuid := gen_random_uuid();
    begin
      insert into pipelines (agency_id, id, kind, name_nl, name_en, template_key, entry_stage, automations, is_default)
        values (p_agency, pipeline, 'clients', 'Recruitment business development', 'Recruitment business development',
          'recruitment_bd', 'prospect', '{"onOutreach": {"from": "prospect", "to": "contacted"}}', true);
      insert into pipeline_stages (agency_id, pipeline_id, key, position, name_nl, name_en, color, icon, outcome,
          stale_after_days, follow_up_days, follow_up_from, probability, stage_group)
        values
          (p_agency, pipeline, 'prospect', 0, 'Prospect', 'Prospect', 'grey', 'users', null, 30, null, null, 10, 'prospecting'),
          (p_agency, pipeline, 'contacted', 1, 'Gecontacteerd', 'Contacted', 'blue', 'phone', null, 14, 7, 'last_follow_up', 20, 'engaged'),
          (p_agency, pipeline, 'meeting', 2, 'Vergadering', 'Meeting', 'purple', 'calendar', null, 21, null, null, 40, 'engaged'),
          (p_agency, pipeline, 'won', 3, 'Gewonnen', 'Won', 'green', 'trophy', 'won', null, null, null, null, 'closed'),
          (p_agency, pipeline, 'lost', 4, 'Verloren', 'Lost', 'red', 'x-circle', 'lost', null, 120, 'stage_entered', null, 'closed');
      insert into pipeline_transitions (agency_id, pipeline_id, from_key, to_key)
        select p_agency, pipeline, m.from_key, m.to_key from (values
          ('prospect', 'contacted'), ('prospect', 'meeting'), ('prospect', 'won'), ('prospect', 'lost'),
          ('contacted', 'prospect'), ('contacted', 'meeting'), ('contacted', 'won'), ('contacted', 'lost'),
          ('meeting', 'contacted'), ('meeting', 'won'), ('meeting', 'lost'),
          ('won', 'lost'),
          ('lost', 'prospect')) as m (from_key, to_key);
      insert into pipeline_stage_requirements (agency_id, pipeline_id, stage_key, position, kind)
        values (p_agency, pipeline, 'lost', 0, 'lossReason');
      insert into pipeline_versions (agency_id, pipeline_id, version, definition)
        values (p_agency, pipeline, 1, pipeline_definition(p_agency, pipeline));
      return pipeline;
    end
  $$`,
  `create function install_default_pipelines() returns trigger language plpgsql as $$
    begin
      if not new.platform then
        perform install_recruitment_bd(new.id);
      end if;
      return null;
    end
  $$`,
  `create trigger agencies_default_pipelines after insert on agencies
    for each row execute function install_default_pipelines()`,
  `select install_recruitment_bd(id) from agencies where not platform`,

  // Each company on its agency's pipeline, its stage a stage of that pipeline.
  `alter table companies add column pipeline_id uuid`,
  `update companies c set pipeline_id = p.id from pipelines p where p.agency_id = c.agency_id and p.is_default and p.kind = 'clients'`,
  `alter table companies alter column pipeline_id set not null`,
  `alter table companies drop column pipeline`,
  `alter table companies add constraint companies_stage_fkey foreign key (agency_id, pipeline_id, client_status)
    references pipeline_stages (agency_id, pipeline_id, key)`,
  // The stage's own key rule (pipeline_stages) decides now; the old pattern refused digits a stage key may hold.
  `alter table companies drop constraint companies_client_status_check`,
  // Value and forecast (SPEC R10.6), the pipeline's own fields, and the day to resume while On hold.
  `alter table companies add column expected_value numeric(14, 2) check (expected_value >= 0)`,
  `alter table companies add column expected_close_date date`,
  `alter table companies add column field_values jsonb not null default '{}' check (jsonb_typeof(field_values) = 'object')`,
  `alter table companies add column resume_at date`,
  `drop index companies_board_idx`,
  `create index companies_board_idx
    on companies (agency_id, pipeline_id, client_status, client_status_changed_at desc, id desc) where deleted_at is null`,

  // Stage activities name the pipeline version they were decided under; the history there is was decided under version 1.
  `alter table client_company_activities add column pipeline_id uuid`,
  `alter table client_company_activities add column pipeline_version integer`,
  `alter table client_company_activities add constraint client_company_activities_pipeline_version_fkey
    foreign key (agency_id, pipeline_id, pipeline_version) references pipeline_versions (agency_id, pipeline_id, version)`,
  `alter table client_company_activities disable trigger client_company_activities_append_only`,
  `update client_company_activities a set pipeline_id = c.pipeline_id, pipeline_version = 1
    from companies c where c.agency_id = a.agency_id and c.id = a.company_id and a.new_status is not null`,
  `alter table client_company_activities enable trigger client_company_activities_append_only`,
  // The stage log the dashboard replays now includes moves between pipelines.
  `drop index client_company_activities_stage_log_idx`,
  `create index client_company_activities_stage_log_idx on client_company_activities (agency_id, seq)
    where activity_type in ('company_tracked', 'status_change', 'company_deleted', 'owner_changed', 'pipeline_changed')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
