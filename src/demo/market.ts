import { monthSlots, postingTime } from './market-calendar.js';
import { companyRow, drawCompany, type Company } from './market-companies.js';
import { job } from './market-jobs.js';
import { decisionMakers } from './market-people.js';
import { poisson, Random } from './random.js';

/*
 * The demo's job market, generated: employers (market-companies.ts), their
 * vacancies (market-jobs.ts) posted month by month (market-calendar.ts) and
 * the people an agency would contact (market-people.ts).
 */

export interface MarketOptions {
  /** The same seed gives the same market, row for row. */
  seed: number;
  /** The market's "today": jobs lie in the 24 months before it. */
  now: Date;
  /** How many companies, e.g. 3000. */
  companies: number;
}

/** A Dutch job market as import-file rows, column names as the import files spell them. */
export interface Market {
  companies: Record<string, string | number>[];
  jobs: Record<string, string | string[]>[];
  decisionMakers: Record<string, string | boolean>[];
}

/** Vacancies per company over the 24 months, on average; a few post dozens, most a handful. */
const JOBS_PER_COMPANY = 10;

/**
 * A believable Dutch job market: companies across industries and cities,
 * their vacancies over the 24 months before `now` with Dutch seasonality,
 * and their decision makers. Deterministic in `options`; no network.
 */
export function generateMarket(options: MarketOptions): Market {
  const random = new Random(options.seed);
  const now = options.now.getTime();
  const slots = monthSlots(options.now);
  const used = new Set<string>();
  const companies: Company[] = [];
  for (let i = 0; i < options.companies; i++) companies.push(drawCompany(random, slots, used, options.now));
  const expected = companies.reduce((sum, c) => sum + c.intensity * c.shape.reduce((a, b) => a + b, 0), 0);
  const scale = expected > 0 ? (JOBS_PER_COMPANY * companies.length) / expected : 0;

  const market: Market = { companies: [], jobs: [], decisionMakers: [] };
  for (const company of companies) {
    market.companies.push(companyRow(random, company));
    const contacts = decisionMakers(random, company, market.decisionMakers.length);
    market.decisionMakers.push(...contacts);
    const recruiter = contacts.find((row) => /\b(recruit\w*|talent|hr|p&o)\b/i.test(String(row.title)));
    slots.forEach((slot, index) => {
      for (let n = poisson(random, company.intensity * company.shape[index]! * scale); n > 0; n--) {
        market.jobs.push(job(random, company, postingTime(random, slot, now), now, market.jobs.length + 1, recruiter));
      }
    });
  }
  return market;
}
