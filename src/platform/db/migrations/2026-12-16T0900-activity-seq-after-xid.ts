import { sql, type Kysely } from 'kysely';

/*
 * A transaction writing company activities holds a transaction id before
 * it takes a seq. PostgreSQL hands an id out at a transaction's first
 * write, and an INSERT takes its seq (the identity default) just before
 * that: for a moment a transaction could hold a seq without an id, and be
 * missing from the list of running transactions a snapshot keeps. The
 * dashboard's stage log cache (src/analytics/stage-log-cache.ts) reads
 * that list to know which activities below the highest seq it saw may
 * still commit; a statement trigger, which runs before the statement
 * makes any row, takes the id first, so the list is complete.
 */
const statements = [
  `create function take_transaction_id() returns trigger language plpgsql as $$
    begin
      perform pg_current_xact_id();
      return null;
    end
  $$`,
  `create trigger client_company_activities_id_before_seq before insert on client_company_activities
    for each statement execute function take_transaction_id()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
