import { sql, type Kysely } from 'kysely';

/*
 * People: the agency's contacts listed by name across all its companies
 * (GET /api/contacts), one index range per page of the keyset.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index contacts_people_idx on contacts (agency_id, name, id)`.execute(db);
}
