import { sql, type Kysely } from 'kysely';

/** Hiring facts kept on the shared company so search can filter and sort on them (SPEC R5.1). */
const statements = [
  `alter table global_companies add column hotness smallint not null default 0 check (hotness between 0 and 100)`,
  `alter table global_companies add column open_jobs integer not null default 0 check (open_jobs >= 0)`,
  `alter table global_companies add column no_agencies boolean not null default false`,
  `create index global_companies_hotness_idx on global_companies (hotness desc, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
