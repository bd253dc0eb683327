import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { GlobalCompanyRow } from '../discovery.tables.js';

export interface CompanyIdentity {
  linkedin?: string | undefined;
  website?: string | undefined;
}

/**
 * The shared companies these normalised LinkedIn URLs and websites name,
 * indexed both ways: just their keys, all that jobs and decision makers
 * need to know which company (their descriptions were most of what a jobs
 * batch read).
 */
export function findCompanies(trx: Executor, identities: readonly CompanyIdentity[]) {
  return find<Pick<GlobalCompanyRow, (typeof KEY_COLUMNS)[number]>>(trx, identities, KEY_COLUMNS, false);
}

/**
 * The same with every column an import compares, the rows locked for the
 * rest of the transaction, in id order: two imports that touch the same
 * companies take them in one order, so neither waits for a row the other
 * holds while it holds one the first wants (a deadlock).
 */
export function lockCompanies(trx: Executor, identities: readonly CompanyIdentity[]) {
  return find<Pick<GlobalCompanyRow, (typeof COMPARED_COLUMNS)[number]>>(trx, identities, COMPARED_COLUMNS, true);
}

async function find<Row extends Pick<GlobalCompanyRow, (typeof KEY_COLUMNS)[number]>>(
  trx: Executor,
  identities: readonly CompanyIdentity[],
  columns: readonly (typeof COMPARED_COLUMNS)[number][],
  lock: boolean,
) {
  const linkedins = [...new Set(identities.flatMap((i) => (i.linkedin ? [i.linkedin] : [])))];
  const websites = [...new Set(identities.flatMap((i) => (i.website ? [i.website] : [])))];
  const found: Row[] =
    linkedins.length + websites.length === 0
      ? []
      : ((await trx
          .selectFrom('global_companies')
          .select(columns)
          .where((eb) =>
            eb.or([
              // Each list travels as one array parameter: a thousand parameters cost the server more to parse than the lookup.
              ...(linkedins.length ? [eb('linkedin_url', '=', sql<string>`any(${sql.val(linkedins)}::text[])`)] : []),
              ...(websites.length ? [eb('website_domain', '=', sql<string>`any(${sql.val(websites)}::text[])`)] : []),
            ]),
          )
          .$if(lock, (qb) => qb.orderBy('id').forUpdate())
          // The rows have the columns asked for: Row's.
          .execute()) as unknown as Row[]);
  const byLinkedin = new Map(found.filter((c) => c.linkedin_url).map((c) => [c.linkedin_url!, c]));
  const byDomain = new Map(found.filter((c) => c.website_domain).map((c) => [c.website_domain!, c]));
  return {
    byLinkedin,
    byDomain,
    /** The company a row names, by LinkedIn URL first. */
    companyOf: (identity: CompanyIdentity) =>
      (identity.linkedin ? byLinkedin.get(identity.linkedin) : undefined) ?? (identity.website ? byDomain.get(identity.website) : undefined),
  };
}

const KEY_COLUMNS = ['id', 'linkedin_url', 'website_domain'] as const satisfies readonly (keyof GlobalCompanyRow)[];

/** The columns an import compares against, so an unchanged row is not rewritten. */
export const COMPARED_COLUMNS = [
  'id',
  'name',
  'linkedin_url',
  'website_domain',
  'description',
  'industry',
  'location',
  'headquarters',
  'founded_year',
  'employee_count',
  'linkedin_id',
  'latitude',
  'longitude',
] as const satisfies readonly (keyof GlobalCompanyRow)[];
