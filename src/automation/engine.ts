import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'kysely';
import type { Executor } from '../platform/db/database.js';
import type { AppendedEntry, TimelineRow } from '../pipeline/index.js';
import type { PipelineKind } from '../pipeline/domain/index.js';
import { conditionsHold, eventMatches, MAX_DEPTH, ruleEventTypesFor, eventTypeOfEntry, type OccurredEvent, type RecordFacts, type RecordRef } from './domain/index.js';
import type { AutomationRuleRow } from './automation.tables.js';
import { membershipColumns, membershipCtes, type MembershipWrite } from './group-membership.js';
import { performActions, type ActionOutcome } from './perform-actions.js';
import { recordAdapter, type RecordAdapter } from './records.js';
import { stageGroupOf } from './company-adapter.js';
import { enabledRules } from './enabled-rules.js';

/*
 * The rule engine (SPEC R4.6, docs/automation.md). Event-driven rules run
 * inside the transaction of their event — the appended activity — so the
 * change and its automatic consequences commit or fail together. A rule
 * fires at most once per record and event (automation_firings' unique key:
 * rule, record, event key), and automatic consequences chain at most
 * MAX_DEPTH deep: an action's own event fires rules one level deeper, and
 * at the limit a matching rule is recorded as refused instead of acting.
 */

/** How deep the actions being performed are (their events fire rules one level deeper). */
const depth = new AsyncLocalStorage<number>();

/**
 * The activity hook the composition root installs (pipeline's
 * setActivityHook): an entry appended to any record's timeline — a
 * company's or a lead's or opportunity's — fires the rules its event
 * matches, in the entry's transaction.
 */
export async function onActivity(trx: Executor, appended: AppendedEntry): Promise<void> {
  const { record, entry: activity } = appended;
  const type = eventTypeOfEntry(record.kind === 'company' ? 'company' : 'dossier', activity);
  if (!type) return;
  // A dossier's writer may not have said which kind it is: the rules of both dossier kinds are candidates until it is read.
  const adapters = (record.kind ? [record.kind] : DOSSIER_KINDS).flatMap((kind) => recordAdapter(kind) ?? []);
  if (adapters.length === 0) return;
  const types = ruleEventTypesFor(type);
  const candidates = (rules: readonly AutomationRuleRow[], kinds: readonly PipelineKind[]) => rules.filter((rule) => kinds.includes(rule.pipeline_kind) && types.includes(rule.event.type));
  const { rules: enabled, copied } = await enabledRules(trx, activity.agency_id);
  if (candidates(enabled, adapters.map((a) => a.pipelineKind)).length === 0) return;
  const kind = record.kind ?? (await dossierKindOf(trx, activity.agency_id, record.id));
  const adapter = kind ? recordAdapter(kind) : undefined;
  if (!adapter) return;
  // The activity was just written on the live record, in this transaction; its writer may have handed over the record as it left it.
  const facts = record.row ? (adapter.factsOf(record.row) ?? undefined) : undefined;
  const fire = async (rules: readonly AutomationRuleRow[]) => {
    const mine = candidates(rules, [adapter.pipelineKind]);
    if (mine.length === 0) return { fired: 0, stale: false };
    const event = await eventOfActivity(trx, type, activity, mine);
    if (!event) return { fired: 0, stale: false };
    return fireRules(trx, activity.agency_id, { kind: adapter.kind, id: record.id }, event, `activity:${activity.id}`, activity.created_at, { rules: mine, recordIsLive: true, facts });
  };
  // A rule edited or switched off on another instance since this copy was read did not act: the rules as they are now decide.
  if ((await fire(enabled)).stale && copied) await fire((await enabledRules(trx, activity.agency_id, { fresh: true })).rules);
}

const DOSSIER_KINDS = ['lead', 'opportunity'] as const;

async function dossierKindOf(trx: Executor, agencyId: string, dossierId: string): Promise<'lead' | 'opportunity' | null> {
  const row = await trx.selectFrom('dossiers').select('kind').where('agency_id', '=', agencyId).where('id', '=', dossierId).executeTakeFirst();
  return row?.kind ?? null;
}

async function eventOfActivity(trx: Executor, type: 'record_created' | 'added_to_group' | 'stage_changed', activity: TimelineRow, rules: readonly AutomationRuleRow[]): Promise<OccurredEvent | null> {
  if (type === 'record_created') return { type };
  if (type === 'added_to_group') return typeof activity.extra_data.groupId === 'string' ? { type, groupId: activity.extra_data.groupId } : null;
  if (type !== 'stage_changed') return null;
  const to = activity.new_status!;
  if (!rules.some((rule) => rule.event.type === 'stage_group_changed')) return { type, to, fromGroup: null, toGroup: null };
  const { pipeline_id: pipelineId, pipeline_version: version } = activity;
  if (pipelineId === null || version === null) return { type, to, fromGroup: null, toGroup: null };
  const toGroup = await stageGroupOf(trx, activity.agency_id, pipelineId, version, to);
  // A move to another pipeline names the version it left (pipeline_changed's fromPipelineId / fromPipelineVersion).
  const extra = activity.extra_data;
  const from =
    activity.activity_type === 'pipeline_changed'
      ? typeof extra.fromPipelineId === 'string' && typeof extra.fromPipelineVersion === 'number'
        ? { id: extra.fromPipelineId, version: extra.fromPipelineVersion }
        : null
      : { id: pipelineId, version };
  const fromGroup = from ? await stageGroupOf(trx, activity.agency_id, from.id, from.version, activity.old_status) : null;
  return { type, to, fromGroup, toGroup };
}

/** What firing an event's rules did: how many acted, and whether one was found changed since `rules` were read (it did not act). */
export interface Fired {
  fired: number;
  stale: boolean;
}

/**
 * Fires those of `rules` that match `event` on the record, each at most
 * once for `eventKey`, in `trx` (the rules an activity's event may match, or
 * the one the periodic job is scanning for).
 */
export async function fireRules(
  trx: Executor,
  agencyId: string,
  record: RecordRef,
  event: OccurredEvent,
  eventKey: string,
  now: Date,
  options: { rules: readonly AutomationRuleRow[]; recordIsLive?: boolean; facts?: RecordFacts | undefined },
): Promise<Fired> {
  const result = { fired: 0, stale: false };
  const adapter = recordAdapter(record.kind);
  if (!adapter) return result;
  const candidates = options.rules.filter((rule) => eventMatches(rule.event, event));
  // The record's facts are read once, and only for a rule that needs them (its conditions, its pipeline, an owner to give a task or tell, or to know the record still exists), unless its writer gave them.
  let facts: RecordFacts | null | undefined = options.facts;
  for (const rule of candidates) {
    const needsFacts = !options.recordIsLive || rule.conditions.length > 0 || rule.pipeline_id !== null || rule.actions.some((a) => a.type === 'create_task' || a.type === 'notify');
    if (needsFacts) {
      if (facts === undefined) facts = await adapter.facts(trx, agencyId, record.id);
      if (!facts) return result;
      if (!applies(rule, facts)) continue;
    }
    const outcome = await fireRule(trx, adapter, agencyId, record, rule, needsFacts ? facts! : null, eventKey, now);
    if (outcome === 'fired') result.fired++;
    if (outcome === 'stale') result.stale = true;
  }
  return result;
}

function applies(rule: AutomationRuleRow, facts: RecordFacts): boolean {
  if (rule.pipeline_id !== null && rule.pipeline_id !== facts.pipelineId) return false;
  return conditionsHold(rule.conditions, facts);
}

async function fireRule(
  trx: Executor,
  adapter: RecordAdapter,
  agencyId: string,
  record: RecordRef,
  rule: AutomationRuleRow,
  facts: RecordFacts | null,
  eventKey: string,
  now: Date,
): Promise<'fired' | 'skipped' | 'stale'> {
  const level = depth.getStore() ?? 0;
  const tooDeep = level >= MAX_DEPTH;
  const claimed = await claim(trx, agencyId, record, rule, eventKey, now, tooDeep);
  if (claimed === 'stale') return 'stale';
  if (!claimed.id || tooDeep) return 'skipped';
  const outcomes: ActionOutcome[] = await depth.run(level + 1, () => performActions(trx, adapter, agencyId, record, rule, facts, now, claimed.leading));
  // The claim already says done; the log is rewritten only when an action was refused (one statement less on the common path).
  if (!outcomes.some((o) => o.outcome === 'refused')) return 'fired';
  await trx
    .updateTable('automation_firings')
    .set({ outcome: 'refused', details: JSON.stringify({ actions: outcomes }) })
    .where('agency_id', '=', agencyId)
    .where('id', '=', claimed.id)
    .execute();
  return 'fired';
}

/**
 * The claim: a second firing for the same rule, record and event (another
 * path, instance or retry) inserts nothing and does nothing; nor does a rule
 * that is no longer enabled and as it was read ('stale': a copy from
 * enabled-rules.ts may be behind another instance). Rules are never
 * deleted, so no foreign key need lock the rule (2026-12-15T1200-firings-unlocked).
 * A leading group change, the most common action, rides in the same
 * statement, gated on the claim: one round trip less per firing.
 */
async function claim(trx: Executor, agencyId: string, record: RecordRef, rule: AutomationRuleRow, eventKey: string, now: Date, tooDeep: boolean): Promise<'stale' | { id: string | null; leading?: MembershipWrite }> {
  const details = {
    actions: tooDeep ? [{ type: 'depth_limit', outcome: 'refused', detail: `automatic consequences chain at most ${MAX_DEPTH} deep` }] : rule.actions.map((action) => ({ type: action.type, outcome: 'done' })),
  };
  const [lead] = rule.actions;
  const rides = !tooDeep && (lead?.type === 'add_to_group' || lead?.type === 'remove_from_group') ? lead : null;
  const { rows } = await sql<{ current: boolean; id: string | null } & Partial<MembershipWrite>>`
    with r as (select id from automation_rules where agency_id = ${agencyId}::uuid and id = ${rule.id}::uuid and enabled and date_trunc('milliseconds', updated_at) = ${rule.updated_at}::timestamptz),
    claim as (
      insert into automation_firings (agency_id, rule_id, record_kind, record_id, event_key, fired_at, outcome, details)
      select ${agencyId}::uuid, r.id, ${record.kind}, ${record.id}::uuid, ${eventKey}, ${now}::timestamptz, ${tooDeep ? 'refused' : 'done'}, ${JSON.stringify(details)}::jsonb from r
      on conflict (agency_id, rule_id, record_kind, record_id, event_key) do nothing
      returning id)
    ${rides ? sql`, ${membershipCtes(agencyId, record, rides.groupId, rides.type === 'add_to_group' ? 'add' : 'remove', now, sql`exists (select 1 from claim)`)}` : sql``}
    select exists (select 1 from r) as current, (select id from claim) as id ${rides ? sql`, ${membershipColumns}` : sql``}`.execute(trx);
  const row = rows[0]!;
  if (!row.current) return 'stale';
  return { id: row.id, ...(rides ? { leading: { group_id: row.group_id ?? null, group_name: row.group_name ?? null, changed: row.changed === true } } : {}) };
}
