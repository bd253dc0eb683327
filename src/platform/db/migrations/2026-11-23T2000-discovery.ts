import { sql, type Kysely } from 'kysely';

/**
 * What Discovery searches on (SPEC R5.1, R9.3, R9.4): coordinates for radius
 * searches, a full-text vector (names word for word, descriptions with Dutch
 * stemming), the skills of open jobs and the latest posting, kept by the
 * hiring-facts refresh. Decision makers get an identity per company so
 * imports merge them, and their relevance is computed when read (it depends
 * on the company's current jobs), so the stored columns go.
 */
const statements = [
  `alter table global_companies
     add column latitude double precision check (latitude between -90 and 90),
     add column longitude double precision check (longitude between -180 and 180),
     add constraint global_companies_coordinates_check check ((latitude is null) = (longitude is null))`,
  `alter table global_companies add column open_skills text[] not null default '{}'`,
  `alter table global_companies add column last_posted_at timestamptz`,
  `alter table global_companies add column search_vector tsvector generated always as (
     setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('dutch', coalesce(description, '')), 'B')
   ) stored`,
  `create index global_companies_search_idx on global_companies using gin (search_vector)`,
  `create index global_companies_open_skills_idx on global_companies using gin (open_skills)`,
  // Keyset order for every sort: (key, id) both in the sort's direction.
  `drop index global_companies_hotness_idx`,
  `create index global_companies_hotness_idx on global_companies (hotness desc, id desc)`,
  `create index global_companies_industry_idx on global_companies (industry, hotness desc, id desc)`,
  `create index global_companies_latitude_idx on global_companies (latitude, longitude)`,
  `create index global_companies_recent_idx on global_companies ((coalesce(last_posted_at, '-infinity'::timestamptz)) desc, id desc)`,
  `create index global_companies_name_order_idx on global_companies (lower(name), id)`,
  `alter table decision_makers drop column relevance_score, drop column relevance_reason`,
  `drop index if exists decision_makers_global_company_idx`,
  `create unique index decision_makers_identity_key on decision_makers (global_company_id, lower(name))`,
  `alter table decision_makers add column updated_at timestamptz not null default now()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
