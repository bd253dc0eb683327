import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AUTOMATIC_OUTREACH_DESCRIPTION, CALL_OUTCOMES, OUTREACH_CHANNELS, type ActivityType } from '../../src/pipeline/domain/activities.js';
import { suggestReminders } from '../../src/tasks/domain/reminders.js';
import { findStage, recruitmentBd } from '../../src/pipeline/domain/index.js';
import { random } from './market-rows.js';
import { DAY_MS } from '../../src/platform/time/days.js';

/*
 * One agency's pipeline history for bench/analytics, generated as table rows
 * for COPY: companies (one per shared company), their activity logs,
 * contacts and reminders. Every log obeys the Recruitment BD rules
 * (src/domain/pipeline/recruitment-bd.ts) exactly as the services would
 * write it: company_tracked first; status changes only along the allowed
 * transitions, Lost with a loss reason; the first outreach to a Prospect
 * followed at the same millisecond by the automatic move to Contacted (no
 * user); soft deletes and restores (company_tracked with restored: true);
 * meetings with extra_data.at; calls, notes, contact details, owner
 * changes. companies.client_status and client_status_changed_at are the
 * end state of each log. Activities are written in time order, companies
 * interleaved, as a live system appends them (so seq and the heap follow
 * created_at, not the company). The same options give the same rows.
 */

const HISTORY_DAYS = 730;

export interface HistoryUser {
  id: string;
  name: string;
}

export interface HistoryOptions {
  agencyId: string;
  /** The agency's Recruitment BD pipeline (its default, at version 1): every company is in it, and every stage activity names it. */
  pipelineId: string;
  /** The agency's users; owners are drawn with OWNER_WEIGHTS by position (admin, manager, recruiters …). */
  users: readonly HistoryUser[];
  /** The shared companies to follow, one company each: id and name. */
  globals: readonly { id: string; name: string }[];
  /** Activities in all (exactly). At least one per company. */
  activities: number;
  /** Reminders in all (open and done, manual and suggested), about. */
  reminders: number;
  /** The moment the data describes: everything happens in the 24 months before it. */
  now: Date;
  seed?: number;
}

export interface HistoryFiles {
  companies: string;
  activities: string;
  contacts: string;
  reminders: string;
}

export interface HistorySummary {
  companies: number;
  deleted: number;
  activities: number;
  contacts: number;
  reminders: number;
  /** Live companies per stage, as the board shows them. */
  stages: Record<string, number>;
  byType: Record<string, number>;
}

/** Table columns of the COPY files, in file order. */
export const HISTORY_COLUMNS = {
  companies: ['agency_id', 'id', 'global_company_id', 'pipeline_id', 'client_status', 'client_status_changed_at', 'expected_value', 'expected_close_date', 'owner_id', 'deleted_at', 'deleted_by', 'created_by', 'created_at'],
  client_company_activities: ['agency_id', 'company_id', 'activity_type', 'description', 'old_status', 'new_status', 'extra_data', 'user_id', 'pipeline_id', 'pipeline_version', 'created_at'],
  contacts: ['agency_id', 'id', 'company_id', 'name', 'title', 'email', 'phone', 'linkedin_url', 'created_by', 'created_at'],
  reminders: ['agency_id', 'id', 'company_id', 'user_id', 'due_at', 'note', 'kind', 'reason_key', 'dedupe_key', 'created_by', 'created_at', 'done_at', 'done_by'],
} as const;

/** Admin, manager and the recruiters: most companies belong to the recruiters. */
const OWNER_WEIGHTS = [0.05, 0.1, 0.3, 0.3, 0.25];

type Status = 'prospect' | 'contacted' | 'meeting' | 'won' | 'lost';
type Move = `to_${Status}`;
type Event = Exclude<ActivityType, 'status_change' | 'company_tracked' | 'email'> | Move;

/** What happens next, by current stage, with relative weights. Moves are the allowed transitions only. */
const NEXT: Record<Status, [Event, number][]> = {
  prospect: [['outreach_sent', 30], ['note', 12], ['contact_detail_added', 10], ['call', 4], ['to_contacted', 6], ['to_meeting', 2], ['to_won', 0.5], ['to_lost', 5], ['owner_changed', 2], ['company_deleted', 1]],
  contacted: [['outreach_sent', 25], ['call', 18], ['note', 10], ['contact_detail_added', 5], ['meeting_scheduled', 14], ['to_meeting', 8], ['to_lost', 14], ['to_prospect', 2], ['to_won', 1.5], ['owner_changed', 1], ['company_deleted', 1]],
  meeting: [['meeting_scheduled', 12], ['note', 18], ['call', 12], ['outreach_sent', 5], ['to_won', 9], ['to_lost', 18], ['to_contacted', 8], ['owner_changed', 1], ['company_deleted', 1]],
  won: [['note', 35], ['call', 25], ['meeting_scheduled', 15], ['outreach_sent', 5], ['to_lost', 5], ['owner_changed', 2]],
  lost: [['to_prospect', 25], ['note', 25], ['call', 5], ['contact_detail_added', 2], ['company_deleted', 3]],
};

/** Standard loss reasons by the stage the company is lost from; 'other' means free text. */
const LOSS_REASONS: Record<Status, [string, number][]> = {
  prospect: [['no_external_recruitment', 3], ['in_house_team', 3], ['existing_partner', 2], ['budget_or_hiring_freeze', 2], ['other', 1]],
  contacted: [['no_response', 6], ['existing_partner', 2], ['budget_or_hiring_freeze', 2], ['in_house_team', 1], ['other', 1]],
  meeting: [['terms_not_acceptable', 4], ['existing_partner', 3], ['in_house_team', 2], ['budget_or_hiring_freeze', 2], ['no_external_recruitment', 1], ['other', 1]],
  won: [['terms_not_acceptable', 3], ['budget_or_hiring_freeze', 3], ['other', 1]],
  lost: [],
};
const FREE_REASONS = ['Fusie met concurrent', 'Nieuwe HR-directeur werkt met vaste partij', 'Vestiging gesloten', 'Te klein voor ons tarief', 'Kiest voor detachering'];
const NOTES = [
  'Bellen na de zomer.', 'Interesse in een vaste werving voor ontwikkelaars.', 'HR-manager is nieuw, opnieuw kennismaken.',
  'Vacatures lopen via hun eigen site; eerst LinkedIn proberen.', 'Stuurde onze voorwaarden door naar de directie.',
  'Tevreden over de laatste kandidaat.', 'Budget voor Q1 is rond.', 'Geen reactie op de laatste mail.', 'Let op: werkt ook met een ander bureau.',
];
const FIRST_NAMES = ['Sanne', 'Pieter', 'Eva', 'Kees', 'Lotte', 'Daan', 'Femke', 'Bram', 'Anouk', 'Joost', 'Noor', 'Ruben'];
const LAST_NAMES = ['Jansen', 'de Boer', 'Smit', 'Visser', 'de Vries', 'Bakker', 'Mulder', 'Meijer', 'van Dijk', 'Bos'];
const TITLES = ['HR-manager', 'Talent acquisition lead', 'Directeur', 'Recruiter', 'Operationeel manager', null];
const REMINDER_NOTES = ['Offerte nabellen', 'Terugbellen over de vacature', 'Kandidaat voorstellen', 'Evaluatie plannen'];

function chooser<T>(table: readonly (readonly [T, number])[]): (rng: () => number) => T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  return (rng) => {
    let target = rng() * total;
    for (const [value, weight] of table) {
      target -= weight;
      if (target < 0) return value;
    }
    return table[table.length - 1]![0];
  };
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const gaussian = (rng: () => number) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
const iso = (ms: number) => new Date(ms).toISOString();

function uuid(rng: () => number): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(rng() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rng() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A CSV cell: empty for absent (COPY reads that as NULL), quoted when it must be. */
function cell(value: string | number | null | undefined): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\n\r]|^\s|\s$/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}
const csvLine = (values: readonly (string | number | null | undefined)[]) => `${values.map(cell).join(',')}\n`;

/** Appends to a file through a buffer: one write per megabyte. */
class Writer {
  private readonly fd: number;
  private buffer = '';
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(text: string) {
    this.buffer += text;
    if (this.buffer.length > 1 << 20) this.flush();
  }
  flush() {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * How many activities each company gets: one (company_tracked) plus a
 * log-normal share of the rest, so most logs are short and a few run to a
 * few hundred; the total is exact.
 */
function activityCounts(rng: () => number, companies: number, activities: number): Int32Array {
  if (activities < companies) throw new Error(`need at least one activity per company (${activities} < ${companies})`);
  // Capped at three standard deviations: the busiest accounts get a few hundred entries, not thousands.
  const weights = Float64Array.from({ length: companies }, () => Math.exp(1.4 * Math.min(3, gaussian(rng))));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = new Int32Array(companies);
  let given = 0;
  for (let i = 0; i < companies; i++) given += counts[i] = 1 + Math.floor((weights[i]! / sum) * (activities - companies));
  for (let i = 0; given < activities; i = (i + 1) % companies) {
    counts[i]!++;
    given++;
  }
  return counts;
}

/** Writes the agency's history as COPY files into `dir` (CSV with a header), and says what is in them. */
export function writeHistoryFiles(options: HistoryOptions, dir: string): { files: HistoryFiles; summary: HistorySummary } {
  mkdirSync(dir, { recursive: true });
  const rng = random(options.seed ?? 20261124);
  // Values and close dates (the forecast's) from a stream of their own, so the logs stay what they were.
  const valueRng = random((options.seed ?? 20261124) + 1);
  const valueOf = () => {
    if (valueRng() < 0.4) return [null, null] as const;
    const value = Math.round(1_000 + valueRng() * 49_000) + (valueRng() < 0.3 ? 0.5 : 0);
    // Mostly the coming months, some late, some without a date.
    const close = valueRng() < 0.15 ? null : iso(options.now.getTime() + Math.round((valueRng() * 9 - 2) * 30) * DAY_MS).slice(0, 10);
    return [value, close] as const;
  };
  const now = options.now.getTime();
  const agency = options.agencyId;
  const pipelineId = options.pipelineId;
  const users = options.users;
  const pickOwner = chooser(users.map((user, i) => [i, OWNER_WEIGHTS[i] ?? 0.1] as const));
  const nextOf = Object.fromEntries(Object.entries(NEXT).map(([status, table]) => [status, chooser(table)])) as Record<Status, (rng: () => number) => Event>;
  const lossOf = Object.fromEntries(Object.entries(LOSS_REASONS).filter(([, t]) => t.length).map(([status, table]) => [status, chooser(table)])) as Record<Status, (rng: () => number) => string>;
  const counts = activityCounts(rng, options.globals.length, options.activities);

  const files: HistoryFiles = {
    companies: join(dir, 'companies.csv'),
    activities: join(dir, 'activities.csv'),
    contacts: join(dir, 'contacts.csv'),
    reminders: join(dir, 'reminders.csv'),
  };
  const summary: HistorySummary = { companies: options.globals.length, deleted: 0, activities: 0, contacts: 0, reminders: 0, stages: {}, byType: {} };

  /** Activity rows with their moment, sorted by it at the end; `order` keeps a company's same-millisecond rows in log order. */
  const activities: { at: number; order: number; line: string }[] = [];
  const companies: { at: number; line: string }[] = [];
  const contacts: { at: number; line: string }[] = [];
  /** Live companies at the end, for the reminders. */
  const live: { id: string; owner: number; status: Status; changedAt: number; trackedAt: number }[] = [];

  options.globals.forEach((global, index) => {
    const id = uuid(rng);
    const n = counts[index]!;
    // Younger companies are more common (the agency grew); some go quiet long before now.
    const trackedAt = Math.floor(now - Math.max(3_600_000, HISTORY_DAYS * DAY_MS * rng() ** 1.3));
    const quietFrom = trackedAt + (now - trackedAt) * (0.3 + 0.7 * Math.sqrt(rng()));
    // n − 1 moments in [trackedAt, quietFrom]: sorted uniform points from exponential gaps.
    const gaps = Array.from({ length: n }, () => -Math.log(1 - rng()));
    const span = gaps.reduce((a, b) => a + b, 0);
    let owner = pickOwner(rng);
    const createdBy = rng() < 0.85 ? owner : pickOwner(rng);
    let status = 'prospect' as Status;
    let changedAt = trackedAt;
    let deletedAt: number | null = null;
    let deletedBy: number | null = null;
    let lastEvent: Event | null = null;
    let emitted = 0;
    const emit = (at: number, type: ActivityType, user: number | null, fields: { description?: string | null; old?: string | null; new?: string | null; extra?: object }) => {
      activities.push({
        at,
        order: summary.activities++,
        // Stage activities (those with a new stage) name the pipeline version they were decided under, as the stage writer records them.
        line: csvLine([agency, id, type, fields.description, fields.old, fields.new, JSON.stringify(fields.extra ?? {}), user === null ? null : users[user]!.id, ...(fields.new ? [pipelineId, 1] : [null, null]), iso(at)]),
      });
      summary.byType[type] = (summary.byType[type] ?? 0) + 1;
      emitted++;
    };
    const actor = () => (rng() < 0.9 ? owner : pickOwner(rng));
    const move = (at: number, to: Status, user: number | null, extra: object = {}, description: string | null = null) => {
      emit(at, 'status_change', user, { description, old: status, new: to, extra });
      status = to;
      changedAt = at;
    };

    emit(trackedAt, 'company_tracked', createdBy, { description: `Started following ${global.name}`, new: 'prospect' });
    let cumulative = 0;
    for (let k = 0; emitted < n; k++) {
      cumulative += gaps[k] ?? 0;
      const at = Math.floor(trackedAt + ((quietFrom - trackedAt) * cumulative) / span);
      if (deletedAt !== null) {
        // Followed again: back in Prospect, with its history.
        const user = pickOwner(rng);
        emit(at, 'company_tracked', user, { description: `Followed again: ${global.name}`, old: status, new: 'prospect', extra: { restored: true } });
        status = 'prospect';
        changedAt = at;
        owner = user;
        deletedAt = deletedBy = null;
        lastEvent = null;
        continue;
      }
      let event = nextOf[status](rng);
      if (lastEvent === 'meeting_scheduled' && status === 'contacted' && rng() < 0.6) event = 'to_meeting';
      // The first outreach to a Prospect writes two rows; with one left, a note instead.
      if (event === 'outreach_sent' && status === 'prospect' && n - emitted < 2) event = 'note';
      lastEvent = event;
      const user = actor();
      switch (event) {
        case 'outreach_sent':
          emit(at, 'outreach_sent', user, { description: rng() < 0.3 ? 'Introductie en onze aanpak voor technische vacatures' : null, extra: { channel: pick(rng, OUTREACH_CHANNELS) } });
          if (status === 'prospect') move(at, 'contacted', null, { automatic: true }, AUTOMATIC_OUTREACH_DESCRIPTION);
          break;
        case 'note':
          emit(at, 'note', user, { description: pick(rng, NOTES) });
          break;
        case 'call':
          emit(at, 'call', user, { description: rng() < 0.4 ? pick(rng, NOTES) : null, extra: { contactName: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`, outcome: pick(rng, CALL_OUTCOMES) } });
          break;
        case 'meeting_scheduled': {
          const when = Math.floor((at + DAY_MS + 20 * DAY_MS * rng()) / 1_800_000) * 1_800_000;
          const attendees = Array.from({ length: 1 + Math.floor(rng() * 2) }, () => `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`);
          emit(at, 'meeting_scheduled', user, { description: rng() < 0.5 ? 'Kennismaking en lopende vacatures' : null, extra: { at: iso(when), attendees } });
          break;
        }
        case 'contact_detail_added': {
          const contactId = uuid(rng);
          const name = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
          const title = pick(rng, TITLES);
          const email = rng() < 0.7 ? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.test` : null;
          const phone = !email || rng() < 0.3 ? `+31 6 ${String(10_000_000 + Math.floor(rng() * 89_999_999))}` : null;
          const details = [...(email ? ['email'] : []), ...(phone ? ['phone'] : [])];
          contacts.push({ at, line: csvLine([agency, contactId, id, name, title, email, phone, null, users[user]!.id, iso(at)]) });
          summary.contacts++;
          emit(at, 'contact_detail_added', user, { description: title ? `${name} (${title})` : name, extra: { contactId, details } });
          break;
        }
        case 'owner_changed': {
          const to = pickOwner(rng);
          if (to === owner) {
            emit(at, 'note', user, { description: pick(rng, NOTES) });
            break;
          }
          emit(at, 'owner_changed', user, { extra: { from: users[owner]!.id, to: users[to]!.id } });
          owner = to;
          break;
        }
        case 'company_deleted':
          emit(at, 'company_deleted', user, { extra: { status } });
          deletedAt = at;
          deletedBy = user;
          break;
        default: {
          const to = event.slice(3) as Status;
          if (to === 'lost') {
            const reason = lossOf[status](rng);
            const extra = reason === 'other'
              ? { lossReason: 'other', lossReasonText: pick(rng, FREE_REASONS) }
              : rng() < 0.2 ? { lossReason: reason, lossReasonText: pick(rng, FREE_REASONS) } : { lossReason: reason };
            move(at, 'lost', user, extra);
          } else {
            move(at, to, user);
          }
        }
      }
    }
    companies.push({
      at: trackedAt,
      line: csvLine([agency, id, global.id, pipelineId, status, iso(changedAt), ...valueOf(), users[owner]!.id, deletedAt === null ? null : iso(deletedAt), deletedBy === null ? null : users[deletedBy]!.id, users[createdBy]!.id, iso(trackedAt)]),
    });
    if (deletedAt === null) {
      live.push({ id, owner, status, changedAt, trackedAt });
      summary.stages[status] = (summary.stages[status] ?? 0) + 1;
    } else {
      summary.deleted++;
    }
  });

  // Reminders: manual ones anywhere (open, due, done), suggested follow-ups and revisits as the periodic job leaves them.
  const reminders: { at: number; line: string }[] = [];
  const taken = new Set<number>();
  for (let tries = 0; reminders.length < options.reminders && tries < options.reminders * 20 && live.length > 0; tries++) {
    const which = Math.floor(rng() * live.length);
    if (taken.has(which)) continue;
    const company = live[which]!;
    const user = users[company.owner]!.id;
    const stage = findStage(recruitmentBd, company.status);
    if (stage?.followUp && rng() < 0.5) {
      // What the job would suggest for a company silent since it entered its stage.
      const facts = { companyId: company.id, stage, statusChangedAt: new Date(company.changedAt), resumeAt: null, lastFollowUp: null, ownerId: user, movedBy: null, nextMeetingAt: null, openReminders: [] };
      const [suggestion] = suggestReminders([facts], new Date(now)).create;
      if (!suggestion) continue;
      const due = suggestion.dueAt.getTime();
      const done = rng() < 0.3 ? Math.min(now, due + Math.floor(5 * DAY_MS * rng())) : null;
      reminders.push({ at: due, line: csvLine([agency, uuid(rng), company.id, user, iso(due), suggestion.note, 'suggested', suggestion.reasonKey, suggestion.dedupeKey, null, iso(due), done === null ? null : iso(done), done === null ? null : user]) });
    } else {
      const created = Math.floor(company.trackedAt + (now - company.trackedAt) * rng());
      const due = Math.floor(created + (1 + 30 * rng()) * DAY_MS);
      const done = due < now && rng() < 0.6 ? Math.min(now, due + Math.floor(3 * DAY_MS * rng())) : null;
      reminders.push({ at: created, line: csvLine([agency, uuid(rng), company.id, user, iso(due), pick(rng, REMINDER_NOTES), 'manual', null, null, user, iso(created), done === null ? null : iso(done), done === null ? null : user]) });
    }
    taken.add(which);
  }
  summary.reminders = reminders.length;

  const write = (path: string, columns: readonly string[], rows: { at: number; order?: number; line: string }[]) => {
    rows.sort((a, b) => a.at - b.at || (a.order ?? 0) - (b.order ?? 0));
    const out = new Writer(path);
    out.write(csvLine(columns));
    for (const row of rows) out.write(row.line);
    out.close();
  };
  write(files.companies, HISTORY_COLUMNS.companies, companies);
  write(files.activities, HISTORY_COLUMNS.client_company_activities, activities);
  write(files.contacts, HISTORY_COLUMNS.contacts, contacts);
  write(files.reminders, HISTORY_COLUMNS.reminders, reminders);
  return { files, summary };
}
