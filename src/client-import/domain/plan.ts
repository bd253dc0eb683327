import { findStage, type LossReason, type PipelineDefinition, type StandardLossReason } from '../../pipeline/domain/index.js';
import { normalizeLinkedinUrl, normalizeWebsiteDomain } from '../../discovery/domain/index.js';
import type { ColumnMapping, ImportField, ImportSource, ImportTable } from './fields.js';
import { NO_REASON_GIVEN, type Reject, type Warning } from './rejections.js';
import { outcomeStage, suggestLossReason, suggestOwner, suggestStage, type AgencyUser } from './suggestions.js';
import { fold, isEmail, parseDay, parseMoney } from './values.js';

/*
 * From rows to what the import will do (pure): rows of one organisation
 * become one company (its several deals and persons: one record, several
 * contacts), each with the stage, owner, value, contacts and notes the
 * mappings give it, and every line the import refuses or warns about.
 * The I/O around it (plan-import.ts) then finds which companies are new,
 * shared already, followed already, or imported before.
 */

export interface ImportOptions {
  source: ImportSource;
  columns: ColumnMapping;
  /** Source stage name → our stage key; a name left out takes its suggestion. */
  stages?: Readonly<Record<string, string>> | undefined;
  /** Source lost reason → a standard reason key or `other` (kept as text); left out: suggested. */
  lossReasons?: Readonly<Record<string, StandardLossReason | 'other'>> | undefined;
  /** Source owner → a user id, or null for no owner; left out: suggested by e-mail or name. */
  owners?: Readonly<Record<string, string | null>> | undefined;
}

export interface PlanContext {
  pipeline: PipelineDefinition;
  users: readonly AgencyUser[];
}

export interface PlannedDeal {
  line: number;
  title: string | null;
  sourceStage: string | null;
  status: 'open' | 'won' | 'lost';
  value: number | null;
  recordId: string | null;
}

export interface PlannedCompany {
  /** The company's source key (folded name): rows with the same one are one company. */
  key: string;
  lines: number[];
  name: string;
  website: string | null;
  linkedin: string | null;
  city: string | null;
  stage: string;
  sourceStage: string | null;
  lossReason: LossReason | undefined;
  ownerId: string | null;
  value: number | null;
  closeDate: string | null;
  deals: PlannedDeal[];
  contacts: { key: string; line: number; name: string; email: string | null; phone: string | null }[];
  notes: { key: string; line: number; body: string }[];
}

/** What one line does, for the preview. */
export interface PlannedRow {
  line: number;
  companyKey: string;
  /** The line that opens its company (the others add deals, contacts or notes to it). */
  firstLine: number;
  contact: string | null;
  note: boolean;
}

/** A name the source uses (a stage, a lost reason, an owner), how many lines use it, and what it maps to. */
export interface SourceName<T> {
  name: string;
  lines: number;
  mapped: T;
  suggested: T;
}

export interface ImportPlan {
  companies: PlannedCompany[];
  rows: PlannedRow[];
  rejects: Reject[];
  warnings: Warning[];
  stages: SourceName<string>[];
  lossReasons: SourceName<StandardLossReason | 'other'>[];
  owners: SourceName<string | null>[];
}

const STATUS: Readonly<Record<string, PlannedDeal['status']>> = {
  open: 'open', won: 'won', lost: 'lost', gewonnen: 'won', verloren: 'lost', deleted: 'lost', closedwon: 'won', closedlost: 'lost',
};
/** Which deal leads its company: open ones before won ones before lost ones (then the furthest stage). */
const LEAD_RANK: Readonly<Record<PlannedDeal['status'], number>> = { open: 2_000, won: 1_000, lost: 0 };
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff]/;
const MAX_NAME = 300;

/** The plan of the whole table under these options. */
export function planImport(table: ImportTable, options: ImportOptions, context: PlanContext): ImportPlan {
  const { pipeline, users } = context;
  const field = fieldReader(options.columns);
  const rejects: Reject[] = (table.unreadable ?? []).map(({ line, reason }) => ({ line, code: 'malformed_line', value: reason }));
  const warnings: Warning[] = [];
  const companies = new Map<string, PlannedCompany & { leading: { rank: number; line: number } }>();
  const rows: PlannedRow[] = [];
  const stageNames = new Tally<string>();
  const reasonNames = new Tally<StandardLossReason | 'other'>();
  const ownerNames = new Tally<string | null>();
  const rank = (stage: string) => pipeline.stages.findIndex((s) => s.key === stage);

  for (const { line, cells } of table.rows) {
    const get = (name: ImportField) => field(cells, name);
    const name = get('companyName');
    if (Object.values(cells).some((value) => CONTROL.test(value))) { rejects.push({ line, code: 'invalid_characters' }); continue; }
    if (!name) { rejects.push({ line, code: 'missing_name' }); continue; }
    if (name.length > MAX_NAME) { rejects.push({ line, code: 'name_too_long' }); continue; }
    const warn = (code: Warning['code'], value?: string) => warnings.push({ line, code, ...(value !== undefined ? { value } : {}) });

    const rawStatus = get('status');
    let status: PlannedDeal['status'] = 'open';
    if (rawStatus) {
      const known = STATUS[fold(rawStatus).replace(/ /g, '')];
      if (known) status = known;
      else warn('status_unknown', rawStatus);
    }
    const sourceStage = get('stage');
    let stage = pipeline.entryStage;
    if (sourceStage) {
      const suggested = suggestStage(pipeline, sourceStage);
      const chosen = options.stages?.[sourceStage];
      stage = chosen !== undefined && findStage(pipeline, chosen)?.active ? chosen : suggested;
      stageNames.add(sourceStage, stage, suggested);
    }
    // A won or lost deal is in that outcome, whatever stage it was closed from.
    if (status !== 'open') stage = outcomeStage(pipeline, status) ?? stage;
    const outcome = findStage(pipeline, stage)?.outcome;
    let lossReason: LossReason | undefined;
    if (outcome === 'lost') {
      const text = get('lostReason');
      if (text) {
        const suggested = suggestLossReason(text);
        const key = options.lossReasons?.[text] ?? suggested;
        reasonNames.add(text, key, suggested);
        lossReason = key === 'other' ? { lossReason: 'other', lossReasonText: text } : { lossReason: key, lossReasonText: text };
      } else {
        warn('lost_without_reason');
        lossReason = { lossReason: 'other', lossReasonText: NO_REASON_GIVEN };
      }
    }
    const ownerText = get('owner');
    let ownerId: string | null = null;
    if (ownerText) {
      const suggested = suggestOwner(users, ownerText) ?? null;
      const chosen = options.owners?.[ownerText];
      ownerId = chosen !== undefined && (chosen === null || users.some((u) => u.id === chosen)) ? chosen : suggested;
      ownerNames.add(ownerText, ownerId, suggested);
      if (ownerId === null) warn('owner_unknown', ownerText);
    }
    const valueText = get('value');
    const value = valueText ? parseMoney(valueText) ?? null : null;
    if (valueText && value === null) warn('value_unreadable', valueText);
    const dateText = get('closeDate');
    const closeDate = dateText ? parseDay(dateText) ?? null : null;
    if (dateText && closeDate === null) warn('date_unreadable', dateText);
    const websiteText = get('website');
    const website = websiteText ? normalizeWebsiteDomain(websiteText) ?? null : null;
    if (websiteText && website === null) warn('website_unreadable', websiteText);
    const linkedinText = get('linkedin');
    const linkedin = linkedinText ? normalizeLinkedinUrl(linkedinText) ?? null : null;
    if (linkedinText && (linkedin === null || !linkedin.includes('/company/'))) warn('linkedin_unreadable', linkedinText);

    const key = fold(name) || name.toLowerCase();
    const company = companies.get(key) ?? {
      key, lines: [], name, website: null, linkedin: null, city: null, stage, sourceStage: sourceStage ?? null, lossReason, ownerId, value, closeDate,
      deals: [], contacts: [], notes: [], leading: { rank: -Infinity, line },
    };
    companies.set(key, company);
    company.lines.push(line);
    company.website ??= website;
    company.linkedin ??= linkedin && linkedin.includes('/company/') ? linkedin : null;
    company.city ??= get('city') ?? cityOf(get('address'));
    // The record takes the stage of its leading deal: an open one furthest along, else a won one, else the last lost one.
    const leadRank = LEAD_RANK[status] + rank(stage);
    if (leadRank >= company.leading.rank) {
      Object.assign(company, { stage, sourceStage: sourceStage ?? null, lossReason, value, closeDate, leading: { rank: leadRank, line } });
      if (ownerId !== null || company.ownerId === null) company.ownerId = ownerId;
    }
    const title = get('dealTitle');
    const recordId = get('recordId');
    if (title || sourceStage || rawStatus || value !== null || recordId) {
      company.deals.push({ line, title: title ?? null, sourceStage: sourceStage ?? null, status, value, recordId: recordId ?? null });
    }
    let contact: string | null = null;
    const personName = get('personName');
    const emailText = get('personEmail');
    const email = emailText && isEmail(emailText) ? emailText.toLowerCase() : null;
    if (emailText && email === null) warn('email_unreadable', emailText);
    if (personName || email) {
      const contactKey = `${key}:${email ?? fold(personName!)}`;
      contact = personName ?? email!;
      if (!company.contacts.some((c) => c.key === contactKey)) {
        company.contacts.push({ key: contactKey, line, name: contact.slice(0, 200), email, phone: get('personPhone')?.slice(0, 50) ?? null });
      }
    }
    const body = get('notes');
    if (body) {
      const noteKey = `${key}:${hash(body)}`;
      if (!company.notes.some((n) => n.key === noteKey)) company.notes.push({ key: noteKey, line, body: body.slice(0, 20_000) });
    }
    rows.push({ line, companyKey: key, firstLine: company.lines[0]!, contact, note: Boolean(body) });
  }
  return {
    companies: [...companies.values()].map(({ leading: _leading, ...company }) => company),
    rows,
    rejects,
    warnings,
    stages: stageNames.list(),
    lossReasons: reasonNames.list(),
    owners: ownerNames.list(),
  };
}

/** Reads a field's cell of a row: the first column mapped to it, trimmed; undefined when blank. */
function fieldReader(columns: ColumnMapping) {
  const columnOf = new Map<ImportField, string>();
  for (const [header, field] of Object.entries(columns)) if (field && !columnOf.has(field)) columnOf.set(field, header);
  return (cells: Record<string, string>, field: ImportField): string | undefined => {
    const header = columnOf.get(field);
    const value = header === undefined ? undefined : cells[header]?.trim();
    return value ? value : undefined;
  };
}

/** The place in a Dutch address (`Stationsplein 1, 3511 ED Utrecht`), or its last part. */
export function cityOf(address: string | undefined): string | null {
  if (!address) return null;
  const postcode = /\b\d{4}\s?[A-Za-z]{2}\s+([^,\d]+)/.exec(address);
  if (postcode) return postcode[1]!.trim();
  const parts = address.split(',').map((part) => part.trim()).filter((part) => part && !/^(nederland|netherlands|the netherlands|nl)$/i.test(part));
  return parts.length > 1 ? parts.at(-1)!.replace(/^\d{4}\s?[A-Za-z]{2}\s*/, '') || null : null;
}

/** A short stable fingerprint of a text (FNV-1a, 2 × 32 bits), for note keys. */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

class Tally<T> {
  readonly #names = new Map<string, SourceName<T>>();
  add(name: string, mapped: T, suggested: T) {
    const entry = this.#names.get(name);
    if (entry) entry.lines++;
    else this.#names.set(name, { name, lines: 1, mapped, suggested });
  }
  list(): SourceName<T>[] {
    return [...this.#names.values()];
  }
}
