import { z } from 'zod';
import { uuid } from '../platform/http/schemas.js';
import { ALL_ROLES } from './domain/roles.js';

export const userSchema = z
  .object({ id: uuid, email: z.string(), name: z.string(), role: z.enum(ALL_ROLES).describe('operator: the platform operator, who imports shared data and belongs to no agency') })
  .meta({ id: 'User' });

export const apiTokenSchema = z
  .object({ id: uuid, name: z.string(), createdAt: z.date(), lastUsedAt: z.date().nullable(), revokedAt: z.date().nullable() })
  .meta({ id: 'ApiToken' });
