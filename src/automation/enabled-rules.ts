import { LRUCache } from 'lru-cache';
import type { Executor } from '../platform/db/database.js';
import type { AutomationRuleRow } from './automation.tables.js';

/*
 * An agency's enabled rules, kept in memory for a few seconds: every
 * timeline entry on every path asks for them, and reading them cost a
 * statement per stage move even for an agency without rules (in
 * bench/status-change, 15 % of the moves per second).
 *
 * A copy may be behind, and two checks keep that harmless:
 * - On this instance, saving a rule forgets the agency's copy (after its
 *   commit), and a read that began before a save is not kept.
 * - A firing's claim (engine.ts) re-reads that the rule is still enabled and
 *   unchanged, so a rule switched off or edited on another instance never
 *   acts on a stale copy; the engine then reads the rules afresh.
 * What another instance cannot see at once is a rule just created or switched
 * on there: it applies here within RULES_TTL_MS, as a revoked token does
 * (identity/auth-cache.ts).
 */

export const RULES_TTL_MS = 5_000;

const copies = new LRUCache<string, readonly AutomationRuleRow[]>({ max: 1_000, ttl: RULES_TTL_MS });
/** Bumped by every forget, so a read that overlapped a save does not keep what it read. */
const generations = new Map<string, number>();

/** The agency's enabled rules, oldest first; `fresh` reads past the copy (and keeps the new one). */
export async function enabledRules(db: Executor, agencyId: string, options: { fresh?: boolean } = {}): Promise<{ rules: readonly AutomationRuleRow[]; copied: boolean }> {
  const copy = options.fresh ? undefined : copies.get(agencyId);
  if (copy) return { rules: copy, copied: true };
  const generation = generations.get(agencyId) ?? 0;
  const rules = await db.selectFrom('automation_rules').selectAll().where('agency_id', '=', agencyId).where('enabled', '=', true).orderBy('created_at').orderBy('id').execute();
  if ((generations.get(agencyId) ?? 0) === generation) copies.set(agencyId, rules);
  return { rules, copied: false };
}

/** Drops the agency's copy: call it once a change to its rules has committed. */
export function forgetRules(agencyId: string): void {
  copies.delete(agencyId);
  generations.set(agencyId, (generations.get(agencyId) ?? 0) + 1);
}
