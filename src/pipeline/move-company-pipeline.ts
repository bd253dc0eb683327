import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { LIMITS, id, optionalText, parseInput, text } from '../platform/input/input.js';
import { lockLiveCompany } from './company-records.js';
import { moveToPipeline, type StageWrite } from './stage-writer.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { gateFields, toGateInput } from './gate-input.js';

export const moveCompanyPipelineInput = z
  .object({
    /** The agency's company to move. */
    companyId: id,
    /** Another live pipeline of the agency, of the same kind. */
    pipelineId: id,
    /** The stage of that pipeline the record enters (the stage mapping), e.g. `proposal_sent`. */
    stage: text(64),
    /** Why the record moves; shown on the timeline. */
    description: optionalText(LIMITS.description, { multiline: true }),
    ...gateFields,
  })
  .strict();

export type MoveCompanyPipelineInput = z.input<typeof moveCompanyPipelineInput>;

/**
 * Moves a company to a stage of another pipeline: locks the row, then the
 * stage writer checks the target pipeline (live, same kind, not the one it
 * is in), the stage (an active one) and that stage's gates, and writes the
 * record's new pipeline and stage with a `pipeline_changed` activity in one
 * transaction. The history recorded under the old pipeline stays.
 */
export async function moveCompanyPipeline(db: Db, actor: Actor, input: MoveCompanyPipelineInput, clock: Clock = systemClock): Promise<StageWrite> {
  authorize(actor, 'companies:edit');
  const request = parseInput(moveCompanyPipelineInput, input);
  const result = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, request.companyId);
    return moveToPipeline(
      trx,
      company,
      actor.userId,
      { pipelineId: request.pipelineId, stage: request.stage, description: request.description, gates: toGateInput(request) },
      clock(),
    );
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId: result.company.id, kind: 'status_changed' });
  return result;
}
