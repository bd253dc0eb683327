import { sql, type Kysely } from 'kysely';

/*
 * Discovery's search, kept under its 100 ms (bench/search).
 *
 * Its first page counts every match. "At least 5 open jobs" or "hide
 * companies that refuse agencies" match a quarter to nine tenths of the
 * market, and counting them read the whole table (70–100 ms at 100,000
 * companies); with an index on each column the count reads the index alone.
 *
 * What a close spelling costs, told to the planner. pg_trgm declares its
 * word-similarity operators (`%>`, `<%`) and word_similarity() at the
 * default cost of one operator, while each call splits both texts into
 * trigrams: about 4 µs a row, forty times a LIKE. With the default, a
 * discovery search whose description match takes in a third of the
 * companies ("familiebedrijf") was planned as a table scan testing every
 * name for a close spelling (bench/search: 270 ms); at this cost the
 * planner reads the trigram index for the close spellings instead and
 * tests only the rows found (90 ms).
 *
 * The functions belong to the extension: a database where an
 * administrator created pg_trgm beforehand may not let clientpipe's user
 * change them. Then the planner keeps the default and searches stay
 * correct, only slower; the migration says so and goes on.
 */
const statements = [
  `alter function word_similarity(text, text) cost 100`,
  `alter function word_similarity_op(text, text) cost 100`,
  `alter function word_similarity_commutator_op(text, text) cost 100`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index global_companies_open_jobs_idx on global_companies (open_jobs)`.execute(db);
  await sql`create index global_companies_no_agencies_idx on global_companies (no_agencies)`.execute(db);
  const body = statements.map((statement) => `${statement};`).join('\n    ');
  await sql
    .raw(
      `do $cost$ begin
    ${body}
  exception when insufficient_privilege then
    raise notice 'pg_trgm belongs to another user: its word-similarity costs stay the default (searches are correct, slower)';
  end $cost$`,
    )
    .execute(db);
}
