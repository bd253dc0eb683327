import { z } from 'zod';
import type { Db } from '../platform/db/database.js';
import { email, insertUser, password } from './create-user.js';
import { LIMITS, optionalText, parseInput, text } from '../platform/input/input.js';
import { hashPassword } from './passwords.js';

export const createAgencyInput = z
  .object({
    /** The agency's display name. */
    name: text(LIMITS.name),
    /** Login of the first admin; unique across all agencies. */
    adminEmail: email,
    adminPassword: password,
    adminName: optionalText(LIMITS.name),
  })
  .strict();

export interface CreatedAgency {
  agencyId: string;
  adminUserId: string;
}

/**
 * Creates an agency (tenant) with its first admin. An operator's action:
 * there is no actor yet, so the CLI calls it directly.
 */
export async function createAgency(db: Db, input: z.input<typeof createAgencyInput>): Promise<CreatedAgency> {
  const request = parseInput(createAgencyInput, input);
  const passwordHash = await hashPassword(request.adminPassword);
  return db.transaction().execute(async (trx) => {
    const agency = await trx.insertInto('agencies').values({ name: request.name }).returning('id').executeTakeFirstOrThrow();
    const admin = await insertUser(trx, agency.id, { email: request.adminEmail, name: request.adminName, role: 'admin', passwordHash });
    return { agencyId: agency.id, adminUserId: admin.id };
  });
}
