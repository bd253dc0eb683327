import { sql, type Kysely } from 'kysely';

/*
 * Shared URLs every agency opens are web addresses: a job's URL is http(s)
 * and a decision maker's LinkedIn URL is the normalised https profile URL
 * (the import checks both; here the database holds them to it). A stored
 * javascript: or data: URL is dropped before the checks are added.
 */
const statements = [
  `update jobs set url = null where url !~* '^https?://[^\\s]+$'`,
  `alter table jobs add constraint jobs_url_check check (url ~* '^https?://[^\\s]+$')`,
  `update decision_makers set linkedin_url = null where linkedin_url !~ '^https://www\\.linkedin\\.com/'`,
  `alter table decision_makers add constraint decision_makers_linkedin_url_check check (linkedin_url ~ '^https://www\\.linkedin\\.com/')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
