import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
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

type KeyRow = Insertable<Database['client_import_keys']>;

/** What writing one company did, and the source keys to remember for it (the caller writes a chunk's keys at once). */
export interface Written {
  companyId: string | null;
  outcome: 'created' | 'linked' | 'existing' | 'skipped';
  contacts: number;
  notes: number;
  keys: KeyRow[];
}

/** How many deals the imported entry lists (a record with more keeps the first ones). */
const MAX_DEALS = 20;

/**
 * Writes one planned company in the import's transaction: a new shared
 * company when none matched; the agency's record placed in its stage
 * through the one stage writer (enterPipeline with the `imported`
 * placement: a new record, or the soft-deleted one restored); its deal
 * value and close date; its new contacts and notes; and it returns the
 * source key of each, with the batch, for re-runs and undo. A record the agency follows
 * already keeps its stage and owner.
 */
export async function writeCompany(trx: Transaction<Database>, ctx: WriteContext, resolved: ResolvedCompany): Promise<Written> {
  const { planned } = resolved;
  let outcome: Written['outcome'] = resolved.action === 'skip' ? 'skipped' : 'existing';
  const keys: KeyRow[] = [];
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
    keys.push({ agency_id: ctx.agencyId, key: resolved.key, batch_id: ctx.batchId, kind: 'company', company_id: companyId!, created_record: outcome === 'created' || outcome === 'linked' });
  } else if (resolved.action === 'existing' && companyId) {
    keys.push({ agency_id: ctx.agencyId, key: resolved.key, batch_id: ctx.batchId, kind: 'company', company_id: companyId });
  }
  if (!companyId || !live) return { companyId, outcome, contacts: 0, notes: 0, keys };

  // One statement for the company's new contacts and one for their timeline entries (append-only, like addContact's).
  if (resolved.contacts.length > 0) {
    // Ids made here, so each timeline entry and key names its own contact without relying on RETURNING's order.
    const rows = resolved.contacts.map(() => ({ id: randomUUID() }));
    await trx
      .insertInto('contacts')
      .values(resolved.contacts.map((c, i) => ({ id: rows[i]!.id, agency_id: ctx.agencyId, company_id: companyId!, name: c.name, email: c.email, phone: c.phone, created_by: ctx.userId, created_at: ctx.now })))
      .execute();
    await trx
      .insertInto('client_company_activities')
      .values(
        resolved.contacts.map((contact, i) => ({
          agency_id: ctx.agencyId,
          company_id: companyId!,
          activity_type: 'contact_detail_added',
          user_id: ctx.userId,
          created_at: ctx.now,
          description: contact.name,
          extra_data: JSON.stringify({ contactId: rows[i]!.id, details: contact.email ? ['email'] : [], batchId: ctx.batchId, source: ctx.sourceName }),
        })),
      )
      .execute();
    resolved.contacts.forEach((contact, i) => keys.push({ agency_id: ctx.agencyId, key: contact.sourceKey, batch_id: ctx.batchId, kind: 'contact', company_id: companyId!, contact_id: rows[i]!.id }));
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
    keys.push({ agency_id: ctx.agencyId, key: note.sourceKey, batch_id: ctx.batchId, kind: 'note', company_id: companyId, activity_id: activity.id });
  }
  return { companyId, outcome, contacts: resolved.contacts.length, notes: resolved.notes.length, keys };
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
