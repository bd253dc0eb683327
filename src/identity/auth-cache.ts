import { LRUCache } from 'lru-cache';
import type { Clock } from '../platform/clock.js';
import type { Actor } from './domain/roles.js';

/**
 * Remembers which user a session cookie or API token belongs to for a few
 * seconds, so a busy client does not cost a database lookup per request.
 * Bounded (least recently used secrets go first) and timed by the app's
 * clock. Whatever ends a session or token forgets it at once, on every
 * instance (access-changes.ts); an instance that missed the news stops
 * accepting it within `ttlMs`.
 */
export class AuthCache {
  readonly #entries: LRUCache<string, Actor>;

  constructor(clock: Clock, ttlMs = 10_000, maxEntries = 10_000) {
    // ttlResolution 0: an entry is stale the moment the clock passes its TTL, also under a test's clock.
    this.#entries = new LRUCache({ max: maxEntries, ttl: ttlMs, ttlResolution: 0, perf: { now: () => clock().getTime() } });
  }

  get(secret: string): Actor | undefined {
    return this.#entries.get(secret);
  }

  set(secret: string, actor: Actor): void {
    this.#entries.set(secret, actor);
  }

  forget(secret: string): void {
    this.#entries.delete(secret);
  }

  /** Forgets every secret of an agency's users: a role's permissions or the agency's dossier kinds changed. */
  forgetAgency(agencyId: string, roleKey?: string): void {
    for (const [secret, actor] of this.#entries.entries()) {
      if (actor.agencyId === agencyId && (roleKey === undefined || actor.role === roleKey)) this.#entries.delete(secret);
    }
  }

  /** Forgets every secret of one user (their sessions ended, a token was revoked, they were deactivated). */
  forgetUser(agencyId: string, userId: string): void {
    for (const [secret, actor] of this.#entries.entries()) {
      if (actor.agencyId === agencyId && actor.userId === userId) this.#entries.delete(secret);
    }
  }
}
