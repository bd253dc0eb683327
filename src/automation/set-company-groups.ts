import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { publishCompanyChange } from '../platform/events/company-changes.js';
import { id, parseInput } from '../platform/input/input.js';
import { findLiveCompany, lockLiveCompany } from '../pipeline/index.js';
import { companyAdapter } from './company-adapter.js';
import { groupsOf, setGroupsByHand } from './group-membership.js';

export const setCompanyGroupsInput = z
  .object({
    companyId: id,
    /** Every group the company should be in: it is added to the others and taken out of those not listed. */
    groupIds: z.array(id).max(100, { error: 'must be at most 100' }),
  })
  .strict();

export const companyGroupsInput = z.object({ companyId: id }).strict();

/**
 * Puts a company in exactly these groups by hand (SPEC R4.6). Each change
 * is a timeline entry by the user; an addition is the "added to group"
 * event, so the rules it matches run in this transaction.
 */
export async function setCompanyGroups(db: Db, actor: Actor, input: z.input<typeof setCompanyGroupsInput>, clock: Clock = systemClock): Promise<{ id: string; name: string }[]> {
  authorize(actor, 'companies:edit');
  const request = parseInput(setCompanyGroupsInput, input);
  const groups = await db.transaction().execute(async (trx) => {
    const company = await lockLiveCompany(trx, actor.agencyId, request.companyId);
    return setGroupsByHand(trx, companyAdapter, actor.agencyId, { kind: 'company', id: company.id }, request.groupIds, actor.userId, clock());
  });
  publishCompanyChange({ agencyId: actor.agencyId, companyId: request.companyId, kind: 'updated' });
  return groups;
}

/** The groups a company is in. */
export async function listCompanyGroups(db: Db, actor: Actor, input: z.input<typeof companyGroupsInput>): Promise<{ id: string; name: string }[]> {
  authorize(actor, 'companies:view');
  const request = parseInput(companyGroupsInput, input);
  const company = await findLiveCompany(db, actor.agencyId, request.companyId);
  return groupsOf(db, actor.agencyId, { kind: 'company', id: company.id });
}
