import { createHash, randomBytes } from 'node:crypto';

/** A random secret with a recognisable prefix (so leaked ones can be found by scanners). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are 256-bit random, so a fast hash is enough to make a stored copy useless. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
