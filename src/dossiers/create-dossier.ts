import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { notFound, validationError } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { assertAgencyUser, enterDossierPipeline } from '../pipeline/index.js';
import { dossierPermission } from './domain/index.js';
import { contactLink, dossierFields, dossierKind } from './dossier-input.js';
import { assertBranch, assertCompany, linkContact, linkVacancy } from './dossier-refs.js';
import { findDossierRow, toDossierView, type DossierView } from './dossier-views.js';
import { publishDossierChange } from './dossier-events.js';
import { assertListValues } from './dossier-lists.js';

export const createDossierInput = z
  .object({
    kind: dossierKind,
    ...dossierFields,
    /** Optional with copyFromId (the copy's title is taken). */
    title: dossierFields.title.optional(),
    /** A pipeline of the kind; the agency's default one when left out. */
    pipelineId: id.optional(),
    /** Contacts to link, each with a role (GET /api/dossier-contact-roles). */
    contacts: z.array(contactLink).max(50).default([]),
    /** Vacancies to link (one lead and one opportunity each). */
    vacancyIds: z.array(id).max(50).default([]),
    /**
     * The creation wizard's "copy of an existing dossier": what the request
     * leaves out (title, client, source, priority, category, value, close
     * date, contacts with their roles) is taken from that dossier.
     */
    copyFromId: id.optional(),
  })
  .strict();

/** Creates a lead or an opportunity at its pipeline's entry stage, with its contacts and vacancies (SPEC R4.1, R4.4). */
export async function createDossier(db: Db, actor: Actor, input: z.input<typeof createDossierInput>, clock: Clock = systemClock): Promise<DossierView> {
  const request = parseInput(createDossierInput, input);
  authorize(actor, dossierPermission(request.kind, 'create'));
  const dossier = await db.transaction().execute(async (trx) => {
    const created = await insertDossier(trx, actor, request, clock());
    return toDossierView((await findDossierRow(trx, actor.agencyId, created))!);
  });
  publishDossierChange({ agencyId: actor.agencyId, dossierId: dossier.id, kind: dossier.kind });
  return dossier;
}

/** The insert, its links and their timeline entries, in the caller's transaction; returns the new id. */
export async function insertDossier(
  trx: Executor,
  actor: Actor,
  request: z.output<typeof createDossierInput> & { convertedFromId?: string },
  now: Date,
  extraData?: Record<string, unknown>,
): Promise<string> {
  const copy = request.copyFromId ? await copySource(trx, actor, request.copyFromId) : undefined;
  const pick = <T>(own: T | undefined, copied: T | undefined | null): T | null => (own !== undefined ? own : (copied ?? null));
  const values = {
    title: request.title ?? copy?.row.title,
    company_id: pick(request.companyId, copy?.row.company_id),
    owner_id: request.ownerId === undefined ? actor.userId : request.ownerId,
    branch_id: pick(request.branchId, copy?.row.branch_id),
    source: pick(request.source, copy?.row.source),
    priority: pick(request.priority, copy?.row.priority),
    category: pick(request.category, copy?.row.category),
    value: pick(request.value, copy?.row.value === undefined || copy.row.value === null ? null : Number(copy.row.value)),
    expected_close_date: pick(request.expectedCloseDate, copy?.row.expected_close_date),
    converted_from_id: request.convertedFromId ?? null,
  };
  if (!values.title) throw validationError([{ path: 'title', message: 'must not be empty' }]);
  if (values.company_id) await assertCompany(trx, actor.agencyId, values.company_id);
  if (values.owner_id) await assertAgencyUser(trx, actor.agencyId, values.owner_id, 'ownerId');
  if (values.branch_id) await assertBranch(trx, actor.agencyId, values.branch_id);
  await assertListValues(trx, actor.agencyId, values);
  const { dossier } = await enterDossierPipeline(trx, {
    agencyId: actor.agencyId,
    kind: request.kind,
    pipelineId: request.pipelineId,
    values: { ...values, title: values.title },
    userId: actor.userId,
    now,
    extraData: { ...(copy ? { copiedFromId: copy.row.id } : {}), ...extraData },
  });
  const contacts = request.contacts.length > 0 || !copy ? request.contacts : copy.contacts;
  for (const link of contacts) await linkContact(trx, dossier, link, actor.userId, now);
  for (const vacancyId of new Set(request.vacancyIds)) await linkVacancy(trx, dossier, vacancyId, actor.userId, now);
  return dossier.id;
}

/** The dossier a copy starts from: the agency's live lead or opportunity the actor may view, with its contacts' roles. */
async function copySource(trx: Executor, actor: Actor, copyFromId: string) {
  const row = await trx.selectFrom('dossiers').selectAll().where('agency_id', '=', actor.agencyId).where('id', '=', copyFromId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound('Dossier', copyFromId);
  authorize(actor, dossierPermission(row.kind, 'view'));
  const contacts = await trx
    .selectFrom('dossier_contacts')
    .select(['contact_id as contactId', 'role_id as roleId'])
    .where('agency_id', '=', actor.agencyId)
    .where('dossier_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  return { row, contacts };
}
