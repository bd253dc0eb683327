import { z } from 'zod';
import { LIMITS, text } from '../platform/input/input.js';
import { AGENCY_PERMISSIONS, type Permission } from './domain/roles.js';

/** A role's names, Dutch and English. */
export const roleNames = z.object({ nl: text(LIMITS.name), en: text(LIMITS.name) }).strict();

/**
 * A role's permissions: names the code knows (AGENCY_PERMISSIONS; the
 * operator's `data:import` is no agency role's), each once.
 */
export const rolePermissions = z
  .array(z.enum(AGENCY_PERMISSIONS as [Permission, ...Permission[]], { error: 'must be a permission name (docs/api.md, Roles and permissions)' }))
  .max(AGENCY_PERMISSIONS.length)
  .transform((names) => [...new Set(names)]);
