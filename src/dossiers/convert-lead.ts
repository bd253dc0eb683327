import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { isUniqueViolation } from '../platform/db/unique-violation.js';
import { conflict } from '../platform/errors.js';
import { id, parseInput } from '../platform/input/input.js';
import { appendDossierActivity, loadPipeline, lockLiveDossier } from '../pipeline/index.js';
import { assertConvertible } from './domain/index.js';
import { dossierTitle } from './dossier-input.js';
import { insertDossier } from './create-dossier.js';
import { convertedToOf } from './read-dossier.js';
import { findDossierRow, toDossierView, type DossierView } from './dossier-views.js';
import { publishDossierChange } from './dossier-events.js';

export const convertLeadInput = z
  .object({
    leadId: id,
    /** The opportunity's title; the lead's by default. */
    title: dossierTitle.optional(),
    /** An opportunities pipeline; the agency's default one when left out. */
    pipelineId: id.optional(),
  })
  .strict();

/**
 * Converts a lead in its end stage into an opportunity (SPEC R4.3): the
 * opportunity names the lead it came from and carries its client, owner,
 * branch, source, priority, category, value, close date, contacts with
 * their roles and vacancies; both timelines record `converted`. A lead
 * converts once: the unique converted-from key refuses a second
 * conversion even when two race.
 */
export async function convertLead(db: Db, actor: Actor, input: z.input<typeof convertLeadInput>, clock: Clock = systemClock): Promise<{ lead: DossierView; opportunity: DossierView }> {
  authorize(actor, 'leads:edit');
  authorize(actor, 'opportunities:create');
  const request = parseInput(convertLeadInput, input);
  try {
    const converted = await db.transaction().execute(async (trx) => {
      const lead = await lockLiveDossier(trx, actor.agencyId, request.leadId, 'lead');
      const pipeline = await loadPipeline(trx, actor.agencyId, lead.pipeline_id);
      assertConvertible(pipeline, { stage: lead.stage, convertedTo: await convertedToOf(trx, actor.agencyId, lead.id) });
      const now = clock();
      const vacancies = await trx.selectFrom('vacancy_dossiers').select('vacancy_id').where('agency_id', '=', actor.agencyId).where('dossier_id', '=', lead.id).execute();
      const opportunityId = await insertDossier(
        trx,
        actor,
        {
          kind: 'opportunity',
          title: request.title ?? lead.title,
          pipelineId: request.pipelineId,
          ownerId: lead.owner_id,
          copyFromId: lead.id,
          contacts: [],
          vacancyIds: vacancies.map((row) => row.vacancy_id),
          source: undefined,
          priority: undefined,
          category: undefined,
          convertedFromId: lead.id,
        },
        now,
        { convertedFromLeadId: lead.id },
      );
      const entry = { agencyId: actor.agencyId, userId: actor.userId, createdAt: now, type: 'converted' };
      await appendDossierActivity(trx, { ...entry, dossierId: lead.id, description: request.title ?? lead.title, extraData: { opportunityId } });
      await appendDossierActivity(trx, { ...entry, dossierId: opportunityId, description: lead.title, extraData: { leadId: lead.id } });
      return {
        lead: toDossierView((await findDossierRow(trx, actor.agencyId, lead.id))!),
        opportunity: toDossierView((await findDossierRow(trx, actor.agencyId, opportunityId))!),
      };
    });
    for (const dossier of [converted.lead, converted.opportunity]) publishDossierChange({ agencyId: actor.agencyId, dossierId: dossier.id, kind: dossier.kind });
    return converted;
  } catch (error) {
    if (isUniqueViolation(error, 'dossiers_converted_from_key')) throw conflict('This lead has already been converted into an opportunity.');
    throw error;
  }
}
