import { z } from 'zod';
import { uuid } from '../platform/http/schemas.js';

export const userSchema = z
  .object({ id: uuid, email: z.string(), name: z.string(), role: z.enum(['admin', 'manager', 'recruiter', 'viewer']) })
  .meta({ id: 'User' });

export const apiTokenSchema = z
  .object({ id: uuid, name: z.string(), createdAt: z.date(), lastUsedAt: z.date().nullable(), revokedAt: z.date().nullable() })
  .meta({ id: 'ApiToken' });
