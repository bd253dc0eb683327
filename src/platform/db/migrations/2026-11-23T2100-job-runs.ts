import { sql, type Kysely } from 'kysely';

/** When each periodic job last ran, shared by every server instance (src/jobs). */
const statements = [
  `create table job_runs (
    name text primary key,
    last_started_at timestamptz not null,
    last_finished_at timestamptz,
    last_result jsonb
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
