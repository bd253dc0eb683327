import type { Actor } from '../identity/domain/index.js';
import { LOSS_REASONS, isOpenStage, type Pipeline } from '../pipeline/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { changeStatus, defaultPipeline } from '../pipeline/index.js';
import { createAgency } from '../identity/index.js';
import { followCompany } from '../clients/index.js';
import { addNote, logCall, scheduleMeeting } from '../clients/index.js';
import { logOutreach } from '../clients/index.js';
import { hashPassword } from '../identity/index.js';
import { importRecords, type ImportKind } from '../discovery/index.js';
import { notifyNewJobs } from '../tasks/index.js';
import type { SourceRow } from '../discovery/index.js';
import { refreshHiringFacts } from '../discovery/index.js';
import { FIRST_NAMES, NOTES } from './dutch-market.js';
import { findContacts } from './find-contacts.js';
import { seedDossiers, type FollowedCompany } from './seed-dossiers.js';
import { generateMarket, type Market } from './market.js';
import { Random } from './random.js';
import { DAY_MS } from '../platform/time/days.js';

export const DEMO_LOGIN = { email: 'demo@clientpipe.local', password: 'demo' } as const;

export interface SeedDemoOptions {
  /** How many companies the demo agency follows. */
  companies?: number;
  /** How many shared companies the market holds (with their jobs and decision makers). */
  market?: number;
  seed?: number;
  /** The demo's "today"; history lies in the months before it. */
  now?: Date;
  /**
   * Whether the demo also tells its leads and opportunities (default true).
   * Without them every company's history is the same, row for row.
   */
  dossiers?: boolean;
  /** Called as the work goes: which step, how far. */
  onProgress?: (step: SeedStep, done: number, total: number) => void;
}

export type SeedStep = 'companies' | 'jobs' | 'decision-makers' | 'pipeline' | 'dossiers';

export interface SeedDemoResult {
  created: boolean;
  agencyId: string;
  companies: number;
}

/**
 * How often the demo's collector fetched new vacancies: weekly, the last run
 * being the seeding itself. Daily runs would add some ten seconds to the
 * seeding (every run refreshes its companies' hiring facts) for little more
 * truth: the team card's 7 days hold one run, its 30 days five.
 */
const COLLECTION_INTERVAL = 7 * DAY_MS;
/** Of the companies that get an outreach, the share whose contacts the recruiter adds first (about 55 % of all followed). */
const CONTACTS_BEFORE_OUTREACH = 0.75;

const COLLEAGUES = [
  { email: 'sanne@clientpipe.local', name: 'Sanne de Jong' },
  { email: 'daan@clientpipe.local', name: 'Daan Visser' },
  { email: 'lotte@clientpipe.local', name: 'Lotte Bakker' },
] as const;

/**
 * Creates the demo agency (demo@clientpipe.local / demo) with colleagues,
 * a Dutch market of shared companies with two years of jobs and their
 * decision makers (imported through the real import, the jobs week by week
 * as a collector would have found them), and a believable history per followed
 * company, contacts found before the first outreach included, and then
 * the leads and opportunities of a share of those companies, with their
 * vacancies, contacts and timelines (seed-dossiers.ts). Every step of that
 * history goes through the real use cases with a clock set in the past, so
 * the demo obeys every pipeline rule. Does nothing when the demo agency
 * exists.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const existing = await db.selectFrom('users').select('agency_id').where('email', '=', DEMO_LOGIN.email).executeTakeFirst();
  if (existing) return { created: false, agencyId: existing.agency_id, companies: 0 };

  const total = options.companies ?? 300;
  const now = options.now ?? new Date();
  const seed = options.seed ?? 2026;
  const random = new Random(seed);
  // Choices added to the story later draw from streams of their own, so the companies, stages and dates stay put.
  const contacts = Random.derived(seed, 'contacts');
  const market = generateMarket({ seed, now, companies: Math.max(options.market ?? 3000, total) });
  await importMarket(db, market, now, options.onProgress);

  const { agencyId, adminUserId } = await createAgency(db, {
    name: 'Demo Werving & Selectie',
    adminEmail: DEMO_LOGIN.email,
    adminPassword: DEMO_LOGIN.password,
    adminName: 'Demo Admin',
  }, { demo: true });
  const team = await addColleagues(db, agencyId, adminUserId);
  const story = storyStages(await defaultPipeline(db, agencyId));
  const globalIds = await companiesToFollow(db, random, market, total);
  const followed: FollowedCompany[] = [];
  for (const [index, globalCompanyId] of globalIds.entries()) {
    const owner = random.pick(team);
    const companyId = await writeHistory(db, { random, contacts, story }, owner, globalCompanyId, now);
    followed.push({ companyId, globalCompanyId, owner });
    options.onProgress?.('pipeline', index + 1, total);
  }
  if (options.dossiers !== false) {
    // After the histories, from a stream of their own: the companies' draws above are the same with or without them.
    await seedDossiers(db, { random: Random.derived(seed, 'dossiers'), now, team, followed, stages: story, onProgress: (done, of) => options.onProgress?.('dossiers', done, of) });
  }
  return { created: true, agencyId, companies: total };
}

/**
 * The market through the same import an admin's files go through, as if
 * clientpipe had been collecting it for two years: companies first, then
 * each week's new vacancies by a run at the end of that week (the last one
 * at `now`), each run followed by the new-job notifier as the periodic job
 * does; then the decision makers. The hiring facts of every market company
 * end as computed at `now`.
 */
async function importMarket(db: Db, market: Market, now: Date, onProgress: SeedDemoOptions['onProgress']): Promise<void> {
  await importAll(db, 'companies', market.companies, now, (done) => onProgress?.('companies', done, market.companies.length));
  let imported = 0;
  for (const { at, jobs } of collectionRuns(market.jobs, now)) {
    // The run's clock is each new job's created_at: when clientpipe learned of it.
    await importAll(db, 'jobs', jobs, at, (done) => onProgress?.('jobs', imported + done, market.jobs.length));
    // The market is the world as the demo finds it, not news: its jobs are claimed before anyone follows.
    await notifyNewJobs(db, () => at);
    imported += jobs.length;
  }
  await importAll(db, 'decision-makers', market.decisionMakers, now, (done) => onProgress?.('decision-makers', done, market.decisionMakers.length));
  await refreshMarket(db, market, now);
}

async function importAll(db: Db, kind: ImportKind, rows: readonly Record<string, unknown>[], at: Date, onDone: (done: number) => void) {
  const summary = await importRecords(db, kind, asSourceRows(rows), ({ summary }) => onDone(summary.inserted + summary.updated + summary.skipped), () => at);
  if (summary.rejected > 0) throw new Error(`demo ${kind} rejected: ${JSON.stringify(summary.rejectedRows.slice(0, 3))}`);
  onDone(rows.length);
}

async function* asSourceRows(rows: readonly Record<string, unknown>[]): AsyncGenerator<SourceRow> {
  for (const [index, record] of rows.entries()) yield { line: index + 1, record };
}

/** The market's jobs grouped by the run that found them (the first after their posting), oldest run first; the last run is at `now`. */
function collectionRuns(jobs: Market['jobs'], now: Date): { at: Date; jobs: Market['jobs'] }[] {
  const runs = new Map<number, Market['jobs']>();
  for (const job of jobs) {
    const posted = typeof job.posted_at === 'string' ? Date.parse(job.posted_at) : now.getTime();
    const runsAgo = Math.max(0, Math.floor((now.getTime() - posted) / COLLECTION_INTERVAL));
    const run = runs.get(runsAgo);
    if (run) run.push(job);
    else runs.set(runsAgo, [job]);
  }
  return [...runs].sort(([a], [b]) => b - a).map(([runsAgo, jobs]) => ({ at: new Date(now.getTime() - runsAgo * COLLECTION_INTERVAL), jobs }));
}

/** Each run refreshed its companies as of that run; a last pass leaves every market company's hiring facts as of `now`. */
async function refreshMarket(db: Db, market: Market, now: Date) {
  const rows = await db
    .selectFrom('global_companies')
    .select('id')
    .where('linkedin_url', 'in', market.companies.map((company) => String(company.linkedin_url)))
    .orderBy('id')
    .execute();
  await refreshHiringFacts(db, rows.map((row) => row.id), () => now);
}

/** Followed companies lean towards the ones hiring, as a recruiter's pipeline does. */
async function companiesToFollow(db: Db, random: Random, market: Market, count: number): Promise<string[]> {
  const rows = await db
    .selectFrom('global_companies')
    .select(['id', 'open_jobs'])
    .where('linkedin_url', 'in', market.companies.map((company) => String(company.linkedin_url)))
    .orderBy('linkedin_url')
    .execute();
  const hiring = rows.filter((row) => row.open_jobs > 0);
  const quiet = rows.filter((row) => row.open_jobs === 0);
  const chosen = new Set<string>();
  while (chosen.size < Math.min(count, rows.length)) {
    const pool = hiring.length > 0 && (random.chance(0.85) || quiet.length === 0) ? hiring : quiet;
    chosen.add(random.pick(pool).id);
  }
  return [...chosen];
}

async function addColleagues(db: Db, agencyId: string, adminUserId: string): Promise<Actor[]> {
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  const colleagues = await db
    .insertInto('users')
    .values(
      COLLEAGUES.map((colleague) => ({
        agency_id: agencyId,
        email: colleague.email,
        name: colleague.name,
        password_hash: passwordHash,
        role: 'recruiter' as const,
        branch_id: null,
      })),
    )
    .returning('id')
    .execute();
  return [
    { agencyId, userId: adminUserId, role: 'admin' },
    ...colleagues.map((user) => ({ agencyId, userId: user.id, role: 'recruiter' as const })),
  ];
}

/** The stages a demo story passes through, read from the pipeline it is told in. */
interface StoryStages {
  /** Where a followed company starts, and where a lost one restarts. */
  entry: string;
  /** The open stage after the one the first outreach moves it to: in talks (a first meeting). */
  talks: string;
  won: string;
  lost: string;
}

/**
 * Reads the demo's stages from the agency's default pipeline (Recruitment
 * BD as installed): its entry stage, its outreach automation's target, the
 * open stage after that in board order, and its Won and Lost outcome
 * stages. Stages are data; the demo names none of them.
 */
function storyStages(pipeline: Pipeline): StoryStages {
  const contacted = pipeline.automations.onOutreach?.to;
  const open = pipeline.stages.filter((stage) => stage.active && isOpenStage(stage)).map((stage) => stage.key);
  const talks = contacted ? open[open.indexOf(contacted) + 1] : undefined;
  const ending = (outcome: 'won' | 'lost') => pipeline.stages.find((stage) => stage.active && stage.outcome === outcome)?.key;
  const won = ending('won');
  const lost = ending('lost');
  if (!contacted || !talks || !won || !lost) throw new Error(`the demo's story needs an outreach automation, an open stage after it, and Won and Lost stages; '${pipeline.name.en}' lacks one`);
  return { entry: pipeline.entryStage, talks, won, lost };
}

/** One company's story, from following it to wherever it stands today; returns the agency's company record. */
async function writeHistory(
  db: Db,
  { random, contacts, story }: { random: Random; contacts: Random; story: StoryStages },
  actor: Actor,
  globalCompanyId: string,
  now: Date,
): Promise<string> {
  let time = now.getTime() - random.int(3, 180) * DAY_MS;
  const at = () => () => new Date(time);
  /** Moves time forward; false when that would pass "today". */
  const wait = (minDays: number, maxDays: number) => {
    const next = time + random.int(minDays * 24, maxDays * 24) * 3_600_000;
    if (next > now.getTime() - 3_600_000) return false;
    time = next;
    return true;
  };
  const reason = () => random.pick(LOSS_REASONS).key;

  const { company } = await followCompany(db, actor, { globalCompanyId }, at());
  const companyId = company.id;
  if (random.chance(0.3)) await addNote(db, actor, { companyId, body: random.pick(NOTES) }, at());
  if (random.chance(0.25) || !wait(1, 10)) return companyId; // still a prospect

  if (contacts.chance(CONTACTS_BEFORE_OUTREACH)) {
    await findContacts(db, contacts, actor, { companyId, globalCompanyId, at: new Date(time - contacts.int(45, 240) * 60_000) });
  }
  await logOutreach(db, actor, { companyId, channel: random.pick(['email', 'linkedin_message'] as const) }, at());
  if (random.chance(0.4) && wait(3, 8)) {
    await logCall(db, actor, { companyId, contactName: random.pick(FIRST_NAMES), outcome: random.pick(['no_answer', 'voicemail', 'connected'] as const) }, at());
  }
  if (random.chance(0.3) || !wait(3, 20)) return companyId; // waiting for an answer
  if (random.chance(0.2)) {
    await changeStatus(db, actor, { companyId, status: story.lost, lossReason: 'no_response' }, at());
    if (random.chance(0.3) && wait(60, 120)) {
      await changeStatus(db, actor, { companyId, status: story.entry, description: 'Nieuwe HR-manager, opnieuw proberen.' }, at());
    }
    return companyId;
  }

  const meetingAt = new Date(time + random.int(2, 10) * DAY_MS);
  await scheduleMeeting(db, actor, { companyId, at: meetingAt.toISOString(), attendees: [random.pick(FIRST_NAMES)] }, at());
  await changeStatus(db, actor, { companyId, status: story.talks, description: 'Kennismakingsgesprek ingepland.' }, at());
  if (random.chance(0.3) || !wait(5, 30)) return companyId; // in talks
  if (random.chance(0.55)) {
    await changeStatus(db, actor, { companyId, status: story.won, description: 'Raamovereenkomst getekend.' }, at());
    if (random.chance(0.1) && wait(30, 90)) {
      await changeStatus(db, actor, { companyId, status: story.lost, lossReason: 'terms_not_acceptable' }, at());
    }
  } else {
    await changeStatus(db, actor, { companyId, status: story.lost, lossReason: reason() }, at());
  }
  return companyId;
}
