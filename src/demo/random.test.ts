import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

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
