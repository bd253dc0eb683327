import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import type { searchResultsSchema } from './search.schemas.js';
import { authorize } from '../identity/index.js';
import { matchCompanyText, matchPersonName } from '../discovery/index.js';
import { parseInput, text, wholeNumber } from '../platform/input/input.js';

export const searchEverythingInput = z
  .object({
    /** Words of a name (companies also by place and industry); Dutch-aware: parts of words, plurals, small typos. */
    q: text(200),
    /** At most this many results of each kind. */
    limit: wholeNumber(1, 20).default(5),
  })
  .strict();

export type SearchResults = z.output<typeof searchResultsSchema>;

const EMPTY: SearchResults = { companies: [], shared: [], contacts: [], decisionMakers: [] };

/**
 * Global search (the top bar and Ctrl-K): the agency's followed companies
 * (with stage and pipeline), shared companies it does not follow, its
 * contacts (with their company) and decision makers of shared companies
 * (those at the agency's companies first among equals; for the first
 * letters alone, shared companies and decision makers in name order),
 * each group ranked by discovery's one matcher (text-search.ts: the name
 * itself, then names that start with the search, then word starts, parts,
 * close spellings). Agency data is the actor's agency's only. The four
 * reads are independent and run side by side (separate connections on
 * PostgreSQL); a search without letters or digits finds nothing.
 */
export async function searchEverything(db: Db, actor: Actor, input: z.input<typeof searchEverythingInput>): Promise<SearchResults> {
  authorize(actor, 'companies:view');
  const request = parseInput(searchEverythingInput, input);
  const company = matchCompanyText(request.q);
  const contact = matchPersonName(request.q, 'ct');
  const decisionMaker = matchPersonName(request.q, 'dm');
  if (!company || !contact || !decisionMaker) return EMPTY;
  const { agencyId } = actor;
  const limit = request.limit;

  const [companies, shared, contacts, decisionMakers] = await Promise.all([
    db
      .selectFrom('companies as c')
      .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
      .innerJoin('pipelines as p', (join) => join.onRef('p.agency_id', '=', 'c.agency_id').onRef('p.id', '=', 'c.pipeline_id'))
      .innerJoin('pipeline_stages as st', (join) =>
        join.onRef('st.agency_id', '=', 'c.agency_id').onRef('st.pipeline_id', '=', 'c.pipeline_id').onRef('st.key', '=', 'c.client_status'),
      )
      .select([
        'c.id', 'c.global_company_id', 'g.name', 'g.location', 'g.industry', 'c.favorited', 'c.client_status',
        'st.name_nl as stage_nl', 'st.name_en as stage_en', 'st.color', 'p.id as pipeline_id', 'p.name_nl as pipeline_nl', 'p.name_en as pipeline_en',
      ])
      .where('c.agency_id', '=', agencyId)
      .where('c.deleted_at', 'is', null)
      .where(company.where)
      .orderBy(company.rank)
      .orderBy(company.similarity, 'desc')
      .orderBy(sql`lower(g.name)`)
      .orderBy('c.id')
      .limit(limit)
      .execute(),
    // Best match, then the hottest: among many equal matches ("zorg"), the ones worth a call. The first letters
    // alone ("bo") match too many names to rank: the first names in order, read from the name index.
    db
      .selectFrom('global_companies as g')
      .select(['g.id', 'g.name', 'g.location', 'g.industry', 'g.hotness', 'g.open_jobs'])
      .where(company.where)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('companies as c').select(sql`1`.as('one')).whereRef('c.global_company_id', '=', 'g.id').where('c.agency_id', '=', agencyId).where('c.deleted_at', 'is', null))),
      )
      .$if(company.short, (qb) => qb.orderBy(company.name))
      .$if(!company.short, (qb) => qb.orderBy(company.rank).orderBy('g.hotness', 'desc'))
      .orderBy('g.id')
      .limit(limit)
      .execute(),
    db
      .selectFrom('contacts as ct')
      .innerJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'ct.agency_id').onRef('c.id', '=', 'ct.company_id'))
      .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
      .select(['ct.id', 'ct.name', 'ct.title', 'ct.email', 'c.id as company_id', 'g.name as company_name'])
      .where('ct.agency_id', '=', agencyId)
      .where('c.deleted_at', 'is', null)
      .where(contact.where)
      .orderBy(contact.rank)
      .orderBy(contact.similarity, 'desc')
      .orderBy('ct.name')
      .orderBy('ct.id')
      .limit(limit)
      .execute(),
    // The best five first, then their companies: ordering every match by a joined column would join them all.
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('decision_makers as dm')
          .leftJoin('companies as c', (join) => join.onRef('c.global_company_id', '=', 'dm.global_company_id').on('c.agency_id', '=', agencyId).on('c.deleted_at', 'is', null))
          .select(['dm.id', 'dm.name', 'dm.title', 'dm.global_company_id', 'dm.search_name', 'c.id as company_id', decisionMaker.rank.as('rank'), sql<boolean>`c.id is null`.as('unfollowed')])
          .where(decisionMaker.where)
          .$if(!decisionMaker.short, (qb) => qb.orderBy('rank').orderBy('unfollowed'))
          .orderBy('dm.search_name')
          .orderBy('dm.id')
          .limit(limit)
          .as('best'),
      )
      .innerJoin('global_companies as g', 'g.id', 'best.global_company_id')
      .select(['best.id', 'best.name', 'best.title', 'best.global_company_id', 'g.name as company_name', 'best.company_id'])
      .$if(!decisionMaker.short, (qb) => qb.orderBy('best.rank').orderBy('best.unfollowed'))
      .orderBy('best.search_name')
      .orderBy('best.id')
      .execute(),
  ]);

  return {
    companies: companies.map((row) => ({
      id: row.id,
      globalCompanyId: row.global_company_id,
      name: row.name,
      location: row.location,
      industry: row.industry,
      favorited: row.favorited,
      stage: { key: row.client_status, name: { nl: row.stage_nl, en: row.stage_en }, color: row.color },
      pipeline: { id: row.pipeline_id, name: { nl: row.pipeline_nl, en: row.pipeline_en } },
    })),
    shared: shared.map((row) => ({ id: row.id, name: row.name, location: row.location, industry: row.industry, hotness: row.hotness, openJobs: row.open_jobs })),
    contacts: contacts.map((row) => ({ id: row.id, name: row.name, title: row.title, email: row.email, company: { id: row.company_id, name: row.company_name } })),
    decisionMakers: decisionMakers.map((row) => ({
      id: row.id,
      name: row.name,
      title: row.title,
      globalCompany: { id: row.global_company_id, name: row.company_name },
      companyId: row.company_id,
    })),
  };
}
