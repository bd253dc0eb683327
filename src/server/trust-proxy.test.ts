import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './trust-proxy.js';

describe('parseTrustProxy', () => {
  it('trusts no proxy by default', () => {
    expect([undefined, '', 'false', '0'].map(parseTrustProxy)).toEqual([false, false, false, false]);
  });

  it('trusts one hop for true and n hops for a number, never more', () => {
    const one = parseTrustProxy('true');
    const two = parseTrustProxy('2');
    if (typeof one !== 'function' || typeof two !== 'function') throw new Error('expected hop functions');
    expect([0, 1, 2].map((hop) => one('192.0.2.1', hop))).toEqual([true, false, false]);
    expect([0, 1, 2].map((hop) => two('192.0.2.1', hop))).toEqual([true, true, false]);
  });

  it('passes a list of proxy addresses on, trimmed', () => {
    expect(parseTrustProxy(' 127.0.0.1, 192.0.2.0/24 ')).toBe('127.0.0.1,192.0.2.0/24');
  });
});
