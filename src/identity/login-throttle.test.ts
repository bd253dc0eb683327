import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  it('refuses a sixth concurrent attempt for one account and address before any is settled', () => {
    const throttle = new LoginThrottle(() => new Date(0));
    const admitted = Array.from({ length: 8 }, () => throttle.begin('jan@example.nl', '192.0.2.1')).filter((r) => r.admitted);
    expect(admitted).toHaveLength(5);
    expect(throttle.begin('jan@example.nl', '192.0.2.1')).toEqual({ admitted: false, retryAfterSeconds: 1 });
    expect(throttle.begin('piet@example.nl', '192.0.2.1').admitted).toBe(true);
  });

  it('starts afresh for the address after a success, and forgets an attempt that ended in an error', () => {
    let now = 0;
    const throttle = new LoginThrottle(() => new Date(now));
    const fail = () => {
      const attempt = throttle.begin('jan@example.nl', '192.0.2.1');
      if (attempt.admitted) attempt.settle('failure');
      return attempt.admitted;
    };
    for (let i = 0; i < 5; i++) expect(fail()).toBe(true);
    expect(fail()).toBe(false);
    now += 1_000;
    const owner = throttle.begin('jan@example.nl', '192.0.2.1');
    if (!owner.admitted) throw new Error('owner not admitted');
    owner.settle('success');
    for (let i = 0; i < 4; i++) expect(fail()).toBe(true);
    const broken = throttle.begin('jan@example.nl', '192.0.2.1');
    if (broken.admitted) broken.settle('error');
    expect(fail()).toBe(true);
  });
});
