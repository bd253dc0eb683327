import { channel } from '../platform/events/channel.js';

/**
 * Whose access changed, so that every instance's AuthCache forgets it: one
 * user's (sessions ended, a token revoked, deactivated, another role), or
 * the users of an agency with one role or any (a role's rights, the dossier
 * kinds switched on).
 */
export type AccessChange = { agencyId: string; userId: string } | { agencyId: string; roleKey?: string };

const changes = channel<AccessChange>('access');

/** Announces a committed access change, on every instance (platform/events/channel.ts). */
export function publishAccessChange(change: AccessChange): void {
  changes.publish(change);
}

/** Listens for access changes; returns the function that stops listening. */
export function onAccessChange(listener: (change: AccessChange) => void): () => void {
  return changes.on(listener);
}
