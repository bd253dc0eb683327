import { sql, type SqlBool } from 'kysely';
import { matchCompanyText, matchPersonName } from '../discovery/index.js';

/*
 * The companies page's search, in one place: a record matches when its
 * company's name, place or industry, or the name of one of its contacts,
 * matches the text — discovery's one Dutch-aware matcher (parts of words,
 * plurals, small typos; case- and accent-insensitive), as the board,
 * discovery and global search use it. Over `companies c` joined to
 * `global_companies g`; the list, the bulk actions' "all that match" and
 * the export all filter through here. A search without a letter or digit
 * finds nothing.
 */
export function companyTextMatches(q: string) {
  const company = matchCompanyText(q, 'g');
  const contact = matchPersonName(q, 'ct');
  if (!company || !contact) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${company.where}
    or exists (select 1 from contacts ct
      where ct.agency_id = c.agency_id and ct.company_id = c.id and ${contact.where}))`;
}
