import { describe, expect, it } from 'vitest';
import { failed, PER_ACCOUNT_AND_ADDRESS, released, started, waitBefore, type AttemptRecord } from './login-backoff.js';

const rule = { free: 3, baseMs: 1_000, maxMs: 8_000 };

describe('login backoff', () => {
  it('lets the free attempts through, then doubles the delay after each failure up to the cap', () => {
    let record: AttemptRecord | undefined;
    let now = 0;
    const waits: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const wait = waitBefore(record, rule, now);
      waits.push(wait);
      now += wait;
      record = failed(started(record, now), now);
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it('counts an attempt from its start, so a burst is refused while the first ones are still checked', () => {
    let record: AttemptRecord | undefined;
    const admitted = [];
    for (let i = 0; i < 10; i++) {
      if (waitBefore(record, rule, 0) === 0) {
        admitted.push(i);
        record = started(record, 0);
      }
    }
    expect(admitted).toEqual([0, 1, 2]);
  });

  it('forgets an attempt that ended without a verdict', () => {
    const record = released(started(started(started(undefined, 0), 0), 0));
    expect(record).toEqual({ failures: 0, pending: 2, lastAt: 0 });
    expect(waitBefore(record, rule, 0)).toBe(0);
  });

  it('never makes the owner wait more than a minute for one account and address', () => {
    let record: AttemptRecord | undefined;
    for (let i = 0; i < 1_000; i++) record = failed(started(record, 0), 0);
    expect(waitBefore(record, PER_ACCOUNT_AND_ADDRESS, 0)).toBe(60_000);
  });
});
