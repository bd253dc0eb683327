import type { Clock } from '../platform/clock.js';
import type { Actor } from './domain/roles.js';

/**
 * Remembers which user a session cookie or API token belongs to for a few
 * seconds, so a busy client does not cost a database lookup per request.
 * Logout and revocation on this instance forget at once; another instance
 * stops accepting a revoked secret within `ttlMs`.
 */
export class AuthCache {
  readonly #entries = new Map<string, { actor: Actor; until: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(secret: string): Actor | undefined {
    const entry = this.#entries.get(secret);
    if (!entry) return undefined;
    if (entry.until <= this.clock().getTime()) {
      this.#entries.delete(secret);
      return undefined;
    }
    return entry.actor;
  }

  set(secret: string, actor: Actor): void {
    // Oldest first: Map keeps insertion order.
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(secret, { actor, until: this.clock().getTime() + this.ttlMs });
  }

  forget(secret: string): void {
    this.#entries.delete(secret);
  }

  /** Forgets every secret of one user (after a token is revoked or a role changes). */
  forgetUser(agencyId: string, userId: string): void {
    for (const [secret, { actor }] of this.#entries) {
      if (actor.agencyId === agencyId && actor.userId === userId) this.#entries.delete(secret);
    }
  }
}
