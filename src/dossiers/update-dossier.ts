import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db, Executor } from '../platform/db/database.js';
import { id, parseInput, plainString } from '../platform/input/input.js';
import { fieldValueIssues, mergeFields } from '../pipeline/domain/index.js';
import { appendDossierActivity, assertAgencyUser, loadPipeline, lockLiveDossier } from '../pipeline/index.js';
import { validationError } from '../platform/errors.js';
import { changeOf, dossierPermission } from './domain/index.js';
import { dossierFields, fieldValue } from './dossier-input.js';
import { assertBranch, assertCompany, refNames } from './dossier-refs.js';
import { findDossierRow, toDossierView, type DossierView } from './dossier-views.js';
import { changeDossier } from './load-dossier.js';
import { assertListValues } from './dossier-lists.js';

export const updateDossierInput = z
  .object({
    dossierId: id,
    ...dossierFields,
    title: dossierFields.title.optional(),
    /** Values of the pipeline's own fields (null clears one). */
    fields: z.record(plainString().max(40), fieldValue.nullable()).optional(),
  })
  .strict();

/**
 * Edits a lead's or opportunity's fields (not its stage: that is the stage
 * writer's). Each change is recorded: `owner_changed` for the owner,
 * `deal_updated` with every other field's from and to.
 */
export async function updateDossier(db: Db, actor: Actor, input: z.input<typeof updateDossierInput>, clock: Clock = systemClock): Promise<DossierView> {
  const request = parseInput(updateDossierInput, input);
  return changeDossier(db, actor, request.dossierId, 'edit', async (trx, dossier) => {
    await applyUpdate(trx, actor, dossier, request, clock());
    return toDossierView((await findDossierRow(trx, actor.agencyId, dossier.id))!);
  });
}

type Dossier = Awaited<ReturnType<typeof lockLiveDossier>>;

/** The edit in the caller's transaction, on a locked dossier (bulk "set owner" runs it per target). */
export async function applyUpdate(trx: Executor, actor: Actor, dossier: Dossier, request: Omit<z.output<typeof updateDossierInput>, 'dossierId'>, now: Date): Promise<void> {
  authorize(actor, dossierPermission(dossier.kind, 'edit'));
  if (request.companyId) await assertCompany(trx, actor.agencyId, request.companyId);
  if (request.ownerId && request.ownerId !== dossier.owner_id) await assertAgencyUser(trx, actor.agencyId, request.ownerId, 'ownerId');
  if (request.branchId) await assertBranch(trx, actor.agencyId, request.branchId);
  await assertListValues(trx, actor.agencyId, request);
  let fields = dossier.field_values;
  if (request.fields) {
    const pipeline = await loadPipeline(trx, actor.agencyId, dossier.pipeline_id);
    const issues = fieldValueIssues(pipeline.fields, request.fields);
    if (issues.length > 0) throw validationError(issues.map((issue) => ({ ...issue, path: `fields.${issue.path.replace(/^fields\./, '')}` })));
    fields = mergeFields(dossier.field_values, request.fields);
  }
  const value = dossier.value === null ? null : Number(dossier.value);
  const changes: Record<string, object | undefined> = Object.fromEntries(
    Object.entries({
      title: changeOf(dossier.title, request.title),
      companyId: changeOf(dossier.company_id, request.companyId),
      branchId: changeOf(dossier.branch_id, request.branchId),
      source: changeOf(dossier.source, request.source),
      priority: changeOf(dossier.priority, request.priority),
      category: changeOf(dossier.category, request.category),
      value: changeOf(value, request.value),
      expectedCloseDate: changeOf(dossier.expected_close_date, request.expectedCloseDate),
      fields: JSON.stringify(fields) === JSON.stringify(mergeFields(dossier.field_values)) ? undefined : { from: dossier.field_values, to: fields },
    }).filter(([, change]) => change !== undefined),
  );
  // A client or branch change names both sides, so the timeline reads without looking them up.
  for (const [key, ref] of [['companyId', 'company'], ['branchId', 'branch']] as const) {
    const change = changes[key] as { from: string | null; to: string | null } | undefined;
    if (change) {
      const [from, to] = await refNames(trx, actor.agencyId, ref, [change.from, change.to]);
      changes[key] = { ...change, names: { from, to } };
    }
  }
  const owner = changeOf(dossier.owner_id, request.ownerId);
  if (Object.keys(changes).length === 0 && !owner) return;
  await trx
    .updateTable('dossiers')
    .set({
      ...(request.title !== undefined ? { title: request.title } : {}),
      ...(request.companyId !== undefined ? { company_id: request.companyId } : {}),
      ...(request.ownerId !== undefined ? { owner_id: request.ownerId } : {}),
      ...(request.branchId !== undefined ? { branch_id: request.branchId } : {}),
      ...(request.source !== undefined ? { source: request.source } : {}),
      ...(request.priority !== undefined ? { priority: request.priority } : {}),
      ...(request.category !== undefined ? { category: request.category } : {}),
      ...(request.value !== undefined ? { value: request.value } : {}),
      ...(request.expectedCloseDate !== undefined ? { expected_close_date: request.expectedCloseDate } : {}),
      ...(request.fields ? { field_values: JSON.stringify(fields) } : {}),
    })
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', dossier.id)
    .execute();
  const entry = { agencyId: actor.agencyId, dossierId: dossier.id, userId: actor.userId, createdAt: now };
  if (owner) await appendDossierActivity(trx, { ...entry, type: 'owner_changed', extraData: { from: owner.from, to: owner.to } });
  if (Object.keys(changes).length > 0) await appendDossierActivity(trx, { ...entry, type: 'deal_updated', extraData: { changes } });
}
