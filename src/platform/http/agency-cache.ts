import type { Clock } from '../clock.js';

/**
 * Short-lived per-agency cache for hot reads such as the board. Entries
 * expire after `ttlMs`, and every entry of an agency is dropped as soon as
 * one of its companies changes on this instance, so a user always sees
 * their own move; a colleague's move on another instance shows within ttlMs.
 */
export class AgencyCache<V> {
  readonly #byAgency = new Map<string, Map<string, { value: V; until: number }>>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  get(agencyId: string, key: string): V | undefined {
    const entry = this.#byAgency.get(agencyId)?.get(key);
    return entry && entry.until > this.clock().getTime() ? entry.value : undefined;
  }

  set(agencyId: string, key: string, value: V): void {
    let entries = this.#byAgency.get(agencyId);
    if (!entries) this.#byAgency.set(agencyId, (entries = new Map()));
    entries.set(key, { value, until: this.clock().getTime() + this.ttlMs });
  }

  forgetAgency(agencyId: string): void {
    this.#byAgency.delete(agencyId);
  }
}
