/** A small seeded PRNG (mulberry32) so demo data is the same on every machine. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /**
   * A stream of its own for `name`, fixed by `seed`: new choices drawn from
   * it leave every other stream of the same seed as it was.
   */
  static derived(seed: number, name: string): Random {
    let hash = 0x811c9dc5; // FNV-1a over the name, then mixed with the seed by one mulberry32 step
    for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    return new Random(Math.floor(new Random((seed ^ hash) >>> 0).next() * 4294967296));
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/* Draws from distributions, on a Random. */

/** A picker that draws items in proportion to their weight. */
export function weighted<T>(items: readonly T[], weight: (item: T) => number): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weight(item)));
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return items[low]!;
  };
}

/** `count` distinct items in random order (all of them when there are fewer). */
export function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** `count` distinct items drawn one by one in proportion to their weight (those of weight 0 never; all of the others when there are fewer), in the order drawn. */
export function weightedSample<T>(random: Random, items: readonly T[], weight: (item: T) => number, count: number): T[] {
  let pool = items.filter((item) => weight(item) > 0);
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    const item = weighted(pool, weight)(random);
    chosen.push(item);
    pool = pool.filter((other) => other !== item);
  }
  return chosen;
}

/** A standard normal draw (Box–Muller). */
export function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** A Poisson draw with this mean (normal above 30). */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return k;
}

/** Uniform on a log scale between min and max, rounded (to tens above 1,000). */
export function logUniform(random: Random, min: number, max: number): number {
  const value = Math.round(Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min))));
  return value > 1_000 ? Math.round(value / 10) * 10 : value;
}
