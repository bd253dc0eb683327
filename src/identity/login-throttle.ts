import { LRUCache } from 'lru-cache';
import type { Clock } from '../platform/clock.js';
import {
  failed,
  FORGET_AFTER_MS,
  PER_ACCOUNT,
  PER_ACCOUNT_AND_ADDRESS,
  released,
  started,
  waitBefore,
  type AttemptRecord,
} from './domain/login-backoff.js';
import { DAY_MS } from '../platform/time/days.js';

/** What a login attempt turned out to be. */
export type LoginOutcome = 'success' | 'failure' | 'error';

export type LoginReservation = { admitted: false; retryAfterSeconds: number } | { admitted: true; settle(outcome: LoginOutcome): void };

// An address the owner logged in from stays trusted for the per-account budget this long.
const KNOWN_ADDRESS_MS = 30 * DAY_MS;
const MAX_KEYS = 50_000;

/**
 * Slows password guessing per account and per (account, address) with the
 * rules of domain/login-backoff (the per-address limit across accounts is
 * @fastify/rate-limit's, on the route). An address the owner logged in
 * from is exempt from the per-account budget, so guessing spread over many
 * addresses does not keep the owner out. In memory, bounded and forgotten
 * after a quiet spell: each app instance counts its own attempts.
 */
export class LoginThrottle {
  readonly #records: LRUCache<string, AttemptRecord>;
  readonly #known: LRUCache<string, true>;

  constructor(private readonly clock: Clock) {
    const perf = { now: () => clock().getTime() };
    this.#records = new LRUCache({ max: MAX_KEYS, ttl: FORGET_AFTER_MS, ttlResolution: 0, perf });
    this.#known = new LRUCache({ max: MAX_KEYS, ttl: KNOWN_ADDRESS_MS, ttlResolution: 0, perf });
  }

  /** Admits an attempt (to be settled once the password is checked) or says how long to wait. */
  begin(account: string, address: string): LoginReservation {
    const now = this.clock().getTime();
    const pairKey = `pair\n${account}\n${address}`;
    const accountKey = `account\n${account}`;
    const known = this.#known.has(`${account}\n${address}`);
    const wait = Math.max(
      waitBefore(this.#records.get(pairKey), PER_ACCOUNT_AND_ADDRESS, now),
      known ? 0 : waitBefore(this.#records.get(accountKey), PER_ACCOUNT, now),
    );
    if (wait > 0) return { admitted: false, retryAfterSeconds: Math.ceil(wait / 1000) };
    this.#records.set(pairKey, started(this.#records.get(pairKey), now));
    this.#records.set(accountKey, started(this.#records.get(accountKey), now));
    let settled = false;
    return {
      admitted: true,
      settle: (outcome) => {
        if (settled) return;
        settled = true;
        this.#settle(pairKey, accountKey, `${account}\n${address}`, outcome);
      },
    };
  }

  #settle(pairKey: string, accountKey: string, knownKey: string, outcome: LoginOutcome): void {
    const now = this.clock().getTime();
    if (outcome === 'failure') {
      this.#records.set(pairKey, failed(this.#records.get(pairKey), now));
      this.#records.set(accountKey, failed(this.#records.get(accountKey), now));
      return;
    }
    // A success clears this address's record, not the account's: guesses from elsewhere keep counting.
    if (outcome === 'success') {
      this.#records.delete(pairKey);
      this.#known.set(knownKey, true);
    } else {
      this.#keep(pairKey, released(this.#records.get(pairKey)));
    }
    this.#keep(accountKey, released(this.#records.get(accountKey)));
  }

  #keep(key: string, record: AttemptRecord | undefined): void {
    if (record) this.#records.set(key, record, { noUpdateTTL: true });
  }
}
