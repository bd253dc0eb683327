import { sql, type Kysely } from 'kysely';

/*
 * Dutch-aware search (discovery, the board, the companies page and global
 * search alike): a word matches as a part of a name, place or industry
 * ("bouw" in "Bouwbedrijf Jansen", "techniek" in "Installatietechniek",
 * "bouwbedrijf" in "Bouwbedrijven Noord") or as a close spelling by
 * trigram word similarity ("bouwbedrijven" finds "Bouwbedrijf", a typo
 * "bouwbedrjf" too). Dutch stemming alone does not join them: the Snowball
 * stemmer makes "bouwbedrijven" "bouwbedrijv", not "bouwbedrijf".
 *
 * pg_trgm ships with PostgreSQL (a trusted extension since 13, so the
 * database owner may create it) and with PGlite (registered in
 * platform/db/connect.ts). Text is folded before it is compared: accents
 * dropped and lower case, by `fold_text`, which uses translate() over the
 * Latin letters (PGlite and a C-locale PostgreSQL lower-case ASCII only, so
 * capitals with accents map straight to the folded lower-case letter); the
 * search text is folded the same way in JavaScript (discovery's
 * text-search.ts). The table is written out here, not imported, so the
 * migration stays as it ran.
 */
const folding = (() => {
  let from = '';
  let to = '';
  for (let code = 0xc0; code <= 0x24f; code += 1) {
    const letter = String.fromCodePoint(code);
    const folded = letter.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
    if (folded.length === 1 && folded !== letter) {
      from += letter;
      to += folded;
    }
  }
  return { from, to };
})();

const statements = [
  `create extension if not exists pg_trgm`,
  // Immutable and plain SQL: PostgreSQL inlines it, so an index on fold_text(name) serves a query on fold_text(name).
  `create function fold_text(text) returns text language sql immutable strict parallel safe
     as $fold$ select lower(translate($1, '${folding.from}', '${folding.to}')) $fold$`,
  // Folded once when written, not per row searched: translate() over the table is the costly part of a match.
  // What a company is found by: its name (for the rank and the prefix of a short search), and name, place and industry.
  `alter table global_companies
     add column search_name text collate "C" generated always as (fold_text(name)) stored,
     add column search_text text generated always as (
       fold_text(name) || ' ' || fold_text(coalesce(location, '')) || ' ' || fold_text(coalesce(industry, ''))
     ) stored`,
  `create index global_companies_search_text_idx on global_companies using gin (search_text gin_trgm_ops)`,
  // Close spellings are looked for in names only: a fuzzy match on place and industry ("logistiek" ~ "logistics")
  // would take in a whole industry and cost a similarity per company of it.
  `create index global_companies_search_name_trgm_idx on global_companies using gin (search_name gin_trgm_ops)`,
  // A search of one or two letters matches names that start with it, in name order: a range of this index, read
  // for as many rows as asked (the names are in the C collation, so LIKE 'ab%' and ORDER BY use the same btree).
  `create index global_companies_search_name_idx on global_companies (search_name)`,
  `alter table contacts add column search_name text collate "C" generated always as (fold_text(name)) stored`,
  `create index contacts_search_name_trgm_idx on contacts using gin (search_name gin_trgm_ops)`,
  `create index contacts_search_name_idx on contacts (agency_id, search_name)`,
  `alter table decision_makers add column search_name text collate "C" generated always as (fold_text(name)) stored`,
  `create index decision_makers_search_name_trgm_idx on decision_makers using gin (search_name gin_trgm_ops)`,
  `create index decision_makers_search_name_idx on decision_makers (search_name)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
