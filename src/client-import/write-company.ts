import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/database.js';
import { appendActivity, enterPipeline } from '../pipeline/index.js';
import type { ResolvedCompany } from './resolve-companies.js';

export interface WriteContext {
  agencyId: string;
  userId: string;
  batchId: string;
  /** The source's name on the timeline (`Pipedrive`). */
  sourceName: string;
  pipelineId: string;
  now: Date;
}

/** What writing one company did. */
export interface Written {
  companyId: string | null;
  outcome: 'created' | 'linked' | 'existing' | 'skipped';
  contacts: number;
  notes: number;
}

/** How many deals the imported entry lists (a record with more keeps the first ones). */
const MAX_DEALS = 20;

/**
 * Writes one planned company in the import's transaction: a new shared
 * company when none matched; the agency's record placed in its stage
 * through the one stage writer (enterPipeline with the `imported`
 * placement: a new record, or the soft-deleted one restored); its deal
 * value and close date; its new contacts and notes; and the source key of
 * each, with the batch, for re-runs and undo. A record the agency follows
 * already keeps its stage and owner.
 */
export async function writeCompany(trx: Transaction<Database>, ctx: WriteContext, resolved: ResolvedCompany): Promise<Written> {
  const { planned } = resolved;
  let outcome: Written['outcome'] = resolved.action === 'skip' ? 'skipped' : 'existing';
  let companyId = resolved.record?.id ?? null;
  let live = resolved.record !== undefined && resolved.record.deleted_at === null;
  if (resolved.action === 'create' || resolved.action === 'link') {
    const global = resolved.globalCompanyId
      ? await trx.selectFrom('global_companies').select(['id', 'name']).where('id', '=', resolved.globalCompanyId).executeTakeFirstOrThrow()
      : await createShared(trx, resolved);
    // Locked, as following does: another company of this file (or a colleague) may have just followed it.
    const existing = await trx
      .selectFrom('companies')
      .selectAll()
      .where('agency_id', '=', ctx.agencyId)
      .where('global_company_id', '=', global.id)
      .orderBy('deleted_at', (ob) => ob.desc().nullsFirst())
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    if (existing && existing.deleted_at === null) {
      companyId = existing.id;
      live = true;
    } else {
      const entered = await enterPipeline(trx, {
        agencyId: ctx.agencyId,
        globalCompany: global,
        previous: existing,
        pipelineId: ctx.pipelineId,
        ownerId: planned.ownerId,
        userId: ctx.userId,
        now: ctx.now,
        imported: {
          source: ctx.sourceName,
          stage: planned.stage,
          sourceStage: planned.sourceStage,
          lossReason: planned.lossReason,
          extraData: {
            batchId: ctx.batchId,
            lines: planned.lines.slice(0, MAX_DEALS),
            ...(planned.deals.length > 0 ? { deals: planned.deals.slice(0, MAX_DEALS) } : {}),
            ...(planned.value !== null ? { expectedValue: planned.value } : {}),
            ...(planned.closeDate !== null ? { expectedCloseDate: planned.closeDate } : {}),
          },
        },
      });
      if (planned.value !== null || planned.closeDate !== null) {
        await trx
          .updateTable('companies')
          .set({ expected_value: planned.value, expected_close_date: planned.closeDate })
          .where('agency_id', '=', ctx.agencyId)
          .where('id', '=', entered.company.id)
          .execute();
      }
      companyId = entered.company.id;
      live = true;
      outcome = resolved.action === 'create' ? 'created' : 'linked';
    }
    await trx
      .insertInto('client_import_keys')
      .values({ agency_id: ctx.agencyId, key: resolved.key, batch_id: ctx.batchId, kind: 'company', company_id: companyId!, created_record: outcome === 'created' || outcome === 'linked' })
      .execute();
  } else if (resolved.action === 'existing' && companyId) {
    await trx.insertInto('client_import_keys').values({ agency_id: ctx.agencyId, key: resolved.key, batch_id: ctx.batchId, kind: 'company', company_id: companyId }).execute();
  }
  if (!companyId || !live) return { companyId, outcome, contacts: 0, notes: 0 };

  for (const contact of resolved.contacts) {
    const row = await trx
      .insertInto('contacts')
      .values({ agency_id: ctx.agencyId, company_id: companyId, name: contact.name, email: contact.email, phone: contact.phone, created_by: ctx.userId, created_at: ctx.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendActivity(trx, {
      agencyId: ctx.agencyId,
      companyId: companyId,
      type: 'contact_detail_added',
      userId: ctx.userId,
      createdAt: ctx.now,
      description: contact.name,
      extraData: { contactId: row.id, details: contact.email ? ['email'] : [], batchId: ctx.batchId, source: ctx.sourceName },
    });
    await trx.insertInto('client_import_keys').values({ agency_id: ctx.agencyId, key: contact.sourceKey, batch_id: ctx.batchId, kind: 'contact', company_id: companyId, contact_id: row.id }).execute();
  }
  for (const note of resolved.notes) {
    const activity = await appendActivity(trx, {
      agencyId: ctx.agencyId,
      companyId: companyId,
      type: 'note',
      userId: ctx.userId,
      createdAt: ctx.now,
      description: note.body,
      extraData: { batchId: ctx.batchId, source: ctx.sourceName },
    });
    await trx.insertInto('client_import_keys').values({ agency_id: ctx.agencyId, key: note.sourceKey, batch_id: ctx.batchId, kind: 'note', company_id: companyId, activity_id: activity.id }).execute();
  }
  return { companyId: companyId, outcome, contacts: resolved.contacts.length, notes: resolved.notes.length };
}

/** A new shared company of the file's name, website, LinkedIn page and place; one that took its website or page meanwhile is used instead. */
async function createShared(trx: Transaction<Database>, resolved: ResolvedCompany): Promise<{ id: string; name: string }> {
  const { planned } = resolved;
  const inserted = await trx
    .insertInto('global_companies')
    .values({ name: planned.name, website_domain: planned.website, linkedin_url: planned.linkedin, location: planned.city, enrichment_source: 'client_import' })
    .onConflict((oc) => oc.doNothing())
    .returning(['id', 'name'])
    .executeTakeFirst();
  if (inserted) return inserted;
  return trx
    .selectFrom('global_companies')
    .select(['id', 'name'])
    .where((eb) => eb.or([...(planned.website ? [eb('website_domain', '=', planned.website)] : []), ...(planned.linkedin ? [eb('linkedin_url', '=', planned.linkedin)] : [])]))
    .executeTakeFirstOrThrow();
}
