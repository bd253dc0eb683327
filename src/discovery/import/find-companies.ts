import type { Executor } from '../../platform/db/database.js';
import type { GlobalCompanyRow } from '../discovery.tables.js';

export interface CompanyIdentity {
  linkedin?: string | undefined;
  website?: string | undefined;
}

/**
 * The shared companies these normalised LinkedIn URLs and websites name,
 * indexed both ways. With `lock`, their rows are locked for the rest of the
 * transaction, in id order: two imports that touch the same companies take
 * them in one order, so neither waits for a row the other holds while it
 * holds one the first wants (a deadlock).
 */
export async function findCompanies(trx: Executor, identities: readonly CompanyIdentity[], { lock = false } = {}) {
  const linkedins = [...new Set(identities.flatMap((i) => (i.linkedin ? [i.linkedin] : [])))];
  const websites = [...new Set(identities.flatMap((i) => (i.website ? [i.website] : [])))];
  const found =
    linkedins.length + websites.length === 0
      ? []
      : await trx
          .selectFrom('global_companies')
          .select(COMPARED_COLUMNS)
          .where((eb) =>
            eb.or([
              ...(linkedins.length ? [eb('linkedin_url', 'in', linkedins)] : []),
              ...(websites.length ? [eb('website_domain', 'in', websites)] : []),
            ]),
          )
          .$if(lock, (qb) => qb.orderBy('id').forUpdate())
          .execute();
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
