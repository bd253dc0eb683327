import type { Executor } from '../platform/db/database.js';
import { builtInMove, findStage, type BuiltInRuleKey, type Pipeline } from './domain/index.js';
import type { CompanyRow } from './pipeline.tables.js';
import { moveToStage, unlessRefused, type StatusChangeResult } from './stage-writer.js';

/*
 * The templates' built-in rules (SPEC R4.6, docs/automation.md "Built-in
 * rules"): first outreach → Contacted and Active → Dormant when all jobs
 * closed, part of the pipeline's definition (its `automations`), on by
 * default. Both moves go through here, so each is an automatic move
 * naming its rule, and each move or refusal reaches the firing log. The
 * log is the automation slice's, which imports this one, so it plugs in
 * through one hook the composition root installs (as setActivityHook).
 */

/** A built-in rule's move, made or refused, for the firing log. */
export interface BuiltInFiring {
  agencyId: string;
  pipelineId: string;
  key: BuiltInRuleKey;
  record: { kind: 'company'; id: string };
  /** What fired it; a rule is logged once per record and event key. */
  eventKey: string;
  to: string;
  /** Why a gate or the graph refused the move; null when it was made. */
  refusal: string | null;
  now: Date;
}

export type BuiltInFiringHook = (trx: Executor, firing: BuiltInFiring) => Promise<void>;

let firingHook: BuiltInFiringHook | null = null;

/** Installs (or, with null, removes) what logs built-in rules' firings. */
export function setBuiltInFiringHook(hook: BuiltInFiringHook | null): void {
  firingHook = hook;
}

/**
 * Moves the locked company as the pipeline's built-in rule says, when the
 * rule applies to its stage. A move the graph or a gate refuses is not
 * made (null; the caller goes on) but is logged as refused with why.
 */
export async function moveByBuiltInRule(
  trx: Executor,
  company: CompanyRow,
  pipeline: Pipeline,
  rule: { key: BuiltInRuleKey; eventKey: string; reason: (stageName: string) => string },
  now: Date,
): Promise<StatusChangeResult | null> {
  const to = builtInMove(pipeline, rule.key, company.client_status);
  if (!to) return null;
  const reason = rule.reason(findStage(pipeline, to)?.name.en ?? to);
  const { moved, refusal } = await unlessRefused(moveToStage(trx, company, null, { to, automatic: { reason, builtIn: rule.key } }, now));
  await firingHook?.(trx, { agencyId: company.agency_id, pipelineId: pipeline.id, key: rule.key, record: { kind: 'company', id: company.id }, eventKey: rule.eventKey, to, refusal: refusal ?? null, now });
  return moved;
}
