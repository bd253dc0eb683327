import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { parseInput, wholeNumber } from '../platform/input/input.js';
import { roleName, toContactRoleView, type ContactRoleView } from './contact-roles.js';

export const createContactRoleInput = z.object({ name: roleName, position: wholeNumber(0, 1000).optional() }).strict();

export async function createContactRole(db: Db, actor: Actor, input: z.input<typeof createContactRoleInput>): Promise<ContactRoleView> {
  authorize(actor, 'settings:manage');
  const request = parseInput(createContactRoleInput, input);
  const row = await db
    .insertInto('dossier_contact_roles')
    .values({ agency_id: actor.agencyId, name_nl: request.name.nl, name_en: request.name.en, ...(request.position !== undefined ? { position: request.position } : {}) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toContactRoleView(row);
}
