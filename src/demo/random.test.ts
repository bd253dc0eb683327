import { describe, expect, it } from 'vitest';
import { Random, weightedSample } from './random.js';

const draws = (random: Random, n = 5) => Array.from({ length: n }, () => random.next());

describe('Random.derived', () => {
  it('gives the same stream for the same seed and name, another for another name or seed', () => {
    expect(draws(Random.derived(7, 'contacts'))).toEqual(draws(Random.derived(7, 'contacts')));
    expect(draws(Random.derived(7, 'contacts'))).not.toEqual(draws(Random.derived(7, 'reminders')));
    expect(draws(Random.derived(7, 'contacts'))).not.toEqual(draws(Random.derived(8, 'contacts')));
  });

  it('is no stretch of the seed\'s own stream, so drawing from it leaves that stream as it was', () => {
    const own = draws(new Random(7), 1000);
    const derived = draws(Random.derived(7, 'contacts'), 20);
    expect(derived.filter((value) => own.includes(value))).toEqual([]);
  });
});

describe('weightedSample', () => {
  it('draws distinct items, never one of weight 0, and all the others when asked for more', () => {
    const items = ['a', 'b', 'c', 'd'];
    const weight = (item: string) => (item === 'd' ? 0 : 1);
    const some = weightedSample(new Random(3), items, weight, 2);
    expect(new Set(some).size).toBe(2);
    expect(some).not.toContain('d');
    expect(weightedSample(new Random(3), items, weight, 10).sort()).toEqual(['a', 'b', 'c']);
  });

  it('favours the heavier items', () => {
    const random = new Random(11);
    let heavy = 0;
    for (let i = 0; i < 500; i++) if (weightedSample(random, ['light', 'heavy'], (item) => (item === 'heavy' ? 9 : 1), 1)[0] === 'heavy') heavy++;
    expect(heavy).toBeGreaterThan(400);
  });
});
