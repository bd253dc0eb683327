import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { defaultPipeline } from '../pipeline/index.js';
import { listContactRoles, listDossierLists } from '../dossiers/index.js';
import { leadStages, opportunityStages } from './dossier-stages.js';
import { pickSome, weightedSample, type Random } from './random.js';
import { writeDossierStory, type CompanyMoments, type DossierPlan, type DossierWorld } from './write-dossier-story.js';

/** A company the demo agency followed, in the order it was followed. */
export interface FollowedCompany {
  companyId: string;
  globalCompanyId: string;
  owner: Actor;
}

/** The company stages a dossier's story reads a company's history by (the demo's story stages of the clients pipeline). */
export interface CompanyStages {
  entry: string;
  talks: string;
  won: string;
  lost: string;
}

export interface SeedDossiersOptions {
  /** The dossiers' own stream (Random.derived(seed, 'dossiers')): the companies' stream is never drawn from here. */
  random: Random;
  now: Date;
  team: readonly Actor[];
  followed: readonly FollowedCompany[];
  stages: CompanyStages;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Per 100 followed companies, how many get an opportunity and how many a
 * lead of their own (besides the leads opportunities are converted from):
 * 300 companies give some 33 opportunities and 50–60 leads.
 */
const OPPORTUNITIES_PER_COMPANY = 0.11;
const LEADS_PER_COMPANY = 0.1;
/** Of the opportunities, the share converted from a lead; the rest were opened after a first meeting. */
const CONVERTED = 0.7;

type Cast = 'won' | 'in_talks' | 'lost_in_talks' | 'no_response' | 'contacted' | 'prospect';
/** Who gets an opportunity: the companies in talks and the won ones; a few that were lost after talks. */
const OPPORTUNITY_WEIGHT: Partial<Record<Cast, number>> = { won: 3, in_talks: 3, lost_in_talks: 1 };
/** Who gets a lead only: mostly companies contacted and waiting; some that never answered, a few prospects. */
const LEAD_WEIGHT: Partial<Record<Cast, number>> = { contacted: 4, no_response: 1.5, prospect: 1 };

/**
 * The demo agency's leads and opportunities (SPEC R4): after the company
 * histories, a share of the followed companies get dossiers whose stories
 * follow their own timelines (writeDossierStory), each through the real
 * use cases at a past moment, with the agency's team, lists and contact
 * roles. Reads what the histories wrote and writes only dossiers, their
 * vacancies and timelines: the companies stay exactly as they were.
 */
export async function seedDossiers(db: Db, options: SeedDossiersOptions): Promise<{ plans: number }> {
  const { random, team, followed, stages } = options;
  const admin = team[0]!;
  const lists = await listDossierLists(db, admin);
  const world: DossierWorld = {
    db,
    random,
    now: options.now.getTime(),
    team,
    leads: leadStages(await defaultPipeline(db, admin.agencyId, 'leads')),
    opportunities: opportunityStages(await defaultPipeline(db, admin.agencyId, 'opportunities')),
    lists: { source: lists.source.map((value) => value.key), priority: lists.priority.map((value) => value.key), category: lists.category.map((value) => value.key) },
    roles: (await listContactRoles(db, admin)).map((role) => role.id),
  };
  if (world.roles.length === 0) throw new Error("the demo's dossiers need the agency's contact roles");

  const companies = await readMoments(db, admin.agencyId, followed, stages);
  const cast = new Map(companies.map((company) => [company.companyId, castOf(company, stages)] as const));
  const plans = new Map<string, DossierPlan>();
  const withOpportunity = weightedSample(random, companies, (company) => OPPORTUNITY_WEIGHT[cast.get(company.companyId)!] ?? 0, Math.round(followed.length * OPPORTUNITIES_PER_COMPANY));
  const converted = new Set(pickSome(random, withOpportunity, Math.round(withOpportunity.length * CONVERTED)));
  for (const company of withOpportunity) {
    const place = cast.get(company.companyId);
    plans.set(company.companyId, { kind: 'opportunity', fromLead: converted.has(company), outcome: place === 'won' ? 'won' : place === 'lost_in_talks' ? 'lost' : 'open' });
  }
  const rest = companies.filter((company) => !plans.has(company.companyId));
  for (const company of weightedSample(random, rest, (company) => LEAD_WEIGHT[cast.get(company.companyId)!] ?? 0, Math.round(followed.length * LEADS_PER_COMPANY))) {
    const place = cast.get(company.companyId);
    plans.set(company.companyId, { kind: 'lead', fate: place === 'prospect' ? 'new' : place === 'no_response' ? 'no_response' : 'worked' });
  }

  // Told in the order the companies were followed, so the same seed tells the same stories.
  let done = 0;
  for (const company of companies) {
    const plan = plans.get(company.companyId);
    if (!plan) continue;
    await writeDossierStory(world, company, plan);
    options.onProgress?.(++done, plans.size);
  }
  return { plans: plans.size };
}

/** Where a company's history has brought it, as far as its dossiers care. */
function castOf(company: CompanyMoments & { stage: string }, stages: CompanyStages): Cast {
  if (company.won !== undefined) return 'won';
  if (company.talks !== undefined) return company.stage === stages.lost ? 'lost_in_talks' : company.stage === stages.talks ? 'in_talks' : 'prospect';
  if (company.stage === stages.lost) return 'no_response';
  if (company.stage === stages.entry) return 'prospect';
  return 'contacted';
}

/** The moments of each followed company's history, read from its timeline as the histories wrote it; in follow order. */
async function readMoments(db: Db, agencyId: string, followed: readonly FollowedCompany[], stages: CompanyStages): Promise<(CompanyMoments & { stage: string })[]> {
  const [companies, activities] = await Promise.all([
    db
      .selectFrom('companies as c')
      .innerJoin('global_companies as g', 'g.id', 'c.global_company_id')
      .select(['c.id', 'c.client_status', 'c.client_status_changed_at', 'g.name'])
      .where('c.agency_id', '=', agencyId)
      .execute(),
    db
      .selectFrom('client_company_activities')
      .select(['company_id', 'activity_type', 'new_status', 'created_at', 'extra_data'])
      .where('agency_id', '=', agencyId)
      .where('activity_type', 'in', ['company_tracked', 'outreach_sent', 'meeting_scheduled', 'status_change'])
      .orderBy('created_at')
      .orderBy('seq')
      .execute(),
  ]);
  const rows = new Map(companies.map((row) => [row.id, row]));
  const histories = new Map<string, typeof activities>();
  for (const activity of activities) {
    const history = histories.get(activity.company_id);
    if (history) history.push(activity);
    else histories.set(activity.company_id, [activity]);
  }
  return followed.map(({ companyId, globalCompanyId, owner }) => {
    const row = rows.get(companyId)!;
    const history = histories.get(companyId) ?? [];
    const first = (type: string) => history.find((entry) => entry.activity_type === type);
    const entered = (stage: string) => history.filter((entry) => entry.activity_type === 'status_change' && entry.new_status === stage);
    const lost = row.client_status === stages.lost ? entered(stages.lost).at(-1) : undefined;
    const meeting = first('meeting_scheduled')?.extra_data.at;
    return {
      companyId,
      globalCompanyId,
      owner,
      name: row.name,
      stage: row.client_status,
      tracked: first('company_tracked')!.created_at.getTime(),
      since: row.client_status_changed_at.getTime(),
      outreach: first('outreach_sent')?.created_at.getTime(),
      talks: entered(stages.talks)[0]?.created_at.getTime(),
      meetingAt: typeof meeting === 'string' ? Date.parse(meeting) : undefined,
      won: entered(stages.won)[0]?.created_at.getTime(),
      lost: lost && { at: lost.created_at.getTime(), reason: typeof lost.extra_data.lossReason === 'string' ? lost.extra_data.lossReason : undefined },
    };
  });
}
