import { sql, type Kysely } from 'kysely';

/*
 * A run of the client import (src/client-import, docs/api.md "Import
 * clients") writes a heartbeat with each chunk it commits. A batch still
 * 'running' whose heartbeat is older than the stale limit
 * (client-import/domain/interrupted.ts) was interrupted — its server
 * stopped mid-run — and reads as failed, finished at that heartbeat, so it
 * can be undone. Batches from before this migration get their last known
 * moment: when they finished, or else when they started.
 */
const statements = [
  `alter table client_import_batches add column heartbeat_at timestamptz`,
  `update client_import_batches set heartbeat_at = coalesce(finished_at, created_at)`,
  `alter table client_import_batches alter column heartbeat_at set not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
