import type { Clock } from '../platform/clock.js';

const MAX_KEYS = 50_000;

/**
 * Counts failed logins per key in a sliding window, so password guessing
 * is slowed per account and per address. In memory: each app instance
 * counts its own attempts, which still bounds guessing per instance.
 */
export class LoginLimiter {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.#recent(key);
    if (recent.length < this.maxFailures) return 0;
    return Math.ceil((recent[0]! + this.windowMs - this.clock().getTime()) / 1000);
  }

  fail(key: string): void {
    // Guessing with ever new e-mail addresses must not grow memory without bound.
    if (this.#failures.size >= MAX_KEYS) for (const stale of [...this.#failures.keys()]) this.#recent(stale);
    this.#failures.set(key, [...this.#recent(key), this.clock().getTime()]);
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string): number[] {
    const since = this.clock().getTime() - this.windowMs;
    const recent = (this.#failures.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.#failures.delete(key);
    return recent;
  }
}
