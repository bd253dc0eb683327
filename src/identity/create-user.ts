import type { userSchema } from './identity.schemas.js';
import { z } from 'zod';
import { conflict } from '../platform/errors.js';
import type { Actor, RoleKey } from './domain/roles.js';
import { agencyRolePermissions, givingRole, roleKey } from './agency-role.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from './authorize.js';
import { LIMITS, optionalText, parseInput } from '../platform/input/input.js';
import { hashPassword } from './passwords.js';
import { newPassword } from './password-input.js';

export const email = z.email({ error: 'must be an e-mail address' }).max(LIMITS.email).transform((e) => e.toLowerCase());

export const createUserInput = z
  .object({
    /** Login; unique across all agencies. */
    email,
    /** At least 12 characters and not a common password (docs/api.md, Passwords). */
    password: newPassword,
    /** One of the agency's roles (GET /api/roles). */
    role: roleKey,
    /** Display name; the e-mail's local part when absent. */
    name: optionalText(LIMITS.name),
  })
  .strict();

export type UserView = z.output<typeof userSchema>;

/** An admin adds a colleague to their own agency. */
export async function createUser(db: Db, actor: Actor, input: z.input<typeof createUserInput>): Promise<UserView> {
  authorize(actor, 'users:manage');
  const request = parseInput(createUserInput, input);
  const passwordHash = await hashPassword(request.password);
  return givingRole(() =>
    db.transaction().execute(async (trx) => {
      await agencyRolePermissions(trx, actor.agencyId, request.role);
      return insertUser(trx, actor.agencyId, { ...request, passwordHash });
    }),
  );
}

/** Inserts a user; CONFLICT when the e-mail is taken in any agency (also by an insert racing this one). */
export async function insertUser(
  trx: Executor,
  agencyId: string,
  user: { email: string; name?: string | undefined; role: RoleKey; passwordHash: string },
): Promise<UserView> {
  // The unique index decides: of two concurrent inserts one waits for the other and then does nothing.
  const row = await trx
    .insertInto('users')
    .values({
      agency_id: agencyId,
      email: user.email,
      name: user.name ?? user.email.split('@')[0]!,
      password_hash: user.passwordHash,
      role: user.role,
      branch_id: null,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning(['id', 'email', 'name', 'role'])
    .executeTakeFirst();
  if (!row) throw conflict(`A user with e-mail ${user.email} already exists.`);
  return row;
}
