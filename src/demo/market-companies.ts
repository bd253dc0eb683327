import { DUTCH_PLACES, type Place } from '../discovery/domain/index.js';
import { BRAND_SYLLABLES, INDUSTRIES, LAST_NAMES, REGIONS, type Industry, type JobFamily } from './dutch-market.js';
import type { MonthSlot } from './market-calendar.js';
import { capitalize, list, roughly, slugify } from './market-text.js';
import { gaussian, logUniform, pickSome, weighted, type Random } from './random.js';

/*
 * The market's employers: industry, city, size, age and how their hiring
 * moves over the two years, and each one's row in the companies import.
 */

/** Share of companies whose vacancies turn agencies away. */
const REFUSING_SHARE = 0.06;
/** Employee-count bands as LinkedIn shows them, with their share of companies that post vacancies. */
const SIZE_BANDS = [
  { min: 2, max: 10, share: 0.16 },
  { min: 11, max: 50, share: 0.32 },
  { min: 51, max: 200, share: 0.27 },
  { min: 201, max: 500, share: 0.11 },
  { min: 501, max: 1_000, share: 0.06 },
  { min: 1_001, max: 5_000, share: 0.06 },
  { min: 5_001, max: 20_000, share: 0.02 },
] as const;

/** How a company's hiring moves over the two years: t runs from 0 (two years ago) to 1 (now). */
const TRENDS = [
  { share: 0.6, curve: (t: number, phase: number) => 1 + 0.3 * Math.sin(2 * Math.PI * (1.5 * t + phase)) },
  { share: 0.14, curve: (t: number) => Math.exp(1.6 * (t - 0.5)) }, // growing
  { share: 0.05, curve: (t: number) => 0.2 + 4 * t ** 3 }, // hot: postings pile up in recent months
  { share: 0.14, curve: (t: number) => Math.exp(-1.6 * (t - 0.5)) }, // cooling down
  { share: 0.07, curve: (t: number, phase: number) => (t < 0.6 + 0.35 * phase ? 1.2 : 0.06) }, // hiring freeze
] as const;

const ENGLISH_INDUSTRIES = new Set(['Software Development', 'IT Services and IT Consulting', 'Semiconductor Manufacturing', 'Pharmaceutical Manufacturing', 'Business Consulting and Services', 'Financial Services']);
const PUBLIC_NAME = /^(Gemeente|Stichting|Hogeschool|Universiteit|Waterschap|Omgevingsdienst|Veiligheidsregio|Regionale|Werkbedrijf|Vereniging|Onderlinge|Scholengroep|Lyceum|GGZ|Welzijn|Zorggroep|Woonstichting|Thuiszorg)\b/;

export type City = Place & { province: string };
const CITY_PLACES = DUTCH_PLACES.filter((place): place is City => place.kind === 'city' && place.province !== null);
/** Where employers cluster beyond what population explains: the capital and Brainport. */
const BUSINESS_HUBS: Readonly<Record<string, number>> = { Amsterdam: 1.3, Eindhoven: 1.6, Utrecht: 1.15 };
/** Companies cluster where people live, and more than proportionally in the big cities. */
export const pickCity = weighted(CITY_PLACES, (city) => city.population ** 1.4 * (BUSINESS_HUBS[city.name] ?? 1));
const pickIndustry = weighted(INDUSTRIES, (industry) => industry.weight);
const pickBand = weighted(SIZE_BANDS, (band) => band.share);
const pickTrend = weighted(TRENDS, (trend) => trend.share);
const HUBS = new Map(INDUSTRIES.map((industry) => [industry.name, CITY_PLACES.filter((city) => industry.hubs?.includes(city.name))]));

export interface Company {
  name: string;
  slug: string;
  industry: Industry;
  city: City;
  employees: number;
  founded: number;
  refusesAgencies: boolean;
  english: boolean;
  /** The job families it mostly hires for. */
  families: JobFamily[];
  /** Relative hiring intensity; generateMarket scales it to its jobs per company. */
  intensity: number;
  /** Expected postings per month slot before scaling. */
  shape: number[];
}

/**
 * One employer, drawn in a fixed order from `random` (the same seed gives
 * the same market); its name is not among `used`, which it joins.
 */
export function drawCompany(random: Random, slots: readonly MonthSlot[], used: Set<string>, now: Date): Company {
  const industry = pickIndustry(random);
  const hubs = HUBS.get(industry.name) ?? [];
  const city = hubs.length && random.chance(0.3) ? random.pick(hubs) : pickCity(random);
  const name = uniqueName(random, industry, city, used);
  const band = pickBand(random);
  const smallest = industry.minEmployees ?? 2;
  const drawn = logUniform(random, band.min, band.max);
  const employees = drawn >= smallest ? drawn : logUniform(random, smallest, smallest * 5);
  const founded = foundingYear(random, industry, employees, now.getUTCFullYear());
  const foundedAt = Date.UTC(founded, random.int(0, 11));
  const trend = pickTrend(random);
  const phase = random.next();
  return {
    name,
    slug: slugify(name.replace(/ B\.V\.$/, '')),
    industry,
    city,
    employees,
    founded,
    refusesAgencies: random.chance(employees > 500 ? REFUSING_SHARE * 1.6 : REFUSING_SHARE * 0.9),
    english: ENGLISH_INDUSTRIES.has(industry.name) && random.chance(0.3),
    families: pickSome(random, industry.families, random.int(1, 3)),
    intensity: employees ** 0.45 * Math.exp(1.1 * gaussian(random)),
    shape: slots.map((slot) => (slot.end <= foundedAt ? 0 : slot.weight * trend.curve(slot.t, phase))),
  };
}

/** The company's row in the companies import. */
export function companyRow(random: Random, company: Company): Record<string, string | number> {
  const { city, industry, name, employees, founded } = company;
  const row: Record<string, string | number> = {
    name,
    linkedin_url: `https://www.linkedin.com/company/${company.slug}`,
    website: `${company.slug}.nl`,
  };
  const size = employees <= 10 ? 'een klein team' : `ruim ${roughly(employees)} medewerkers`;
  const more = [
    () => `Het bedrijf is opgericht in ${founded} en telt ${size}.`,
    () => `Met ${size} zijn we actief in heel Nederland.`,
    () => `We zoeken regelmatig collega's als ${list(pickSome(random, industry.jobs, 2), 'en')}.`,
    () => `Sinds ${founded} een vertrouwde naam in ${city.province}.`,
  ];
  row.description = `${name} ${random.pick(industry.activities)} vanuit ${city.name}. ${random.pick(more)()}`;
  row.industry = industry.name;
  const place = random.next();
  if (place >= 0.05) {
    row.location = place < 0.11 ? `${city.name}, ${city.province}` : place < 0.125 && city.population > 240_000 ? `${city.name} Area` : city.name;
    row.headquarters = `${city.name}, ${city.province}`;
  } else if (place >= 0.03) {
    row.location = 'Nederland';
  }
  row.founded_year = founded;
  row.employee_count = employees;
  return row;
}

function uniqueName(random: Random, industry: Industry, city: City, used: Set<string>): string {
  const fill = (template: string) => {
    const [family, partner] = pickSome(random, LAST_NAMES, 2).map(capitalize);
    return template
      .replace('{Family2}', partner!)
      .replace('{Family}', family!)
      .replace('{Region}', random.pick(REGIONS))
      .replace('{City}', city.name)
      .replace('{Brand}', brand(random));
  };
  for (let attempt = 0; ; attempt++) {
    const template = random.pick(industry.names);
    let name = fill(template);
    if (attempt >= 30) name = `${name} ${attempt >= 60 ? attempt : city.name}`;
    const legal = random.next();
    if (!PUBLIC_NAME.test(name)) name += legal < 0.1 ? ' B.V.' : legal < 0.13 && template.includes('{Brand}') ? ' Nederland' : '';
    const key = slugify(name.replace(/ B\.V\.$/, ''));
    if (used.has(key)) continue;
    used.add(key);
    return name;
  }
}

/** A coined name like 'Nexora'; one vowel where syllables meet ('Opti' + 'io' → 'Optio'). */
function brand(random: Random): string {
  const start = random.pick(BRAND_SYLLABLES.starts);
  const end = random.pick(BRAND_SYLLABLES.ends);
  return /[aeiouy]$/.test(start) && /^[aeiouy]/.test(end) ? start + end.slice(1) : start + end;
}

function foundingYear(random: Random, industry: Industry, employees: number, thisYear: number): number {
  const from = industry.foundedFrom ?? 1880;
  const roll = random.next() * (employees > 500 ? 0.6 : 1); // large employers are mostly old ones
  const old = from < 1960 ? 0.12 : 0;
  const year = roll < old ? random.int(from, 1959) : roll < 0.45 ? random.int(Math.max(from, 1960), 1999) : random.int(2000, thisYear - 1);
  return Math.max(from, employees > 200 ? Math.min(year, thisYear - 6) : year);
}

