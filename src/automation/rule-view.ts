import type { Executor } from '../platform/db/database.js';
import type { BuiltInRuleKey } from '../pipeline/domain/index.js';
import type { AutomationRuleRow } from './automation.tables.js';
import type { FiringView, RuleView } from './automation.schemas.js';

/** Whose firings: one of the agency's rules, or a pipeline's built-in rule. */
export type FiringsOf = { ruleId: string } | { pipelineId: string; key: BuiltInRuleKey };

/** The latest firings of the rules, newest first, at most `perRule` each, with the record's name. */
export async function latestFirings(db: Executor, agencyId: string, ruleIds: string[], perRule: number): Promise<Map<string, FiringView[]>> {
  const byRule = new Map<string, FiringView[]>();
  for (const ruleId of ruleIds) byRule.set(ruleId, await recentFirings(db, agencyId, { ruleId }, perRule));
  return byRule;
}

/** One rule's (or built-in rule's) latest firings, newest first, with the record's name (a company's, or a lead's or opportunity's title). */
export async function recentFirings(db: Executor, agencyId: string, of: FiringsOf, limit: number): Promise<FiringView[]> {
  const rows = await db
    .selectFrom('automation_firings as f')
    .leftJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'f.agency_id').onRef('c.id', '=', 'f.record_id').on('f.record_kind', '=', 'company'))
    .leftJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .leftJoin('dossiers as d', (join) => join.onRef('d.agency_id', '=', 'f.agency_id').onRef('d.id', '=', 'f.record_id').on('f.record_kind', 'in', ['lead', 'opportunity']))
    .select(['f.id', 'f.rule_id', 'f.record_kind', 'f.record_id', 'g.name', 'd.title', 'f.event_key', 'f.fired_at', 'f.outcome', 'f.details'])
    .where('f.agency_id', '=', agencyId)
    .where((eb) => ('ruleId' in of ? eb('f.rule_id', '=', of.ruleId) : eb.and([eb('f.rule_id', 'is', null), eb('f.pipeline_id', '=', of.pipelineId), eb('f.built_in_key', '=', of.key)])))
    .orderBy('f.fired_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    ruleId: row.rule_id,
    recordKind: row.record_kind,
    recordId: row.record_id,
    recordName: row.name ?? row.title ?? null,
    eventKey: row.event_key,
    firedAt: row.fired_at,
    outcome: row.outcome,
    actions: row.details.actions.map((a) => ({ type: a.type, outcome: a.outcome as 'done' | 'skipped' | 'refused', ...(a.detail !== undefined ? { detail: a.detail } : {}) })),
  }));
}

export function toRuleView(row: AutomationRuleRow, lastFirings: FiringView[]): RuleView {
  return {
    id: row.id,
    name: row.name,
    pipelineKind: row.pipeline_kind,
    pipelineId: row.pipeline_id,
    event: row.event,
    conditions: row.conditions,
    actions: row.actions,
    enabled: row.enabled,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastFirings,
  };
}

/** One rule of the agency as a view, or undefined. */
export async function findRule(db: Executor, agencyId: string, ruleId: string): Promise<RuleView | undefined> {
  const row = await db.selectFrom('automation_rules').selectAll().where('agency_id', '=', agencyId).where('id', '=', ruleId).executeTakeFirst();
  if (!row) return undefined;
  return toRuleView(row, (await latestFirings(db, agencyId, [row.id], 5)).get(row.id) ?? []);
}
