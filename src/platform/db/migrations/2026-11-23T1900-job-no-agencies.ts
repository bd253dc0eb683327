import { sql, type Kysely } from 'kysely';

/** Jobs whose text says agencies are not welcome (SPEC R9.5), set by the import. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table jobs add column no_agencies boolean not null default false`.execute(db);
}
