import { sql, type Kysely } from 'kysely';

/*
 * A user an admin deactivated keeps their row (they own records, wrote
 * activities) but can no longer log in, and their sessions and tokens stop
 * working (src/identity/deactivate-user.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column deactivated_at timestamptz`.execute(db);
}
