import { sql, type Kysely } from 'kysely';

/*
 * The team view credits no one with what a migration import wrote
 * (docs/pipelines.md, "Imported records"): it counts an agency's
 * `contact_detail_added` entries from client_company_activities_recent_idx
 * alone, and takes off those an import wrote (they carry the batch in
 * extra_data). Those are read from this small partial index alone, with
 * who and when, rather than from every entry of the period.
 */
const statements = [
  `create index client_company_activities_imported_contacts_idx on client_company_activities (agency_id, created_at) include (user_id)
    where activity_type = 'contact_detail_added' and extra_data ? 'batchId'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
