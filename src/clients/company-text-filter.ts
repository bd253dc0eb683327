import { sql, type SqlBool } from 'kysely';
import { foldedContains } from '../pipeline/index.js';

/*
 * The companies page's search, in one place: a record matches when its
 * company's name, place or industry, or the name of one of its contacts,
 * contains the text, case- and accent-insensitive (the board's folding).
 * Everything textual about the search is here, over `companies c` joined
 * to `global_companies g`, so a smarter matcher (Dutch stemming, trigram
 * similarity) replaces this one function and the list, the bulk actions'
 * "all that match" and the export follow.
 */
export function companyTextMatches(q: string) {
  return sql<SqlBool>`(${foldedContains(sql`g.name`, q)}
    or ${foldedContains(sql`g.location`, q)}
    or ${foldedContains(sql`g.industry`, q)}
    or exists (select 1 from contacts ct
      where ct.agency_id = c.agency_id and ct.company_id = c.id and ${foldedContains(sql`ct.name`, q)}))`;
}
