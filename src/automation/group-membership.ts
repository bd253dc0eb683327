import { sql, type RawBuilder } from 'kysely';
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

/** What a rule's membership statement found: the group (null when it is gone, or the statement's gate did not hold) and whether the row changed. */
export interface MembershipWrite {
  group_id: string | null;
  group_name: string | null;
  changed: boolean;
}

/**
 * The common table expressions of a rule's add or remove by group id: `g`,
 * the group (when it exists and `gate`, if given, holds), and `w`, the row
 * written; `membershipColumns` reads them. The engine runs them in its
 * firing's claim, gated on the claim (engine.ts); changeMembershipByRule
 * alone.
 */
export function membershipCtes(agencyId: string, record: RecordRef, groupId: string, change: 'add' | 'remove', now: Date, gate?: RawBuilder<unknown>): RawBuilder<unknown> {
  const write =
    change === 'add'
      ? sql`insert into automation_group_members (agency_id, group_id, record_kind, record_id, added_at)
          select ${agencyId}::uuid, g.id, ${record.kind}, ${record.id}::uuid, ${now}::timestamptz from g
          on conflict do nothing returning group_id`
      : sql`delete from automation_group_members m using g
          where m.agency_id = ${agencyId}::uuid and m.group_id = g.id and m.record_kind = ${record.kind} and m.record_id = ${record.id}::uuid
          returning m.group_id`;
  return sql`g as (select id, name from automation_groups where agency_id = ${agencyId}::uuid and id = ${groupId}::uuid${gate ? sql` and ${gate}` : sql``}),
    w as (${write})`;
}

export const membershipColumns = sql`(select id from g) as group_id, (select name from g) as group_name, exists (select 1 from w) as changed`;

/**
 * A rule's add or remove by group id, in one statement (it runs on the hot
 * path of every event a rule matches), or with what that statement found
 * when it already ran (`written`): 'missing' when the group is gone,
 * 'unchanged' when the record already was (or was not) in it. A change is
 * on the record's timeline like one by hand.
 */
export async function changeMembershipByRule(
  trx: Executor,
  adapter: RecordAdapter,
  agencyId: string,
  record: RecordRef,
  groupId: string,
  change: 'add' | 'remove',
  rule: RuleRef,
  now: Date,
  written?: MembershipWrite,
): Promise<{ outcome: 'changed' | 'unchanged' | 'missing'; group?: { id: string; name: string } }> {
  const row = written ?? (await sql<MembershipWrite>`with ${membershipCtes(agencyId, record, groupId, change, now)} select ${membershipColumns}`.execute(trx)).rows[0]!;
  if (row.group_id === null || row.group_name === null) return { outcome: 'missing' };
  const group = { id: row.group_id, name: row.group_name };
  if (!row.changed) return { outcome: 'unchanged', group };
  await adapter.appendEntry(trx, agencyId, record.id, entryFor(change === 'add' ? 'group_added' : 'group_removed', group, { rule }), now);
  return { outcome: 'changed', group };
}

/**
 * Puts a record in exactly these groups by hand, in `trx` (the record
 * locked by the caller): every group must be the agency's; it is taken out
 * of the others and added to the new ones, each change on its timeline by
 * the user (an addition fires the rules on "added to group").
 */
export async function setGroupsByHand(trx: Executor, adapter: RecordAdapter, agencyId: string, record: RecordRef, groupIds: readonly string[], userId: string, now: Date): Promise<{ id: string; name: string }[]> {
  const wanted = [];
  for (const groupId of new Set(groupIds)) wanted.push(await findGroup(trx, agencyId, groupId));
  for (const group of await groupsOf(trx, agencyId, record)) {
    if (!wanted.some((w) => w.id === group.id)) await removeFromGroup(trx, adapter, agencyId, record, group, { userId }, now);
  }
  for (const group of wanted) await addToGroup(trx, adapter, agencyId, record, group, { userId }, now);
  return groupsOf(trx, agencyId, record);
}
