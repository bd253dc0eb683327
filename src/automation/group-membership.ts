import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import type { RecordRef } from './domain/index.js';
import type { RecordAdapter, RuleRef } from './records.js';

/*
 * Putting a record in a group and taking it out, by hand or by a rule. Each
 * change is on the record's timeline (group_added / group_removed), and
 * "added to group" is an event: the entry fires the rules it matches, in
 * the same transaction.
 */

export async function findGroup(db: Executor, agencyId: string, groupId: string): Promise<{ id: string; name: string }> {
  const group = await db.selectFrom('automation_groups').select(['id', 'name']).where('agency_id', '=', agencyId).where('id', '=', groupId).executeTakeFirst();
  if (!group) throw notFound('Group', groupId);
  return group;
}

/** Adds the record to the group; says whether it was not in it yet. */
export async function addToGroup(
  trx: Executor,
  adapter: RecordAdapter,
  agencyId: string,
  record: RecordRef,
  group: { id: string; name: string },
  by: { userId: string } | { rule: RuleRef },
  now: Date,
): Promise<boolean> {
  const added = await trx
    .insertInto('automation_group_members')
    .values({ agency_id: agencyId, group_id: group.id, record_kind: record.kind, record_id: record.id, added_at: now })
    .onConflict((oc) => oc.columns(['agency_id', 'group_id', 'record_kind', 'record_id']).doNothing())
    .returning('group_id')
    .executeTakeFirst();
  if (!added) return false;
  await adapter.appendEntry(trx, agencyId, record.id, entryFor('group_added', group, by), now);
  return true;
}

/** Takes the record out of the group; says whether it was in it. */
export async function removeFromGroup(
  trx: Executor,
  adapter: RecordAdapter,
  agencyId: string,
  record: RecordRef,
  group: { id: string; name: string },
  by: { userId: string } | { rule: RuleRef },
  now: Date,
): Promise<boolean> {
  const removed = await trx
    .deleteFrom('automation_group_members')
    .where('agency_id', '=', agencyId)
    .where('group_id', '=', group.id)
    .where('record_kind', '=', record.kind)
    .where('record_id', '=', record.id)
    .returning('group_id')
    .executeTakeFirst();
  if (!removed) return false;
  await adapter.appendEntry(trx, agencyId, record.id, entryFor('group_removed', group, by), now);
  return true;
}

function entryFor(type: 'group_added' | 'group_removed', group: { id: string; name: string }, by: { userId: string } | { rule: RuleRef }) {
  const rule = 'rule' in by ? by.rule : null;
  return {
    type,
    userId: rule ? null : (by as { userId: string }).userId,
    description: `${type === 'group_added' ? 'Added to' : 'Removed from'} group "${group.name}"${rule ? ` by the trigger rule "${rule.name}"` : ''}.`,
    extraData: { groupId: group.id, groupName: group.name, ...(rule ? { automatic: true, ruleId: rule.id, ruleName: rule.name } : {}) },
  };
}

/** The groups a record is in, by name. */
export async function groupsOf(db: Executor, agencyId: string, record: RecordRef): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('automation_group_members as m')
    .innerJoin('automation_groups as g', (join) => join.onRef('g.agency_id', '=', 'm.agency_id').onRef('g.id', '=', 'm.group_id'))
    .select(['g.id', 'g.name'])
    .where('m.agency_id', '=', agencyId)
    .where('m.record_kind', '=', record.kind)
    .where('m.record_id', '=', record.id)
    .orderBy('g.name')
    .execute();
}
