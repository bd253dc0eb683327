/*
 * How failed logins slow the next attempt. Pure: the caller keeps the
 * records and passes the time. An attempt counts from the moment it starts
 * (before the password is hashed), so a burst of concurrent guesses is
 * refused as if each earlier one had already failed.
 */

/** A budget of free attempts, then delays doubling from `baseMs` up to `maxMs`. */
export interface BackoffRule {
  free: number;
  baseMs: number;
  maxMs: number;
}

/** Attempts against one key: failed ones, ones still being checked, and when the last one started or failed. */
export interface AttemptRecord {
  failures: number;
  pending: number;
  lastAt: number;
}

/**
 * One account from one address: the owner's own mistakes and a guesser at
 * the same address (behind one proxy they are the same) share it, so the
 * delays stay short: at most a minute, never a lockout.
 */
export const PER_ACCOUNT_AND_ADDRESS: BackoffRule = { free: 5, baseMs: 1_000, maxMs: 60_000 };

/** One account from every address together: a larger budget against guessing spread over many addresses. */
export const PER_ACCOUNT: BackoffRule = { free: 10, baseMs: 1_000, maxMs: 60_000 };

/** A key with no attempt for this long starts afresh. */
export const FORGET_AFTER_MS = 15 * 60_000;

/** Milliseconds until another attempt may start; 0 when it may start now. */
export function waitBefore(record: AttemptRecord | undefined, rule: BackoffRule, now: number): number {
  if (!record) return 0;
  const counted = record.failures + record.pending;
  if (counted < rule.free) return 0;
  const delay = Math.min(rule.maxMs, rule.baseMs * 2 ** (counted - rule.free));
  return Math.max(0, record.lastAt + delay - now);
}

/** The record once an attempt has started. */
export function started(record: AttemptRecord | undefined, now: number): AttemptRecord {
  return { failures: record?.failures ?? 0, pending: (record?.pending ?? 0) + 1, lastAt: now };
}

/** The record once a started attempt has failed. */
export function failed(record: AttemptRecord | undefined, now: number): AttemptRecord {
  return { failures: (record?.failures ?? 0) + 1, pending: Math.max(0, (record?.pending ?? 1) - 1), lastAt: now };
}

/** The record once a started attempt ended without a verdict on the password (or succeeded, for a key that keeps its failures). */
export function released(record: AttemptRecord | undefined): AttemptRecord | undefined {
  if (!record) return undefined;
  return { ...record, pending: Math.max(0, record.pending - 1) };
}
