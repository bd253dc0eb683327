import { z } from 'zod';
import { uuid } from '../platform/http/schemas.js';
import { DOSSIER_KINDS } from './domain/roles.js';
import { roleKeySchema } from './agency-role.js';

export const userSchema = z
  .object({ id: uuid, email: z.string(), name: z.string(), role: roleKeySchema })
  .meta({ id: 'User' });

/** A colleague as the team list shows them. */
export const teamMemberSchema = userSchema
  .extend({
    active: z.boolean().describe('False once an admin deactivated them: no login, no session or token works'),
    lastLoginAt: z.date().nullable().describe('Their latest login; shown to admins only (null for others, and before a first login)'),
    branchId: uuid.nullable().describe('Their branch (vestiging); null when they have none'),
  })
  .meta({ id: 'TeamMember' });

/** The logged-in user, with their own settings and their agency. */
export const meSchema = userSchema
  .extend({
    language: z.enum(['nl', 'en']).nullable().describe("The UI language they chose in My profile; null: the browser's"),
    agency: z.object({
      id: z.guid(),
      name: z.string(),
      dossierKinds: z.array(z.enum(DOSSIER_KINDS)).describe('The dossier kinds the agency works with; one left out is switched off for everyone'),
    }),
    roleName: z
      .object({ nl: z.string(), en: z.string() })
      .nullable()
      .describe("Their role's name in Dutch and English (a role of the agency's own too, which GET /api/roles may not be theirs to read); null for the platform operator"),
    permissions: z.array(z.string()).describe('What their role allows (docs/api.md, Roles and permissions), less the switched-off dossier kinds'),
    branch: z.object({ id: uuid, name: z.string() }).nullable().describe('Their branch (vestiging); null when they have none'),
  })
  .meta({ id: 'Me' });

export const apiTokenSchema = z
  .object({ id: uuid, name: z.string(), createdAt: z.date(), lastUsedAt: z.date().nullable(), revokedAt: z.date().nullable() })
  .meta({ id: 'ApiToken' });

export const inviteSchema = z
  .object({
    id: uuid,
    email: z.string(),
    name: z.string().nullable(),
    role: roleKeySchema,
    createdAt: z.date(),
    expiresAt: z.date(),
    acceptedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  })
  .meta({ id: 'Invite' });

/** What the invitee sees before accepting: who invited them where, as what. */
export const invitePreviewSchema = z
  .object({ email: z.string(), name: z.string().nullable(), role: roleKeySchema, agency: z.object({ name: z.string() }), expiresAt: z.date() })
  .meta({ id: 'InvitePreview' });
