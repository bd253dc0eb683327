import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock.js';

export interface AgencyCacheLimits {
  /** Agencies kept; the least recently used one goes first. */
  maxAgencies: number;
  /** Entries (e.g. owner filters) kept per agency. */
  maxEntriesPerAgency: number;
}

const DEFAULT_LIMITS: AgencyCacheLimits = { maxAgencies: 200, maxEntriesPerAgency: 20 };

/**
 * Short-lived per-agency cache for hot reads such as the board, on
 * `lru-cache`. Entries expire after `ttlMs`, and every entry of an agency is
 * dropped as soon as one of its companies changes (on another instance, as
 * soon as the event relay brings the news), so a user sees their own move;
 * should the relay miss a change, it shows within ttlMs. Bounded twice over — agencies and entries per agency —
 * because entry keys come from client input (filters).
 */
export class AgencyCache<V extends NonNullable<unknown>> {
  readonly #byAgency: LRUCache<string, LRUCache<string, V>>;
  readonly #newAgency: () => LRUCache<string, V>;

  constructor(clock: Clock, ttlMs: number, limits: AgencyCacheLimits = DEFAULT_LIMITS) {
    // TTLs follow the injected clock (so tests need not sleep), read on every access.
    const perf = { now: () => clock().getTime() };
    this.#byAgency = new LRUCache({ max: limits.maxAgencies });
    this.#newAgency = () => new LRUCache<string, V>({ max: limits.maxEntriesPerAgency, ttl: ttlMs, ttlResolution: 0, perf });
  }

  get(agencyId: string, key: string): V | undefined {
    return this.#byAgency.get(agencyId)?.get(key);
  }

  set(agencyId: string, key: string, value: V): void {
    let entries = this.#byAgency.get(agencyId);
    if (!entries) this.#byAgency.set(agencyId, (entries = this.#newAgency()));
    entries.set(key, value);
  }

  forgetAgency(agencyId: string): void {
    this.#byAgency.delete(agencyId);
  }

  /** Entries held, expired ones not yet purged included. */
  get size(): number {
    let size = 0;
    for (const entries of this.#byAgency.values()) size += entries.size;
    return size;
  }
}
