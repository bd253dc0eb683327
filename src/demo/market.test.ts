import { beforeAll, describe, expect, it } from 'vitest';
import { detectNoAgencies } from '../discovery/domain/no-agencies.js';
import { DUTCH_PLACES, placeOfLocation } from '../discovery/domain/places.js';
import { companyRow, decisionMakerRow, jobRow } from '../discovery/import/import-rows.js';
import { GENERIC_FAMILIES, INDUSTRIES, NO_AGENCY_LINES } from './dutch-market.js';
import { generateMarket, type Market } from './market.js';
import { DAY_MS } from '../platform/time/days.js';

const now = new Date('2026-11-23T10:00:00Z');
const twoYearsAgo = new Date('2024-11-23T10:00:00Z');

describe('generateMarket', () => {
  let market: Market;
  let elapsed: number;
  beforeAll(() => {
    const started = performance.now();
    market = generateMarket({ seed: 7, now, companies: 3000 });
    elapsed = performance.now() - started;
  });
  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };

  it('gives the same market for the same options and another for another seed', () => {
    const options = { seed: 42, now, companies: 300 };
    const first = generateMarket(options);
    expect(generateMarket(options)).toEqual(first);
    expect(generateMarket({ ...options, seed: 43 })).not.toEqual(first);
  });

  it('makes thousands of companies with rows the import accepts, quickly', () => {
    expect(market.companies).toHaveLength(3000);
    expect(market.jobs.length).toBeGreaterThan(20_000);
    expect(elapsed).toBeLessThan(5_000);
    for (const rows of [market.companies, market.jobs, market.decisionMakers]) {
      for (const row of rows.filter((_, index) => index % 37 === 0)) {
        const schema = rows === market.companies ? companyRow : rows === market.jobs ? jobRow : decisionMakerRow;
        const parsed = schema.safeParse(row);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }
    }
  });

  it('gives every company a unique name, LinkedIn page and website', () => {
    for (const column of ['name', 'linkedin_url', 'website']) {
      const values = market.companies.map((company) => company[column]);
      expect(values.every(Boolean)).toBe(true);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(market.companies.every((company) => /^https:\/\/www\.linkedin\.com\/company\/[a-z0-9-]+$/.test(String(company.linkedin_url)))).toBe(true);
  });

  it('spreads companies unevenly over industries and over cities by size', () => {
    const industries = [...count(market.companies, (company) => String(company.industry)).values()].sort((a, b) => b - a);
    expect(industries.length).toBeGreaterThanOrEqual(12);
    expect(industries[0]!).toBeGreaterThan(5 * industries.at(-1)!);

    const cities = count(market.companies, (company) => String(company.location ?? ''));
    const inCity = (name: string) => [...cities].filter(([location]) => placeOfLocation(location)?.name === name).reduce((sum, [, n]) => sum + n, 0);
    expect(inCity('Amsterdam')).toBeGreaterThan(5 * inCity('Venlo'));
    expect(inCity('Rotterdam')).toBeGreaterThan(inCity('Eindhoven'));
    expect(inCity('Eindhoven')).toBeGreaterThan(inCity('Venlo'));
  });

  it('gives most companies a city the gazetteer knows, a few only "Nederland" or nothing', () => {
    const without = market.companies.filter((company) => company.location === undefined).length / 3000;
    const country = market.companies.filter((company) => company.location === 'Nederland').length / 3000;
    expect(without).toBeGreaterThan(0.01);
    expect(without).toBeLessThan(0.06);
    expect(country).toBeGreaterThan(0.005);
    expect(country).toBeLessThan(0.05);
    const located = market.companies.filter((company) => company.location !== undefined && company.location !== 'Nederland');
    expect(located.filter((company) => !placeOfLocation(String(company.location)))).toEqual([]);
  });

  it('puts industry hubs in real cities', () => {
    const cities = new Set(DUTCH_PLACES.filter((place) => place.kind === 'city').map((place) => place.name));
    expect(INDUSTRIES.flatMap((industry) => industry.hubs ?? []).filter((hub) => !cities.has(hub))).toEqual([]);
  });

  it('posts jobs of existing companies, with unique ids, in the 24 months before now', () => {
    const companies = new Set(market.companies.map((company) => company.linkedin_url));
    expect(market.jobs.every((job) => companies.has(job.company_linkedin_url as string))).toBe(true);
    expect(new Set(market.jobs.map((job) => job.external_id)).size).toBe(market.jobs.length);
    const misdated = market.jobs.filter((job) => {
      const posted = Date.parse(job.posted_at as string);
      const closed = job.closed_at === undefined ? undefined : Date.parse(job.closed_at as string);
      return !(posted >= twoYearsAgo.getTime() && posted <= now.getTime() && (closed === undefined || (closed > posted && closed <= now.getTime())));
    });
    expect(misdated).toEqual([]);
  });

  it('closes most old jobs and leaves most recent ones open', () => {
    const age = (job: Market['jobs'][number]) => now.getTime() - Date.parse(job.posted_at as string);
    const old = market.jobs.filter((job) => age(job) > 90 * DAY_MS);
    const recent = market.jobs.filter((job) => age(job) < 14 * DAY_MS);
    expect(old.filter((job) => job.closed_at).length / old.length).toBeGreaterThan(0.85);
    expect(recent.filter((job) => !job.closed_at).length / recent.length).toBeGreaterThan(0.8);
  });

  it('averages about ten jobs per company, most posting few and some dozens', () => {
    const perCompany = count(market.jobs, (job) => job.company_linkedin_url as string);
    const counts = market.companies.map((company) => perCompany.get(company.linkedin_url as string) ?? 0);
    expect(market.jobs.length / 3000).toBeGreaterThan(8);
    expect(market.jobs.length / 3000).toBeLessThan(12);
    expect(counts.filter((n) => n <= 3).length / 3000).toBeGreaterThan(0.3);
    expect(counts.filter((n) => n >= 24).length).toBeGreaterThan(60);
  });

  it('hires most in January–March and least in July–August', () => {
    const byMonth = new Array<number>(12).fill(0);
    for (const job of market.jobs) byMonth[new Date(job.posted_at as string).getUTCMonth()]!++;
    const winter = (byMonth[0]! + byMonth[1]! + byMonth[2]!) / 3;
    const summer = (byMonth[6]! + byMonth[7]!) / 2;
    expect(summer).toBeLessThan(0.75 * winter);
  });

  it('asks 2–5 skills of the job family, with titles of the industry', () => {
    const industryOf = new Map(market.companies.map((company) => [company.linkedin_url, INDUSTRIES.find((i) => i.name === company.industry)!]));
    const generic = new Set(GENERIC_FAMILIES.flatMap((family) => family.skills));
    for (const job of market.jobs.filter((_, index) => index % 11 === 0)) {
      const skills = job.skills as string[];
      expect(skills.length).toBeGreaterThanOrEqual(2);
      expect(skills.length).toBeLessThanOrEqual(5);
      const industry = industryOf.get(job.company_linkedin_url as string)!;
      expect(skills.every((skill) => industry.skills.includes(skill)) || skills.every((skill) => generic.has(skill))).toBe(true);
    }
  });

  it('turns agencies away in some vacancies, in words detectNoAgencies knows', () => {
    for (const line of [...NO_AGENCY_LINES.nl, ...NO_AGENCY_LINES.en]) expect(detectNoAgencies(`Solliciteer snel! ${line}`), line).not.toBeNull();
    const refusing = market.jobs.filter((job) => detectNoAgencies(job.description as string));
    expect(refusing.length / market.jobs.length).toBeGreaterThan(0.02);
    expect(refusing.length / market.jobs.length).toBeLessThan(0.2);
    const companies = new Set(refusing.map((job) => job.company_linkedin_url)).size / 3000;
    expect(companies).toBeGreaterThan(0.03);
    expect(companies).toBeLessThan(0.1);
  });

  it('gives every company one to five decision makers with unique names', () => {
    const byCompany = new Map<unknown, string[]>();
    for (const person of market.decisionMakers) byCompany.set(person.company_linkedin_url, [...(byCompany.get(person.company_linkedin_url) ?? []), String(person.name)]);
    expect(byCompany.size).toBe(3000);
    for (const names of byCompany.values()) {
      expect(names.length).toBeGreaterThanOrEqual(1);
      expect(names.length).toBeLessThanOrEqual(5);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(new Set(market.decisionMakers.map((person) => person.linkedin_url)).size).toBe(market.decisionMakers.length);
    const verified = market.decisionMakers.filter((person) => person.linkedin_verified === true).length / market.decisionMakers.length;
    expect(verified).toBeGreaterThan(0.5);
    expect(verified).toBeLessThan(0.7);
    const titles = new Set(market.decisionMakers.map((person) => person.title));
    for (const title of ['HR Director', 'Head of Talent Acquisition', 'Corporate Recruiter', 'Manager P&O', 'Algemeen Directeur', 'CTO', 'Teamleider Zorg']) expect(titles).toContain(title);
  });
});
