import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { findLiveCompany } from '../pipeline/index.js';
import { writeCompanyView, type RecordedView } from '../discovery/index.js';

export const recordCompanyViewInput = z.object({ companyId: id }).strict();

/**
 * The company page records that the user opened it: a view of its shared
 * company, the same "last viewed" discovery shows (SPEC R1.7).
 */
export async function recordCompanyView(db: Db, actor: Actor, input: z.input<typeof recordCompanyViewInput>, clock: Clock = systemClock): Promise<RecordedView> {
  authorize(actor, 'companies:view');
  const request = parseInput(recordCompanyViewInput, input);
  const company = await findLiveCompany(db, actor.agencyId, request.companyId);
  return writeCompanyView(db, actor, company.global_company_id, clock());
}
