import { sql } from 'kysely';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';

/** The agency's groups by name, with how many records are in each (everyone who reads the pipeline). */
export async function listGroups(db: Db, actor: Actor): Promise<{ id: string; name: string; members: number }[]> {
  authorize(actor, 'companies:view');
  const rows = await db
    .selectFrom('automation_groups as g')
    .leftJoin('automation_group_members as m', (join) => join.onRef('m.agency_id', '=', 'g.agency_id').onRef('m.group_id', '=', 'g.id'))
    .select(['g.id', 'g.name', sql<string>`count(m.record_id)`.as('members')])
    .where('g.agency_id', '=', actor.agencyId)
    .groupBy(['g.id', 'g.name'])
    .orderBy('g.name')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, members: Number(row.members) }));
}
