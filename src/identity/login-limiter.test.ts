import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';

describe('LoginLimiter', () => {
  it('locks a key after too many failures in the window, and opens again when it passes', () => {
    let now = Date.parse('2026-01-01T10:00:00Z');
    const limiter = new LoginLimiter(() => new Date(now), 3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('jan')).toBe(0);
      limiter.fail('jan');
      now += 1_000;
    }
    expect(limiter.retryAfter('jan')).toBe(57); // the first failure leaves the window 57 s from now
    expect(limiter.retryAfter('piet')).toBe(0);
    now += 57_000;
    expect(limiter.retryAfter('jan')).toBe(0);
  });

  it('forgets a key after a success', () => {
    const limiter = new LoginLimiter(() => new Date(), 1, 60_000);
    limiter.fail('jan');
    expect(limiter.retryAfter('jan')).toBeGreaterThan(0);
    limiter.succeed('jan');
    expect(limiter.retryAfter('jan')).toBe(0);
  });
});
