import { z } from 'zod';
import { notFound } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { toGlobalCompanyResult, withAgencyFacts, type GlobalCompanyResult } from './global-company-result.js';

export const readGlobalCompanyInput = z.object({ globalCompanyId: id }).strict();

/**
 * One shared company, with this user's last recorded view (SPEC R1.7). A
 * pure read: the page that opens it records the view with its own POST
 * (record-view.ts), after it has shown the one before.
 */
export async function readGlobalCompany(
  db: Db,
  actor: Actor,
  input: z.input<typeof readGlobalCompanyInput>,
): Promise<GlobalCompanyResult> {
  authorize(actor, 'companies:view');
  const request = parseInput(readGlobalCompanyInput, input);
  const row = await withAgencyFacts(db, actor).where('g.id', '=', request.globalCompanyId).executeTakeFirst();
  if (!row) throw notFound('GlobalCompany', request.globalCompanyId);
  return toGlobalCompanyResult(row);
}
