import { DUTCH_PLACES, type Place } from '../discovery/domain/index.js';
import {
  BENEFITS,
  BRAND_SYLLABLES,
  CALLS_TO_ACTION,
  FULL_TIME_HOURS,
  FIRST_NAMES,
  GENERIC_FAMILIES,
  INDUSTRIES,
  LAST_NAMES,
  NO_AGENCY_LINES,
  PART_TIME_HOURS,
  REGIONS,
  TASKS,
  TITLES,
  TASKS_EN,
  type Industry,
  type JobFamily,
} from './dutch-market.js';
import { Random } from './random.js';

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

/**
 * Relative number of vacancies posted per calendar month (January first),
 * averaging 1. Dutch hiring peaks after the new year (budgets are fresh)
 * and again after the summer; it dips in July–August (bouwvak and school
 * holidays) and in late December, which the day picker thins out further.
 */
export const MONTH_WEIGHTS = [1.3, 1.25, 1.2, 1.05, 1.0, 0.95, 0.6, 0.7, 1.2, 1.15, 1.0, 0.6] as const;

/** Vacancies per company over the 24 months, on average; a few post dozens, most a handful. */
const JOBS_PER_COMPANY = 10;
/** Share of companies whose vacancies turn agencies away. */
const REFUSING_SHARE = 0.06;
const DAY = 86_400_000;
const MONTHS = 24;
/** The `source` of every market job; with `external_id` it names the job. */
const MARKET_SOURCE = 'demo';

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

const PART_TIME_INDUSTRIES = new Set(['Hospitals and Health Care', 'Mental Health Care', 'Primary and Secondary Education', 'Hospitality', 'Retail', 'Non-profit Organizations']);
const ENGLISH_INDUSTRIES = new Set(['Software Development', 'IT Services and IT Consulting', 'Semiconductor Manufacturing', 'Pharmaceutical Manufacturing', 'Business Consulting and Services', 'Financial Services']);
const VOG_INDUSTRIES = new Set(['Hospitals and Health Care', 'Mental Health Care', 'Primary and Secondary Education', 'Government Administration', 'Facilities Services', 'Non-profit Organizations']);
const PUBLIC_NAME = /^(Gemeente|Stichting|Hogeschool|Universiteit|Waterschap|Omgevingsdienst|Veiligheidsregio|Regionale|Werkbedrijf|Vereniging|Onderlinge|Scholengroep|Lyceum|GGZ|Welzijn|Zorggroep|Woonstichting|Thuiszorg)\b/;

type City = Place & { province: string };
const CITY_PLACES = DUTCH_PLACES.filter((place): place is City => place.kind === 'city' && place.province !== null);
/** Where employers cluster beyond what population explains: the capital and Brainport. */
const BUSINESS_HUBS: Readonly<Record<string, number>> = { Amsterdam: 1.3, Eindhoven: 1.6, Utrecht: 1.15 };
/** Companies cluster where people live, and more than proportionally in the big cities. */
const pickCity = weighted(CITY_PLACES, (city) => city.population ** 1.4 * (BUSINESS_HUBS[city.name] ?? 1));
const pickIndustry = weighted(INDUSTRIES, (industry) => industry.weight);
const pickBand = weighted(SIZE_BANDS, (band) => band.share);
const pickTrend = weighted(TRENDS, (trend) => trend.share);
const HUBS = new Map(INDUSTRIES.map((industry) => [industry.name, CITY_PLACES.filter((city) => industry.hubs?.includes(city.name))]));

interface Company {
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
  /** Relative hiring intensity; scaled to JOBS_PER_COMPANY over all companies. */
  intensity: number;
  /** Expected postings per month slot before scaling. */
  shape: number[];
}

interface MonthSlot {
  start: number;
  end: number;
  weight: number;
  /** Position in the window, 0 (two years ago) to 1 (now). */
  t: number;
}

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
  for (let i = 0; i < options.companies; i++) {
    const industry = pickIndustry(random);
    const hubs = HUBS.get(industry.name) ?? [];
    const city = hubs.length && random.chance(0.3) ? random.pick(hubs) : pickCity(random);
    const name = uniqueName(random, industry, city, used);
    const band = pickBand(random);
    const smallest = industry.minEmployees ?? 2;
    const drawn = logUniform(random, band.min, band.max);
    const employees = drawn >= smallest ? drawn : logUniform(random, smallest, smallest * 5);
    const founded = foundingYear(random, industry, employees, options.now.getUTCFullYear());
    const foundedAt = Date.UTC(founded, random.int(0, 11));
    const trend = pickTrend(random);
    const phase = random.next();
    companies.push({
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
    });
  }
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

function companyRow(random: Random, company: Company): Record<string, string | number> {
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

function decisionMakers(random: Random, company: Company, before: number): Record<string, string | boolean>[] {
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

function job(
  random: Random,
  company: Company,
  postedAt: number,
  now: number,
  number: number,
  recruiter: Record<string, string | boolean> | undefined,
): Record<string, string | string[]> {
  const { industry } = company;
  const roll = random.next();
  const family = roll < 0.15 ? random.pick(GENERIC_FAMILIES) : roll < 0.85 ? random.pick(company.families) : random.pick(industry.families);
  const base = random.pick(family.titles);
  const level = family.levels ? seniority(random, base) : '';
  const skills = pickSome(random, family.skills, random.int(2, Math.min(5, family.skills.length)));
  const where = random.next();
  const location =
    where < (company.employees > 200 ? 0.7 : 0.85)
      ? company.city.name
      : where < 0.96
        ? pickCity(random).name
        : where < 0.985
          ? 'Nederland'
          : `${company.city.name}, ${company.city.province}`;
  const flourish = company.english ? 0 : random.next();
  const suffix = flourish < 0.85 ? '' : flourish < 0.92 ? ' (32-40 uur)' : flourish < 0.95 ? ' (m/v/x)' : ` | ${location}`;
  const title = `${level}${base}${suffix}`;
  const multiplier = level === 'Junior ' ? 0.8 : level === 'Senior ' ? 1.3 : 1;
  const pay = [family.pay[0], family.pay[1]].map((euros) => Math.round((euros * multiplier) / 100) * 100) as [number, number];
  const description = company.english
    ? englishDescription(random, company, `${level}${base}`, location, skills, pay)
    : dutchDescription(random, company, `${level}${base}`, location, skills, pay, recruiter);
  const closing = company.refusesAgencies && random.chance(0.9) ? ` ${random.pick(company.english ? NO_AGENCY_LINES.en : NO_AGENCY_LINES.nl)}` : '';
  const host = company.employees > 500 && random.chance(0.6) ? 'werkenbij' : 'www';
  const row: Record<string, string | string[]> = {
    company_linkedin_url: `https://www.linkedin.com/company/${company.slug}`,
    title,
    description: description + closing,
    location,
    skills,
    posted_at: new Date(postedAt).toISOString(),
    url: `https://${host}.${company.slug}.nl/vacatures/${slugify(base)}-${number}`,
    source: MARKET_SOURCE,
    external_id: `demo-${number}`,
  };
  // Most vacancies close within one to two months; a few stay open for a year ("evergreen").
  const days = random.chance(0.04) ? random.int(150, 500) : Math.max(3, 35 * Math.exp(0.75 * gaussian(random)));
  const closedAt = Math.floor((postedAt + days * DAY + random.int(0, 23) * 3_600_000) / 1000) * 1000;
  if (closedAt < now) row.closed_at = new Date(closedAt).toISOString();
  return row;
}

function dutchDescription(
  random: Random,
  company: Company,
  title: string,
  location: string,
  skills: readonly string[],
  [low, high]: [number, number],
  recruiter: Record<string, string | boolean> | undefined,
): string {
  const { industry, name } = company;
  const intro = [
    () => `Voor onze vestiging in ${location} zoeken wij een ${title}.`,
    () => `${name} zoekt een enthousiaste ${title} in ${location}.`,
    () => `Ben jij de ${title} die ons team in ${location} komt versterken?`,
    () => `Wil jij als ${title} het verschil maken bij ${name}?`,
  ][random.int(0, 3)]!();
  const task = random.pick(TASKS);
  const extra = /Accountmanager|Sales|Business Developer|Vertegenwoordiger/.test(title)
    ? ' Acquisitie van nieuwe klanten is een belangrijk deel van je werk.'
    : industry.name === 'Construction' || industry.name === 'Civil Engineering'
      ? ' Je werkt nauw samen met architecten, ingenieursbureaus en onderaannemers.'
      : '';
  const education = high >= 4_500 ? 'Je hebt een afgeronde hbo- of wo-opleiding' : high >= 3_600 ? 'Je hebt hbo-werk- en denkniveau' : 'Je hebt een afgeronde mbo-opleiding of ervaring in een vergelijkbare functie';
  const years = title.startsWith('Junior') ? 'en bent net afgestudeerd of hebt een eerste baan achter de rug' : title.startsWith('Senior') ? 'en minimaal vijf jaar relevante ervaring' : 'en een paar jaar relevante ervaring';
  const hours = random.pick(PART_TIME_INDUSTRIES.has(industry.name) && random.chance(0.6) ? PART_TIME_HOURS : FULL_TIME_HOURS);
  const [a, b, c] = pickSome(random, BENEFITS, 3);
  const contact = recruiter && random.chance(0.5) ? `Vragen? Neem contact op met ${recruiter.name}, ${recruiter.title}.` : random.pick(CALLS_TO_ACTION);
  const vog = VOG_INDUSTRIES.has(industry.name) ? ' Een VOG is onderdeel van de procedure.' : '';
  return [
    `${intro} ${name} ${random.pick(industry.activities)}.`,
    `Wat ga je doen? Als ${title} ${task}.${extra} Je rapporteert aan ${reportsTo(random.pick(industry.managers))}.`,
    `Wat vragen wij? ${education} ${years}. Je hebt ervaring met ${list(skills, 'en')}.`,
    `Wat bieden wij? Een salaris van €${euros(low)} tot €${euros(high)} bruto per maand bij ${hours} per week, ${a}, ${b} en ${c}.`,
    `${contact}${vog}`,
  ].join('\n\n');
}

function englishDescription(random: Random, company: Company, title: string, location: string, skills: readonly string[], [low, high]: [number, number]): string {
  const { industry, name } = company;
  return [
    `${name} is looking for a ${title} in ${location}. We work in ${industry.name.toLowerCase()} and serve customers across Europe.`,
    `What you'll do: ${random.pick(TASKS_EN)}. You report to the ${random.pick(industry.managers)}.`,
    `What we ask: ${title.startsWith('Senior') ? 'at least five years' : 'a few years'} of experience with ${list(skills, 'and')}. Fluent English; Dutch is a plus.`,
    `What we offer: €${euros(low)} to €${euros(high)} gross per month, 8% holiday allowance, a good pension plan and room to grow.`,
    'Interested? Apply via the button below.',
  ].join('\n\n');
}

/** Month slots covering the 24 months before `now`; the first and last are partial. */
function monthSlots(now: Date): MonthSlot[] {
  const end = now.getTime();
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - MONTHS);
  const from = start.getTime();
  const slots: MonthSlot[] = [];
  for (let year = start.getUTCFullYear(), month = start.getUTCMonth(); Date.UTC(year, month) < end; month++) {
    const monthStart = Date.UTC(year, month);
    const monthEnd = Date.UTC(year, month + 1);
    const slotStart = Math.max(monthStart, from);
    const slotEnd = Math.min(monthEnd, end);
    const covered = (slotEnd - slotStart) / (monthEnd - monthStart);
    const t = ((slotStart + slotEnd) / 2 - from) / (end - from);
    if (slotEnd > slotStart) slots.push({ start: slotStart, end: slotEnd, weight: MONTH_WEIGHTS[new Date(monthStart).getUTCMonth()]! * covered, t });
  }
  return slots;
}

/** A posting moment in the slot: on a working day, in office hours, rarely between Christmas and New Year. */
function postingTime(random: Random, slot: MonthSlot, now: number): number {
  let time = slot.start;
  for (let attempt = 0; attempt < 12; attempt++) {
    time = slot.start + random.next() * (slot.end - slot.start);
    const date = new Date(time);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const holidays = date.getUTCMonth() === 11 && date.getUTCDate() >= 20;
    if ((!weekend || random.chance(0.1)) && (!holidays || random.chance(0.3))) break;
  }
  const day = new Date(time);
  const office = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), random.int(6, 15), random.int(0, 59), random.int(0, 59));
  return office >= slot.start && office < Math.min(slot.end, now) ? office : time;
}

function seniority(random: Random, title: string): string {
  if (/Trainee|Assistent|Director|Head|Registeraccountant|Qualified|Senior|Junior|Stagiaire|Eerste/.test(title)) return '';
  const roll = random.next();
  if (roll < 0.22) return 'Senior ';
  if (/Manager|Architect|Lead|Hoofd|Controller|Scientist/.test(title)) return '';
  return roll < 0.32 ? 'Medior ' : roll < 0.44 ? 'Junior ' : '';
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

/** A picker that draws items in proportion to their weight. */
function weighted<T>(items: readonly T[], weight: (item: T) => number): (random: Random) => T {
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
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return k;
}

function logUniform(random: Random, min: number, max: number): number {
  const value = Math.round(Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min))));
  return value > 1_000 ? Math.round(value / 10) * 10 : value;
}

function roughly(count: number): number {
  const step = count < 100 ? 5 : count < 1_000 ? 50 : 500;
  return Math.max(step, Math.floor(count / step) * step);
}

const slugs = new Map<string, string>();

/** `'s-Hertogenbosch Zorg & Welzijn` → `s-hertogenbosch-zorg-en-welzijn`. */
function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = slugOf(text);
    if (slugs.size < 50_000) slugs.set(text, slug);
  }
  return slug;
}

function slugOf(text: string): string {
  return text
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'en')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const reportsTo = (manager: string) => (/^Hoofd\b/.test(manager) ? `het ${manager}` : `de ${manager}`);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const euros = (amount: number) => String(amount).replace(/\B(?=(\d{3})+$)/g, '.');
const list = (items: readonly string[], and: string) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : (items[0] ?? ''));
