import { z } from 'zod';
import { text } from '../platform/input/input.js';
import type { contactRoleSchema } from './dossiers.schemas.js';

/*
 * The agency's list of contact roles on dossiers (seeded per agency:
 * main contact, signatory, hiring manager). Anyone who may view leads or
 * opportunities reads it (list-contact-roles.ts); admins (settings:manage)
 * create, rename, reorder and delete roles (a role in use cannot be
 * deleted: the database's foreign key refuses it too).
 */

export type ContactRoleView = z.output<typeof contactRoleSchema>;

export const roleName = z.object({ nl: text(100), en: text(100) }).strict();

export function toContactRoleView(row: { id: string; name_nl: string; name_en: string; position: number }): ContactRoleView {
  return { id: row.id, name: { nl: row.name_nl, en: row.name_en }, position: row.position };
}
