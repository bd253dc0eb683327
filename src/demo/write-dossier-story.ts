import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { listContacts } from '../clients/index.js';
import { listJobs } from '../discovery/index.js';
import { changeDossierStage, convertLead, createDossier, createLeadFromJob, createVacancy, linkDossierContact, logDossierActivity, updateDossier } from '../dossiers/index.js';
import { DAY_MS } from '../platform/time/days.js';
import { gatesFor, isoDate, type LeadStages, type OpportunityStages, type ToldGates } from './dossier-stages.js';
import { DOSSIER_TITLES, INTRO_MAILS, LEAD_NOTES, MEETINGS, OPPORTUNITY_STEPS, QUALIFIED } from './dossier-texts.js';
import { logUniform, type Random } from './random.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * 60; // in minutes, for StoryTime.after

/** What every dossier story draws on: the agency's team, lists, contact roles and pipelines, and the dossiers' own random stream. */
export interface DossierWorld {
  db: Db;
  random: Random;
  /** The demo's "today": nothing happens after it. */
  now: number;
  team: readonly Actor[];
  leads: LeadStages;
  opportunities: OpportunityStages;
  /** The keys of the agency's source, priority and category lists, in their order. */
  lists: { source: string[]; priority: string[]; category: string[] };
  /** The agency's contact roles in their order (the first is the main contact). */
  roles: string[];
}

/** The moments of a followed company's own history that its dossiers hang on (times in ms). */
export interface CompanyMoments {
  companyId: string;
  globalCompanyId: string;
  name: string;
  /** Who followed it and wrote its history. */
  owner: Actor;
  tracked: number;
  /** When it entered the stage it is in today (a restart after Lost included). */
  since: number;
  outreach?: number | undefined;
  /** When it moved to "in talks", and when that first meeting was planned for. */
  talks?: number | undefined;
  meetingAt?: number | undefined;
  won?: number | undefined;
  lost?: { at: number; reason: string | undefined } | undefined;
}

/** What the company's dossiers come to. */
export type DossierPlan =
  /** An opportunity (converted from a lead the company's outreach started, or opened after the first meeting) that ends as the company did. */
  | { kind: 'opportunity'; fromLead: boolean; outcome: 'won' | 'lost' | 'open' }
  /** A lead only: still new (a prospect), worked since the outreach, or disqualified when the company never answered. */
  | { kind: 'lead'; fate: 'new' | 'worked' | 'no_response' };

/** A story's clock: moves forward only, and never past its ceiling (it goes halfway there instead). */
class StoryTime {
  constructor(
    public time: number,
    public ceiling: number,
    private readonly random: Random,
  ) {}

  /** Moves to `moment` when it lies ahead. */
  reach(moment: number): this {
    if (moment > this.time) this.time = moment < this.ceiling ? moment : this.time + Math.max(1000, Math.floor((this.ceiling - this.time) / 2));
    return this;
  }

  /** Moves on by `min` to `max` minutes. */
  after(min: number, max: number): this {
    return this.reach(this.time + this.random.int(min, max) * MINUTE);
  }

  clock() {
    const at = new Date(this.time);
    return () => at;
  }
}

interface Dossier {
  id: string;
  stage: string;
}

/**
 * One followed company's lead and/or opportunity, told through the real
 * use cases at moments that fit the company's own timeline: a lead before
 * the first outreach (often "from this vacancy", a job the collector had
 * found), its e-mail, contacts and first meeting, qualified and converted,
 * or an opportunity opened after the first meeting; the opportunity
 * through its open stages to the company's outcome.
 */
export async function writeDossierStory(world: DossierWorld, company: CompanyMoments, plan: DossierPlan): Promise<void> {
  if (plan.kind === 'lead') return writeLead(world, company, plan.fate);
  const { random, now } = world;
  const end = plan.outcome === 'won' ? company.won : plan.outcome === 'lost' ? company.lost?.at : now - 10 * MINUTE;
  if (end === undefined || company.outreach === undefined || company.talks === undefined) throw new Error(`demo: ${company.name} has no history for an opportunity that ends ${plan.outcome}`);
  const t = new StoryTime(company.tracked, plan.outcome === 'open' ? end : end - 30 * MINUTE, random);
  let actor = company.owner;
  let opportunity: Dossier;
  if (plan.fromLead) {
    actor = leadOwner(world, company);
    t.reach(Math.max(company.tracked + 30 * MINUTE, company.outreach - random.int(2, 36) * HOUR));
    const lead = await openLead(world, company, actor, t);
    await workLead(world, company, actor, lead, t);
    await meet(world, company, actor, lead, t);
    t.after(60, DAY);
    await move(world, actor, world.leads.pipeline, lead, world.leads.won, t, {}, random.pick(QUALIFIED));
    t.after(5, 40);
    const converted = await convertLead(world.db, actor, { leadId: lead.id }, t.clock());
    opportunity = { id: converted.opportunity.id, stage: converted.opportunity.stage };
  } else {
    t.reach(company.talks).after(30, 180);
    const contacts = await contactsBefore(world, actor, company, t.time);
    const created = await createDossier(
      world.db,
      actor,
      {
        kind: 'opportunity',
        title: `${random.pick(DOSSIER_TITLES.opportunity)} – ${company.name}`,
        companyId: company.companyId,
        ...details(world, t.time, true),
        contacts: contacts.map((contactId, index) => ({ contactId, roleId: roleFor(world, index) })),
      },
      t.clock(),
    );
    opportunity = { id: created.id, stage: created.stage };
    const job = random.chance(0.6) ? await jobAt(world, actor, company, t.time) : undefined;
    if (job) await createVacancy(world.db, actor, { title: job.title.slice(0, 200), companyId: company.companyId, jobId: job.id, opportunityId: opportunity.id }, t.after(2, 15).clock());
  }
  await workOpportunity(world, actor, opportunity, t, plan.outcome === 'won' ? world.opportunities.steps.length : random.int(0, world.opportunities.steps.length));

  const { opportunities } = world;
  if (plan.outcome === 'open') {
    if (opportunities.onHold && random.chance(0.15)) {
      await move(world, actor, opportunities.pipeline, opportunity, opportunities.onHold, t.after(DAY, 5 * DAY));
    } else if (random.chance(0.4)) {
      t.after(5, 60);
      const due = new Date(t.time + random.int(2, 7) * DAY_MS).toISOString();
      await logDossierActivity(world.db, actor, { dossierId: opportunity.id, type: 'task', body: random.pick(OPPORTUNITY_STEPS.followUp), at: due }, t.clock());
    }
    return;
  }
  // The outcome lands just before the company's own move to Won or Lost.
  t.ceiling = end - MINUTE;
  t.reach(end - random.int(5, 25) * MINUTE);
  if (plan.outcome === 'won') await move(world, actor, opportunities.pipeline, opportunity, opportunities.won, t, {}, random.pick(OPPORTUNITY_STEPS.won));
  else await move(world, actor, opportunities.pipeline, opportunity, opportunities.lost, t, { lossReason: company.lost?.reason });
}

/** A lead that stays a lead: new at a prospect, worked since the outreach, or disqualified when the company never answered. */
async function writeLead(world: DossierWorld, company: CompanyMoments, fate: 'new' | 'worked' | 'no_response'): Promise<void> {
  const { random, now, leads } = world;
  const actor = leadOwner(world, company);
  if (fate === 'new') {
    const t = new StoryTime(company.since, now - 10 * MINUTE, random).after(DAY, 14 * DAY);
    const lead = await openLead(world, company, actor, t);
    if (random.chance(0.5)) await logDossierActivity(world.db, actor, { dossierId: lead.id, type: 'note', body: random.pick(LEAD_NOTES) }, t.after(10, 120).clock());
    return;
  }
  if (company.outreach === undefined || (fate === 'no_response' && company.lost === undefined)) throw new Error(`demo: ${company.name} has no outreach for a worked lead`);
  const t = new StoryTime(company.tracked, fate === 'no_response' ? company.lost!.at - MINUTE : now - 10 * MINUTE, random);
  t.reach(Math.max(company.tracked + 30 * MINUTE, company.outreach - random.int(2, 36) * HOUR));
  const lead = await openLead(world, company, actor, t);
  await workLead(world, company, actor, lead, t);
  if (fate === 'no_response') {
    t.reach(company.lost!.at - random.int(5, 60) * MINUTE);
    await move(world, actor, leads.pipeline, lead, leads.lost, t, { lossReason: company.lost!.reason ?? 'no_response' });
    return;
  }
  const roll = random.next();
  if (roll < 0.25) {
    await move(world, actor, leads.pipeline, lead, leads.lost, t.after(10 * DAY, 40 * DAY), { lossReason: 'no_response' });
  } else if (roll < 0.4) {
    // A meeting planned, then qualified, and left for the user to convert.
    t.after(DAY, 6 * DAY);
    const meetingAt = t.time + random.int(2, 8) * DAY_MS;
    await logDossierActivity(world.db, actor, { dossierId: lead.id, type: 'appointment', body: random.pick(MEETINGS), at: new Date(meetingAt).toISOString() }, t.clock());
    t.reach(meetingAt + random.int(2, 30) * HOUR);
    await move(world, actor, leads.pipeline, lead, leads.won, t, {}, random.pick(QUALIFIED));
  } else if (random.chance(0.5)) {
    await logDossierActivity(world.db, actor, { dossierId: lead.id, type: 'note', body: random.pick(LEAD_NOTES) }, t.after(DAY, 6 * DAY).clock());
  }
}

/** A new lead for the company: "lead from this vacancy" on a job the collector had found (then its details filled in), or a lead of its own. */
async function openLead(world: DossierWorld, company: CompanyMoments, actor: Actor, t: StoryTime): Promise<Dossier> {
  const { db, random } = world;
  const job = random.chance(0.75) ? await jobAt(world, actor, company, t.time) : undefined;
  if (job) {
    const { lead } = await createLeadFromJob(db, actor, { companyId: company.companyId, jobId: job.id }, t.clock());
    await updateDossier(db, actor, { dossierId: lead.id, ...details(world, t.time, false) }, t.after(3, 25).clock());
    return { id: lead.id, stage: lead.stage };
  }
  const title = `${random.pick(DOSSIER_TITLES.lead)} – ${company.name}`;
  const lead = await createDossier(db, actor, { kind: 'lead', title, companyId: company.companyId, ...details(world, t.time, false) }, t.clock());
  return { id: lead.id, stage: lead.stage };
}

/** The company's first outreach, told on the lead: the e-mail, the contacts it went to, and the lead being worked. */
async function workLead(world: DossierWorld, company: CompanyMoments, actor: Actor, lead: Dossier, t: StoryTime): Promise<void> {
  const { db, random, leads } = world;
  const mail = random.pick(INTRO_MAILS);
  t.reach(company.outreach! + random.int(1, 5) * MINUTE);
  await logDossierActivity(db, actor, { dossierId: lead.id, type: 'email', subject: mail.subject, body: mail.body }, t.clock());
  const contacts = await contactsBefore(world, actor, company, t.time);
  for (const [index, contactId] of contacts.entries()) {
    await linkDossierContact(db, actor, { dossierId: lead.id, contactId, roleId: roleFor(world, index) }, t.after(2, 10).clock());
  }
  await move(world, actor, leads.pipeline, lead, leads.working, t.after(5, 30));
}

/** The first meeting the company's timeline records, as an appointment on the lead. */
async function meet(world: DossierWorld, company: CompanyMoments, actor: Actor, lead: Dossier, t: StoryTime): Promise<void> {
  const { random } = world;
  t.reach(company.talks! + random.int(10, 40) * MINUTE);
  const at = company.meetingAt ?? t.time + random.int(2, 10) * DAY_MS;
  await logDossierActivity(world.db, actor, { dossierId: lead.id, type: 'appointment', body: random.pick(MEETINGS), at: new Date(at).toISOString() }, t.clock());
  // The lead qualifies once the meeting has taken place (or, while it is still ahead, on the call that planned it).
  t.reach(at + random.int(2, 30) * HOUR);
}

/** The opportunity through its first `steps` open stages after the entry stage, with what each step leaves on the timeline. */
async function workOpportunity(world: DossierWorld, actor: Actor, opportunity: Dossier, t: StoryTime, steps: number): Promise<void> {
  const { db, random, opportunities } = world;
  for (const [index, stage] of opportunities.steps.slice(0, steps).entries()) {
    t.after(2 * DAY, 9 * DAY);
    if (index === 0) {
      const mail = random.pick(OPPORTUNITY_STEPS.proposal);
      await logDossierActivity(db, actor, { dossierId: opportunity.id, type: 'email', subject: mail.subject, body: mail.body }, t.clock());
      // The proposal puts a figure on it.
      await updateDossier(db, actor, { dossierId: opportunity.id, value: dealValue(random), expectedCloseDate: isoDate(t.time + random.int(20, 60) * DAY_MS) }, t.after(1, 10).clock());
    } else {
      await logDossierActivity(db, actor, { dossierId: opportunity.id, type: 'note', body: random.pick(OPPORTUNITY_STEPS.negotiation) }, t.clock());
    }
    await move(world, actor, opportunities.pipeline, opportunity, stage, t.after(5, 60));
  }
}

/** A stage change through changeDossierStage, carrying what the target's gates ask. */
async function move(world: DossierWorld, actor: Actor, pipeline: LeadStages['pipeline'], dossier: Dossier, to: string, t: StoryTime, told: ToldGates = {}, description?: string): Promise<void> {
  const gates = gatesFor(pipeline, dossier.stage, to, told, world.random, t.time);
  await changeDossierStage(world.db, actor, { dossierId: dossier.id, stage: to, ...(description ? { description } : {}), ...gates }, t.clock());
  dossier.stage = to;
}

/** Mostly the colleague who follows the company; now and then another member of the team takes the lead. */
function leadOwner(world: DossierWorld, company: CompanyMoments): Actor {
  return world.random.chance(0.75) ? company.owner : world.random.pick(world.team);
}

/** The company's contacts found before `time`, in the order they were found (at most two). */
async function contactsBefore(world: DossierWorld, actor: Actor, company: CompanyMoments, time: number): Promise<string[]> {
  const { items } = await listContacts(world.db, actor, { companyId: company.companyId, limit: 50 });
  return items
    .filter((contact) => contact.createdAt.getTime() < time)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name))
    .slice(0, 2)
    .map((contact) => contact.id);
}

/** The first contact is the main contact (the first role); another gets one of the other roles. */
function roleFor(world: DossierWorld, index: number): string {
  return index === 0 || world.roles.length === 1 ? world.roles[0]! : world.random.pick(world.roles.slice(1));
}

/** The company's newest vacancy open at `time` that the collector had found by then (a week after posting) and that does not turn agencies away. */
async function jobAt(world: DossierWorld, actor: Actor, company: CompanyMoments, time: number) {
  // Open at `time` includes what was posted after it: a page of 200 reaches back far enough.
  const { items } = await listJobs(world.db, actor, { globalCompanyId: company.globalCompanyId, status: 'open', limit: 200 }, () => new Date(time));
  return items.find((job) => job.postedAt !== null && job.postedAt.getTime() <= time - 7 * DAY_MS && !job.noAgencies);
}

/** Source, priority, category, value and expected close date from the agency's lists; a lead often starts with only some of them known. */
function details(world: DossierWorld, time: number, complete: boolean) {
  const { random, lists } = world;
  const known = (share: number) => complete || random.chance(share);
  // Existing clients are not where a demo company's first dossier comes from.
  const sources = lists.source.filter((key) => key !== 'existing_client');
  return {
    source: sources.length > 0 ? random.pick(sources) : null,
    priority: known(0.85) && lists.priority.length > 0 ? random.pick(lists.priority) : null,
    category: known(0.7) && lists.category.length > 0 ? random.pick(lists.category) : null,
    value: known(0.6) ? dealValue(random) : null,
    expectedCloseDate: known(0.6) ? isoDate(time + random.int(30, 120) * DAY_MS) : null,
  };
}

/** What a recruitment deal is worth in fees: a few thousand euros to well over a hundred thousand, in steps of 500. */
const dealValue = (random: Random) => Math.max(500, Math.round(logUniform(random, 4_000, 150_000) / 500) * 500);
