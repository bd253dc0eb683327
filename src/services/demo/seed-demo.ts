import type { Actor } from '../../domain/roles.js';
import { LOSS_REASONS } from '../../domain/pipeline/index.js';
import type { Db } from '../../db/schema.js';
import { changeStatus } from '../change-status.js';
import { createAgency } from '../create-agency.js';
import { followCompany } from '../follow-company.js';
import { addNote, logCall, scheduleMeeting } from '../log-activity.js';
import { logOutreach } from '../log-outreach.js';
import { hashPassword } from '../passwords.js';
import { refreshHiringFacts } from '../refresh-hiring-facts.js';
import {
  CITIES,
  DECISION_MAKER_TITLES,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  NAME_PARTS,
  NOTES,
} from './dutch-market.js';
import { Random } from './random.js';

export const DEMO_LOGIN = { email: 'demo@clientpipe.local', password: 'demo' } as const;

export interface SeedDemoOptions {
  /** How many companies the demo agency follows. */
  companies?: number;
  seed?: number;
  /** The demo's "today"; history lies in the months before it. */
  now?: Date;
  /** Called after each company's history is written. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedDemoResult {
  created: boolean;
  agencyId: string;
  companies: number;
}

const DAY = 86_400_000;

const COLLEAGUES = [
  { email: 'sanne@clientpipe.local', name: 'Sanne de Jong' },
  { email: 'daan@clientpipe.local', name: 'Daan Visser' },
  { email: 'lotte@clientpipe.local', name: 'Lotte Bakker' },
] as const;

/**
 * Creates the demo agency (demo@clientpipe.local / demo) with colleagues,
 * shared companies with jobs and decision makers, and a believable history
 * per company. Every step of that history goes through the real use cases
 * with a clock set in the past, so the demo obeys every pipeline rule.
 * Does nothing when the demo agency exists.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const existing = await db.selectFrom('users').select('agency_id').where('email', '=', DEMO_LOGIN.email).executeTakeFirst();
  if (existing) return { created: false, agencyId: existing.agency_id, companies: 0 };

  const total = options.companies ?? 300;
  const now = options.now ?? new Date();
  const random = new Random(options.seed ?? 2026);
  const { agencyId, adminUserId } = await createAgency(db, {
    name: 'Demo Werving & Selectie',
    adminEmail: DEMO_LOGIN.email,
    adminPassword: DEMO_LOGIN.password,
    adminName: 'Demo Admin',
  });
  const team = await addColleagues(db, agencyId, adminUserId);
  const globalIds = await createGlobalCompanies(db, random, Math.round(total * 1.3), now);

  for (const [index, globalCompanyId] of globalIds.slice(0, total).entries()) {
    const owner = random.pick(team);
    await writeHistory(db, random, owner, globalCompanyId, now);
    options.onProgress?.(index + 1, total);
  }
  return { created: true, agencyId, companies: total };
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

async function createGlobalCompanies(db: Db, random: Random, count: number, now: Date): Promise<string[]> {
  const names = new Set<string>();
  while (names.size < count) {
    names.add(`${random.pick(NAME_PARTS.prefixes)} ${random.pick(NAME_PARTS.cores)} ${random.pick(NAME_PARTS.suffixes)}`);
  }
  const rows = [...names].map((name) => {
    const industry = random.pick(INDUSTRIES);
    const slug = name.toLowerCase().replace(/&/g, 'en').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const city = random.pick(CITIES);
    return {
      name,
      industry: industry.name,
      location: city,
      headquarters: `${city}, Nederland`,
      website_domain: `${slug}.nl`,
      linkedin_url: `https://www.linkedin.com/company/${slug}`,
      employee_count: random.pick([12, 25, 48, 80, 150, 240, 500, 1200, 3500]),
      founded_year: random.int(1950, 2021),
      description: `${name} is actief in ${industry.name.toLowerCase()} vanuit ${city}.`,
    };
  });
  const inserted = await db.insertInto('global_companies').values(rows).returning(['id', 'industry']).execute();

  const jobs = [];
  const decisionMakers = [];
  for (const company of inserted) {
    const industry = INDUSTRIES.find((i) => i.name === company.industry)!;
    for (let j = random.int(0, 6); j > 0; j--) {
      const postedAt = new Date(now.getTime() - random.int(1, 365) * DAY);
      jobs.push({
        global_company_id: company.id,
        title: random.pick(industry.jobs),
        location: random.pick(CITIES),
        skills: [random.pick(industry.skills), random.pick(industry.skills)].filter((s, i, all) => all.indexOf(s) === i),
        posted_at: postedAt,
        closed_at: random.chance(0.4) ? new Date(postedAt.getTime() + random.int(10, 60) * DAY) : null,
        source: 'demo',
        external_id: `demo-${jobs.length + 1}`,
      });
    }
    for (let d = random.int(1, 3); d > 0; d--) {
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      decisionMakers.push({
        global_company_id: company.id,
        name,
        title: random.pick(DECISION_MAKER_TITLES),
        linkedin_url: `https://www.linkedin.com/in/${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${decisionMakers.length}`,
        linkedin_verified: random.chance(0.6),
      });
    }
  }
  for (let i = 0; i < jobs.length; i += 500) await db.insertInto('jobs').values(jobs.slice(i, i + 500)).execute();
  for (let i = 0; i < decisionMakers.length; i += 500) {
    await db.insertInto('decision_makers').values(decisionMakers.slice(i, i + 500)).execute();
  }
  await refreshHiringFacts(db, inserted.map((row) => row.id), () => now);
  return inserted.map((row) => row.id);
}

/** One company's story, from following it to wherever it stands today. */
async function writeHistory(db: Db, random: Random, actor: Actor, globalCompanyId: string, now: Date): Promise<void> {
  let time = now.getTime() - random.int(3, 180) * DAY;
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
  if (random.chance(0.25) || !wait(1, 10)) return; // still a prospect

  await logOutreach(db, actor, { companyId, channel: random.pick(['email', 'linkedin_message'] as const) }, at());
  if (random.chance(0.4) && wait(3, 8)) {
    await logCall(db, actor, { companyId, contactName: random.pick(FIRST_NAMES), outcome: random.pick(['no_answer', 'voicemail', 'connected'] as const) }, at());
  }
  if (random.chance(0.3) || !wait(3, 20)) return; // waiting for an answer
  if (random.chance(0.2)) {
    await changeStatus(db, actor, { companyId, status: 'lost', lossReason: 'no_response' }, at());
    if (random.chance(0.3) && wait(60, 120)) {
      await changeStatus(db, actor, { companyId, status: 'prospect', description: 'Nieuwe HR-manager, opnieuw proberen.' }, at());
    }
    return;
  }

  const meetingAt = new Date(time + random.int(2, 10) * DAY);
  await scheduleMeeting(db, actor, { companyId, at: meetingAt.toISOString(), attendees: [random.pick(FIRST_NAMES)] }, at());
  await changeStatus(db, actor, { companyId, status: 'meeting', description: 'Kennismakingsgesprek ingepland.' }, at());
  if (random.chance(0.3) || !wait(5, 30)) return; // in talks
  if (random.chance(0.55)) {
    await changeStatus(db, actor, { companyId, status: 'won', description: 'Raamovereenkomst getekend.' }, at());
    if (random.chance(0.1) && wait(30, 90)) {
      await changeStatus(db, actor, { companyId, status: 'lost', lossReason: 'terms_not_acceptable' }, at());
    }
  } else {
    await changeStatus(db, actor, { companyId, status: 'lost', lossReason: reason() }, at());
  }
}
