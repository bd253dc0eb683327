import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { parseInput, wholeNumber } from '../platform/input/input.js';
import { dossierPermission } from './domain/index.js';
import { dossierFilterFields, dossierFilterSql } from './dossier-filter.js';
import type { dossierReportSchema } from './dossiers.schemas.js';

export const readDossierReportInput = z
  .object({
    ...dossierFilterFields,
    /** Months of the conversion funnel, up to this one. */
    months: wholeNumber(1, 36).default(12),
  })
  .strict();

export type DossierReport = z.output<typeof dossierReportSchema>;

/**
 * The overview's reports (SPEC R4.5): count and value per stage and per
 * owner of the dossiers that match the filter, and the conversion funnel
 * per month of a lead's creation: leads created, of those converted into
 * an opportunity, and of those won.
 */
export async function readDossierReport(db: Db, actor: Actor, input: z.input<typeof readDossierReportInput>, clock: Clock = systemClock): Promise<DossierReport> {
  const { months, ...filter } = parseInput(readDossierReportInput, input);
  authorize(actor, dossierPermission(filter.kind, 'view'));
  const matching = db
    .selectFrom('dossiers as d')
    .leftJoin('companies as c', (join) => join.onRef('c.agency_id', '=', 'd.agency_id').onRef('c.id', '=', 'd.company_id'))
    .leftJoin('global_companies as g', 'g.id', 'c.global_company_id')
    .where('d.agency_id', '=', actor.agencyId)
    .where(dossierFilterSql(filter, actor));
  const count = sql<number>`count(*)::int`.as('count');
  const value = sql<string>`coalesce(sum(d.value), 0)`.as('value');
  const byStage = await matching
    .innerJoin('pipeline_stages as s', (join) => join.onRef('s.agency_id', '=', 'd.agency_id').onRef('s.pipeline_id', '=', 'd.pipeline_id').onRef('s.key', '=', 'd.stage'))
    .select(['d.stage', 's.name_nl', 's.name_en', count, value])
    .groupBy(['d.stage', 's.name_nl', 's.name_en'])
    .orderBy(sql`min(s.position)`)
    .orderBy('d.stage')
    .execute();
  const byOwner = await matching
    .leftJoin('users as u', (join) => join.onRef('u.agency_id', '=', 'd.agency_id').onRef('u.id', '=', 'd.owner_id'))
    .select(['d.owner_id', 'u.name', count, value])
    .groupBy(['d.owner_id', 'u.name'])
    .orderBy('count', 'desc')
    .orderBy('u.name')
    .execute();

  const now = clock();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const funnel = await sql<{ month: string; leads: number; converted: number; won: number }>`
    select to_char(date_trunc('month', l.created_at at time zone 'UTC'), 'YYYY-MM') as month,
      count(*)::int as leads,
      count(o.id)::int as converted,
      count(o.id) filter (where s.outcome = 'won')::int as won
    from dossiers l
    left join dossiers o on o.agency_id = l.agency_id and o.converted_from_id = l.id and o.deleted_at is null
    left join pipeline_stages s on s.agency_id = o.agency_id and s.pipeline_id = o.pipeline_id and s.key = o.stage
    where l.agency_id = ${actor.agencyId} and l.kind = 'lead' and l.deleted_at is null and l.created_at >= ${first}
    group by 1 order by 1`.execute(db);
  const byMonth = new Map(funnel.rows.map((row) => [row.month, row]));
  const conversion = Array.from({ length: months }, (_, index) => {
    const month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + index, 1)).toISOString().slice(0, 7);
    const row = byMonth.get(month);
    return { month, leads: row?.leads ?? 0, converted: row?.converted ?? 0, won: row?.won ?? 0 };
  });
  return {
    byStage: byStage.map((row) => ({ stage: row.stage, name: { nl: row.name_nl, en: row.name_en }, count: Number(row.count), value: Number(row.value) })),
    byOwner: byOwner.map((row) => ({ ownerId: row.owner_id, ownerName: row.name, count: Number(row.count), value: Number(row.value) })),
    conversion,
  };
}
