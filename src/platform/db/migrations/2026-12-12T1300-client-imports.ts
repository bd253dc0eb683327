import { sql, type Kysely } from 'kysely';

/*
 * The migration import of an agency's own clients (src/client-import,
 * docs/api.md "Import clients"): the uploaded file, kept while the admin
 * maps its columns and stages; each run (a batch) with its progress,
 * counts and refused lines; and the source keys a batch wrote, by which a
 * re-run of the same file finds what it already did (idempotence) and an
 * undo finds what the batch created. Agency-owned like every such table:
 * agency_id leads the keys and references.
 *
 * The dashboard's stage log now includes `imported` entries (a record
 * placed in its stage by an import), so its partial index lists them too.
 */
const statements = [
  `create table client_import_files (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    file_name text not null check (length(file_name) between 1 and 300),
    format text not null check (format in ('csv', 'xlsx')),
    content bytea not null,
    created_by uuid not null,
    created_at timestamptz not null,
    primary key (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id)
  )`,
  `create index client_import_files_created_idx on client_import_files (agency_id, created_at)`,
  `create table client_import_batches (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    file_name text not null,
    source text not null check (source in ('pipedrive', 'hubspot', 'spreadsheet', 'custom')),
    pipeline_id uuid not null,
    status text not null check (status in ('running', 'done', 'failed')),
    total integer not null check (total >= 0),
    processed integer not null default 0 check (processed >= 0),
    counts jsonb not null default '{}' check (jsonb_typeof(counts) = 'object'),
    rejects jsonb not null default '[]' check (jsonb_typeof(rejects) = 'array'),
    created_by uuid not null,
    created_at timestamptz not null,
    finished_at timestamptz,
    undone_at timestamptz,
    undone_by uuid,
    primary key (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id),
    foreign key (agency_id, undone_by) references users (agency_id, id),
    foreign key (agency_id, pipeline_id) references pipelines (agency_id, id)
  )`,
  `create index client_import_batches_created_idx on client_import_batches (agency_id, created_at desc)`,
  `create table client_import_keys (
    agency_id uuid not null references agencies (id),
    key text not null check (length(key) between 1 and 1000),
    batch_id uuid not null,
    kind text not null check (kind in ('company', 'contact', 'note')),
    company_id uuid not null,
    created_record boolean not null default false,
    contact_id uuid,
    activity_id uuid,
    primary key (agency_id, key),
    foreign key (agency_id, batch_id) references client_import_batches (agency_id, id),
    foreign key (agency_id, company_id) references companies (agency_id, id)
  )`,
  `create index client_import_keys_batch_idx on client_import_keys (agency_id, batch_id)`,
  `drop index client_company_activities_stage_log_idx`,
  `create index client_company_activities_stage_log_idx on client_company_activities (agency_id, seq)
    where activity_type in ('company_tracked', 'imported', 'status_change', 'company_deleted', 'owner_changed', 'pipeline_changed')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
