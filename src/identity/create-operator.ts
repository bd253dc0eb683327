import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, Executor } from '../platform/db/database.js';
import { email, insertUser } from './create-user.js';
import { newPassword as password } from './password-input.js';
import { LIMITS, optionalText, parseInput } from '../platform/input/input.js';
import { hashPassword } from './passwords.js';

export const createOperatorInput = z
  .object({
    /** Login; unique across all agencies and the platform. */
    email,
    password,
    /** Display name; the e-mail's local part when absent. */
    name: optionalText(LIMITS.name),
  })
  .strict();

/** The platform agency's name, as `/api/me` shows it to an operator. */
export const PLATFORM_AGENCY_NAME = 'clientpipe platform';

export interface CreatedOperator {
  /** The platform agency, the same for every operator. */
  agencyId: string;
  userId: string;
}

/**
 * Creates a platform operator: the user who writes the shared company data
 * every agency sees (imports), and nothing of any agency. Only the CLI
 * calls it (there is no actor: whoever runs the CLI holds the database).
 * Operators belong to the platform agency, made with the first of them.
 */
export async function createOperator(db: Db, input: z.input<typeof createOperatorInput>): Promise<CreatedOperator> {
  const request = parseInput(createOperatorInput, input);
  const passwordHash = await hashPassword(request.password);
  return db.transaction().execute(async (trx) => {
    const agencyId = await platformAgency(trx);
    const user = await insertUser(trx, agencyId, { email: request.email, name: request.name, role: 'operator', passwordHash });
    return { agencyId, userId: user.id };
  });
}

/** The platform agency, created when missing; a unique index keeps it one. */
async function platformAgency(trx: Executor): Promise<string> {
  await sql`insert into agencies (name, platform) values (${PLATFORM_AGENCY_NAME}, true) on conflict (platform) where platform do nothing`.execute(trx);
  const agency = await trx.selectFrom('agencies').select('id').where('platform', '=', true).executeTakeFirstOrThrow();
  return agency.id;
}
