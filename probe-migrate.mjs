import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/clientpipe_search_probe' });
await c.connect();
for (const s of [
  'drop index contacts_name_trgm_idx', 'drop index decision_makers_name_trgm_idx',
  `alter table global_companies add column search_name text generated always as (fold_text(name)) stored`,
  `create index global_companies_search_name_idx on global_companies (search_name text_pattern_ops)`,
  `alter table contacts add column search_name text generated always as (fold_text(name)) stored`,
  `create index contacts_search_name_trgm_idx on contacts using gin (search_name gin_trgm_ops)`,
  `create index contacts_search_name_idx on contacts (agency_id, search_name text_pattern_ops)`,
  `alter table decision_makers add column search_name text generated always as (fold_text(name)) stored`,
  `create index decision_makers_search_name_trgm_idx on decision_makers using gin (search_name gin_trgm_ops)`,
  `create index decision_makers_search_name_idx on decision_makers (search_name text_pattern_ops)`,
  'vacuum analyze',
]) { await c.query(s); }
await c.end();
