import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { BUILT_IN_RULE_KEYS, findTemplate } from '../pipeline/domain/index.js';
import { listPipelines } from '../pipeline/index.js';
import type { BuiltInRuleView, RuleView } from './automation.schemas.js';
import { latestFirings, recentFirings, toRuleView } from './rule-view.js';

/** The agency's rules with their latest firings, and the built-in rules of its pipelines (admins). */
export async function listRules(db: Db, actor: Actor): Promise<{ items: RuleView[]; builtIn: BuiltInRuleView[] }> {
  authorize(actor, 'triggers:manage');
  const rows = await db.selectFrom('automation_rules').selectAll().where('agency_id', '=', actor.agencyId).orderBy('created_at').orderBy('id').execute();
  const firings = await latestFirings(db, actor.agencyId, rows.map((row) => row.id), 5);
  return { items: rows.map((row) => toRuleView(row, firings.get(row.id) ?? [])), builtIn: await listBuiltInRules(db, actor.agencyId) };
}

/**
 * The built-in rules (SPEC R4.6: today's automatic moves) of the agency's
 * live pipelines: each automation its template has or the pipeline has now,
 * on when the pipeline has it. Switching one off takes it out of the
 * pipeline's definition (switch-built-in-rule.ts); on puts the template's back.
 */
export async function listBuiltInRules(db: Db, agencyId: string): Promise<BuiltInRuleView[]> {
  const views: BuiltInRuleView[] = [];
  for (const pipeline of await listPipelines(db, agencyId)) {
    const template = pipeline.templateKey ? findTemplate(pipeline.templateKey) : undefined;
    for (const key of BUILT_IN_RULE_KEYS) {
      const rule = pipeline.automations[key] ?? template?.automations[key];
      if (!rule) continue;
      const lastFirings = await recentFirings(db, agencyId, { pipelineId: pipeline.id, key }, 5);
      views.push({ pipelineId: pipeline.id, pipelineName: pipeline.name, key, from: rule.from, to: rule.to, enabled: pipeline.automations[key] !== undefined, lastFirings });
    }
  }
  return views;
}
