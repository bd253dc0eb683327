import { LRUCache } from 'lru-cache';
import type { Executor } from '../platform/db/database.js';
import { channel } from '../platform/events/channel.js';
import type { AutomationRuleRow } from './automation.tables.js';

/*
 * An agency's enabled rules, kept in memory for a few seconds: every
 * timeline entry on every path asks for them, and reading them cost a
 * statement per stage move even for an agency without rules (in
 * bench/status-change, 15 % of the moves per second).
 *
 * A copy may be behind, and two checks keep that harmless:
 * - Saving a rule forgets the agency's copy once its commit is done, on
 *   this instance at once and on the others through the event relay
 *   (platform/events/channel.ts); a read that began before a save is not kept.
 * - A firing's claim (engine.ts) re-reads that the rule is still enabled and
 *   unchanged, so a rule switched off or edited elsewhere never acts on a
 *   stale copy, even with the relay down; the engine then reads the rules
 *   afresh.
 * Should the relay miss a save (its connection was down), a rule just
 * created or switched on elsewhere applies here within RULES_TTL_MS.
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

const saved = channel<{ agencyId: string }>('rules');
saved.on(({ agencyId }) => {
  copies.delete(agencyId);
  generations.set(agencyId, (generations.get(agencyId) ?? 0) + 1);
});

/** Drops the agency's copy on every instance: call it once a change to its rules has committed. */
export function forgetRules(agencyId: string): void {
  saved.publish({ agencyId });
}
