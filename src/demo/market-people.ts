import { FIRST_NAMES, LAST_NAMES, TITLES } from './dutch-market.js';
import type { Company } from './market-companies.js';
import { slugify } from './market-text.js';
import { weighted, type Random } from './random.js';

/**
 * The people an agency finds at a company on LinkedIn (its decision-makers
 * import rows): owners in small firms, HR and talent acquisition in large ones.
 */
export function decisionMakers(random: Random, company: Company, before: number): Record<string, string | boolean>[] {
  const { employees, industry } = company;
  const [min, max] = employees <= 10 ? [1, 2] : employees <= 50 ? [1, 3] : employees <= 200 ? [2, 4] : employees <= 1_000 ? [2, 5] : [3, 5];
  // Who an agency finds on LinkedIn depends on size: owners in small firms, HR and talent acquisition in large ones.
  const pools: [readonly string[], number][] =
    employees <= 10
      ? [[TITLES.executives, 5], [industry.managers, 2], [TITLES.unrelated, 0.6], [TITLES.hrSmall, 0.3]]
      : employees <= 50
        ? [[TITLES.executives, 3], [TITLES.hrSmall, 2.5], [industry.managers, 3], [TITLES.unrelated, 1]]
        : employees <= 500
          ? [[TITLES.executives, 1], [TITLES.hrMid, 4], [industry.managers, 3], [TITLES.unrelated, 1]]
          : [[TITLES.executives, 0.4], [TITLES.hrLarge, 5], [industry.managers, 3], [TITLES.unrelated, 0.8]];
  const pickPool = weighted(pools, ([, weight]) => weight);
  const names = new Set<string>();
  const titles = new Set<string>();
  const rows: Record<string, string | boolean>[] = [];
  for (let count = random.int(min, max), attempt = 0; rows.length < count && attempt < 50; attempt++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    const title = random.pick(pickPool(random)[0]);
    if (names.has(name) || titles.has(title)) continue;
    names.add(name);
    titles.add(title);
    rows.push({
      company_linkedin_url: `https://www.linkedin.com/company/${company.slug}`,
      name,
      title,
      linkedin_url: `https://www.linkedin.com/in/${slugify(first)}-${slugify(last)}-${before + rows.length + 1}`,
      linkedin_verified: random.chance(0.6),
    });
  }
  return rows;
}

