import { z } from 'zod';
import type { Db } from '../platform/db/database.js';
import { email, insertUser } from './create-user.js';
import { LIMITS, optionalText, parseInput, text } from '../platform/input/input.js';
import { hashPassword } from './passwords.js';
import { givenPassword, newPassword } from './password-input.js';

export const createAgencyInput = z
  .object({
    /** The agency's display name. */
    name: text(LIMITS.name),
    /** Login of the first admin; unique across all agencies. */
    adminEmail: email,
    /** At least 12 characters and not a common password (docs/api.md, Passwords). */
    adminPassword: newPassword,
    adminName: optionalText(LIMITS.name),
  })
  .strict();

// The demo agency's documented login (demo / demo) is exempt from the password rules, and nothing else is.
const demoAgencyInput = createAgencyInput.extend({ adminPassword: givenPassword });

export interface CreatedAgency {
  agencyId: string;
  adminUserId: string;
}

/**
 * Creates an agency (tenant) with its first admin. The database gives it
 * its default pipeline and the four built-in roles as it is inserted
 * (triggers of migrations 2026-12-11T0900 and 2026-12-14T0900). An operator's action:
 * there is no actor yet, so the CLI calls it directly. `{ demo: true }` is
 * for the demo seed alone (src/demo): it lets the admin keep the demo's
 * documented password; neither the API nor the CLI's `agency create` passes it.
 */
export async function createAgency(db: Db, input: z.input<typeof createAgencyInput>, options: { demo?: true } = {}): Promise<CreatedAgency> {
  const request = parseInput(options.demo ? demoAgencyInput : createAgencyInput, input);
  const passwordHash = await hashPassword(request.adminPassword);
  return db.transaction().execute(async (trx) => {
    const agency = await trx.insertInto('agencies').values({ name: request.name }).returning('id').executeTakeFirstOrThrow();
    const admin = await insertUser(trx, agency.id, { email: request.adminEmail, name: request.adminName, role: 'admin', passwordHash });
    return { agencyId: agency.id, adminUserId: admin.id };
  });
}
