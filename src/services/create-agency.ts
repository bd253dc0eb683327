import { z } from 'zod';
import { conflict } from '../domain/errors.js';
import type { Db } from '../db/schema.js';
import { LIMITS, optionalText, parseInput, text } from './input.js';
import { hashPassword } from './passwords.js';

export const createAgencyInput = z
  .object({
    /** The agency's display name. */
    name: text(LIMITS.name),
    /** Login of the first admin; unique across all agencies. */
    adminEmail: z.email({ error: 'must be an e-mail address' }).max(LIMITS.email).transform((e) => e.toLowerCase()),
    adminPassword: z.string().min(4, { error: 'must be at least 4 characters' }).max(200),
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
    const taken = await trx.selectFrom('users').select('id').where('email', '=', request.adminEmail).executeTakeFirst();
    if (taken) throw conflict(`A user with e-mail ${request.adminEmail} already exists.`);
    const agency = await trx.insertInto('agencies').values({ name: request.name }).returning('id').executeTakeFirstOrThrow();
    const admin = await trx
      .insertInto('users')
      .values({
        agency_id: agency.id,
        email: request.adminEmail,
        name: request.adminName ?? request.adminEmail.split('@')[0]!,
        password_hash: passwordHash,
        role: 'admin',
        branch_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { agencyId: agency.id, adminUserId: admin.id };
  });
}
