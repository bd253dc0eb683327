import { describe, expect, it } from 'vitest';
import { AuthCache } from './auth-cache.js';

const actor = (userId: string) => ({ agencyId: 'a', userId, role: 'recruiter' as const });

describe('AuthCache', () => {
  it('forgets an entry when its time to live has passed on the clock', () => {
    let now = Date.parse('2026-01-01T10:00:00Z');
    const cache = new AuthCache(() => new Date(now), 10_000);
    cache.set('s1', actor('u1'));
    now += 9_999;
    expect(cache.get('s1')).toEqual(actor('u1'));
    now += 2;
    expect(cache.get('s1')).toBeUndefined();
  });

  it('stays bounded and evicts the least recently used secret, not the busiest', () => {
    const cache = new AuthCache(() => new Date(), 10_000, 2);
    cache.set('busy', actor('u1'));
    cache.set('idle', actor('u2'));
    cache.get('busy');
    cache.set('new', actor('u3'));
    expect(cache.get('busy')).toEqual(actor('u1'));
    expect(cache.get('idle')).toBeUndefined();
    expect(cache.get('new')).toEqual(actor('u3'));
  });

  it("forgets every secret of one user and keeps the others'", () => {
    const cache = new AuthCache(() => new Date());
    cache.set('session', actor('u1'));
    cache.set('token', actor('u1'));
    cache.set('colleague', actor('u2'));
    cache.forgetUser('a', 'u1');
    expect([cache.get('session'), cache.get('token'), cache.get('colleague')]).toEqual([undefined, undefined, actor('u2')]);
  });

  it("forgets the secrets of one role's users when its permissions change, or of a whole agency, and keeps the others'", () => {
    const cache = new AuthCache(() => new Date());
    cache.set('planner', { agencyId: 'a', userId: 'u1', role: 'planner' });
    cache.set('recruiter', actor('u2'));
    cache.set('elsewhere', { agencyId: 'b', userId: 'u3', role: 'planner' });
    cache.forgetAgency('a', 'planner');
    expect([cache.get('planner'), cache.get('recruiter'), cache.get('elsewhere')]).toEqual([undefined, actor('u2'), { agencyId: 'b', userId: 'u3', role: 'planner' }]);
    cache.forgetAgency('a');
    expect(cache.get('recruiter')).toBeUndefined();
    expect(cache.get('elsewhere')).toBeDefined();
  });
});
