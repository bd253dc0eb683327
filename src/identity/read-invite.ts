import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import type { invitePreviewSchema } from './identity.schemas.js';
import { findOpenInvite, inviteToken } from './invite-lookup.js';

export const readInviteInput = z.object({ /** The secret from the invite link. */ token: inviteToken }).strict();

export type InvitePreview = z.output<typeof invitePreviewSchema>;

/** What an invite link offers, before it is accepted: the address, the role and the agency. No login: the secret is the proof. */
export async function readInvite(db: Db, input: z.input<typeof readInviteInput>, clock: Clock = systemClock): Promise<InvitePreview> {
  const { token } = parseInput(readInviteInput, input);
  const invite = await findOpenInvite(db, token, clock());
  return { email: invite.email, name: invite.name, role: invite.role, agency: { name: invite.agency_name }, expiresAt: invite.expires_at };
}
