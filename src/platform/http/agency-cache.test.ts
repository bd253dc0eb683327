import { describe, expect, it } from 'vitest';
import { AgencyCache } from './agency-cache.js';

describe('AgencyCache', () => {
  let now = Date.UTC(2026, 0, 1);
  const clock = () => new Date(now);

  it('serves an entry until its time to live has passed', () => {
    const cache = new AgencyCache<string>(clock, 2_000);
    cache.set('a', 'board', 'body');
    now += 2_000;
    expect(cache.get('a', 'board')).toBe('body');
    now += 1;
    expect(cache.get('a', 'board')).toBeUndefined();
  });

  it("forgets one agency's entries at once and keeps the others'", () => {
    const cache = new AgencyCache<string>(clock, 2_000);
    cache.set('a', 'x', '1');
    cache.set('a', 'y', '2');
    cache.set('b', 'x', '3');
    cache.forgetAgency('a');
    expect([cache.get('a', 'x'), cache.get('a', 'y'), cache.get('b', 'x')]).toEqual([undefined, undefined, '3']);
  });

  it('stays bounded whatever keys clients choose (an owner filter per request, agency after agency)', () => {
    const cache = new AgencyCache<string>(clock, 60_000, { maxAgencies: 10, maxEntriesPerAgency: 5 });
    for (let i = 0; i < 1_000; i++) cache.set('a', `owner-${i}`, 'body');
    expect(cache.size).toBe(5);
    // The most recently used entries stay.
    expect(cache.get('a', 'owner-999')).toBe('body');
    expect(cache.get('a', 'owner-0')).toBeUndefined();
    for (let i = 0; i < 1_000; i++) cache.set(`agency-${i}`, 'board', 'body');
    expect(cache.size).toBeLessThanOrEqual(10 * 5);
    expect(cache.get('agency-999', 'board')).toBe('body');
  });
});
