import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { detectNoAgencies } from '../../src/discovery/domain/no-agencies.js';
import { normalizeLinkedinUrl, normalizeWebsiteDomain } from '../../src/discovery/domain/normalize.js';
import { DUTCH_PLACES, placeOfLocation, type Place } from '../../src/discovery/domain/places.js';
import {
  AGENCY_MENTION, BENCH_INDUSTRIES, BENEFITS, BRAND_ENDS, BRAND_STARTS, COMPANY_SENTENCES, FAMILY_NAMES, GENERIC_SKILLS,
  JOB_SENTENCES, JOB_SOURCES, LEGAL_FORMS, LEVELS, NO_AGENCY_LINES, REGIONS,
} from './market-vocabulary.js';
import { DAY_MS } from '../../src/platform/time/days.js';

/*
 * A generated Dutch job market for bench/import and bench/search: companies
 * and the jobs they posted over the last 24 months, as import files have
 * them (docs/import.md) and as table rows for COPY. The same options give the
 * same rows, byte for byte.
 */

export interface MarketOptions {
  companies: number;
  jobs: number;
  /** The moment the data describes: postings lie in the 24 months before it. */
  now: Date;
  seed?: number;
}

/** A company row of an import file (docs/import.md column names). */
export interface CompanyRecord {
  name: string;
  linkedin_url?: string;
  website?: string;
  description: string;
  industry: string;
  location?: string;
  founded_year: number;
  employee_count: number;
}

/** A job row of an import file. */
export interface JobRecord {
  company_linkedin_url?: string;
  company_website?: string;
  title: string;
  description: string;
  location: string;
  skills: string[];
  posted_at: string;
  closed_at?: string;
  url: string;
  source: string;
  external_id: string;
}

export interface MarketCompany {
  /** Its id in the COPY baseline (the import lets the database choose). */
  id: string;
  record: CompanyRecord;
  industry: number;
  city: Place;
  /** It ends all its vacancies with a line that turns agencies away. */
  refusesAgencies: boolean;
}

export interface Market {
  options: Required<MarketOptions>;
  companies: readonly MarketCompany[];
  /** The jobs in file order (scrape order: companies interleaved), generated afresh on each call. */
  jobs(): Generator<{ company: number; record: JobRecord }>;
}

const HISTORY_DAYS = 730;

/** A small, fast, seedable PRNG (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** Standard normal (Box–Muller). */
const gaussian = (rng: () => number) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

/** Picks indexes in proportion to their weights, by binary search on the running totals. */
function weighted(weights: readonly number[]): (rng: () => number) => number {
  const totals = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, i) => (totals[i] = sum += weight));
  return (rng) => {
    const target = rng() * sum;
    let low = 0;
    let high = totals.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (totals[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

const CITIES = DUTCH_PLACES.filter((place) => place.kind === 'city');
const pickCity = weighted(CITIES.map((city) => city.population));
const pickIndustry = weighted(BENCH_INDUSTRIES.map((industry) => industry.weight));

const slug = (text: string) =>
  text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function uuid(rng: () => number): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(rng() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rng() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function companyName(rng: () => number, industry: (typeof BENCH_INDUSTRIES)[number], city: Place): string {
  const word = pick(rng, industry.nameWords);
  const brand = pick(rng, BRAND_STARTS) + pick(rng, BRAND_ENDS);
  const choice = rng();
  const base =
    choice < 0.35 ? `${brand} ${word}` : choice < 0.55 ? `${word} ${pick(rng, REGIONS)}` : choice < 0.75 ? `${pick(rng, FAMILY_NAMES)} ${word}` : `${word} ${city.name}`;
  return rng() < 0.4 ? `${base} ${pick(rng, LEGAL_FORMS)}` : base;
}

function companyLocation(rng: () => number, city: Place): string | undefined {
  const choice = rng();
  if (choice < 0.04) return undefined;
  if (choice < 0.05) return 'Nederland'; // a location without coordinates
  if (choice < 0.1) return `${city.name}, ${city.province ?? 'Nederland'}`;
  if (choice < 0.13) return `${city.name} en omgeving`;
  return city.name;
}

/** Generates the companies; jobs come lazily from `jobs()`. */
export function createMarket(options: MarketOptions): Market {
  const settings = { seed: 20261123, ...options };
  const rng = random(settings.seed);
  const ids = random(settings.seed ^ 0x5eed);
  const companies: MarketCompany[] = [];
  // Jobs per company: about a tenth never post, the rest log-normally (most a handful, the largest employers hundreds).
  const weights: number[] = [];
  for (let n = 0; n < settings.companies; n++) {
    const industry = pickIndustry(rng);
    const spec = BENCH_INDUSTRIES[industry]!;
    const city = CITIES[pickCity(rng)]!;
    const name = companyName(rng, spec, city);
    const handle = `${slug(name)}-${n.toString(36)}`;
    const identity = rng();
    const hasLinkedin = identity < 0.95;
    const hasWebsite = identity < 0.85 || identity >= 0.95;
    const location = companyLocation(rng, city);
    const sentences = Array.from({ length: 2 + Math.floor(rng() * 3) }, () => pick(rng, COMPANY_SENTENCES));
    const record: CompanyRecord = {
      name,
      ...(hasLinkedin ? { linkedin_url: rng() < 0.8 ? `https://www.linkedin.com/company/${handle}` : `https://nl.linkedin.com/company/${handle}/` } : {}),
      ...(hasWebsite ? { website: rng() < 0.7 ? `https://www.${handle}.nl` : `${handle}.nl` } : {}),
      description: `${name} ${pick(rng, spec.activities)} vanuit ${city.name}. ${sentences.join(' ')}`,
      industry: spec.name,
      ...(location ? { location } : {}),
      founded_year: 1900 + Math.floor(rng() * 126),
      employee_count: Math.max(1, Math.round(Math.exp(3 + 1.6 * gaussian(rng)))),
    };
    companies.push({ id: uuid(ids), record, industry, city, refusesAgencies: rng() < 0.04 });
    weights.push(rng() < 0.1 ? 0 : Math.exp(1.2 * gaussian(rng)));
  }
  const pickCompany = weighted(weights);

  function* jobs(): Generator<{ company: number; record: JobRecord }> {
    const rng = random(settings.seed + 1);
    const now = settings.now.getTime();
    for (let n = 0; n < settings.jobs; n++) {
      const index = pickCompany(rng);
      const company = companies[index]!;
      const spec = BENCH_INDUSTRIES[company.industry]!;
      const title = rng() < 0.5 ? `${pick(rng, LEVELS)} ${pick(rng, spec.titles)}` : pick(rng, spec.titles);
      const skills = new Set<string>();
      const wanted = 2 + Math.floor(rng() * 4);
      while (skills.size < wanted) skills.add(rng() < 0.75 ? pick(rng, spec.skills) : pick(rng, GENERIC_SKILLS));
      const skillList = [...skills];
      // More postings lately than two years ago; recent ones mostly still open.
      const age = HISTORY_DAYS * DAY_MS * rng() ** 1.2;
      const posted = Math.floor((now - age) / 1000) * 1000;
      const open = rng() < (age < 60 * DAY_MS ? 0.9 : 0.7 * Math.exp(-(age - 60 * DAY_MS) / (350 * DAY_MS)));
      const closed = open
        ? rng() < 0.1 ? posted + Math.floor(age + 30 * DAY_MS * rng()) + DAY_MS : undefined // a stated deadline still ahead
        : posted + Math.floor(Math.min(age, 90 * DAY_MS) * rng());
      const fill = (sentence: string) =>
        sentence.replace('{title}', title.toLowerCase()).replace('{company}', company.record.name).replace('{city}', company.city.name).replace('{skill}', pick(rng, skillList));
      const paragraphs = [
        Array.from({ length: 3 + Math.floor(rng() * 3) }, () => fill(pick(rng, JOB_SENTENCES))).join(' '),
        `Wij bieden ${pick(rng, BENEFITS)}, ${pick(rng, BENEFITS)} en ${pick(rng, BENEFITS)}. Vaardigheden: ${skillList.join(', ')}.`,
      ];
      const ending = rng();
      if (company.refusesAgencies || ending < 0.01) paragraphs.push(pick(rng, NO_AGENCY_LINES));
      else if (ending < 0.04) paragraphs.push(AGENCY_MENTION);
      const source = JOB_SOURCES[n % JOB_SOURCES.length]!;
      const externalId = (1_000_000 + n * 7919).toString();
      const { linkedin_url, website } = company.record;
      yield {
        company: index,
        record: {
          ...(linkedin_url ? { company_linkedin_url: linkedin_url } : { company_website: website! }),
          title,
          description: paragraphs.join('\n'),
          location: company.city.name,
          skills: skillList,
          posted_at: new Date(posted).toISOString(),
          ...(closed !== undefined ? { closed_at: new Date(closed).toISOString() } : {}),
          url: `https://www.${source}.nl/vacature/${externalId}`,
          source,
          external_id: externalId,
        },
      };
    }
  }

  return { options: settings, companies, jobs };
}

/** Table columns the COPY baseline fills, in file order. */
export const COPY_COLUMNS = {
  global_companies: ['id', 'name', 'linkedin_url', 'website_domain', 'description', 'industry', 'location', 'founded_year', 'employee_count', 'latitude', 'longitude'],
  jobs: ['global_company_id', 'title', 'description', 'location', 'skills', 'posted_at', 'closed_at', 'url', 'source', 'external_id', 'no_agencies'],
} as const;

const COMPANY_FILE_COLUMNS = ['name', 'linkedin_url', 'website', 'description', 'industry', 'location', 'founded_year', 'employee_count'] as const;
const JOB_FILE_COLUMNS = ['company_linkedin_url', 'company_website', 'title', 'description', 'location', 'skills', 'posted_at', 'closed_at', 'url', 'source', 'external_id'] as const;

export type FileFormat = 'csv' | 'jsonl';

export interface MarketFiles {
  /** The rows as table rows, for COPY (CSV with a header). */
  copyCompanies: string;
  copyJobs: string;
  /** The same rows as import files, as a data source delivers them; absent when not asked for. */
  import?: { companies: string; jobs: string; format: FileFormat };
}

/** A CSV cell: empty for absent (COPY reads that as NULL), quoted when it must be. */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (values: readonly (string | number | boolean | null | undefined)[]) => `${values.map(cell).join(',')}\n`;

/** A PostgreSQL array literal: {Java,"Node.js","Code 95"}. */
const pgArray = (items: readonly string[]) => `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** Appends to a file through a buffer: one write per megabyte. */
class Writer {
  private readonly fd: number;
  private buffer = '';
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(text: string) {
    this.buffer += text;
    if (this.buffer.length > 1 << 20) this.flush();
  }
  flush() {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes the market into `dir`: the COPY files and, given a format, the
 * import files. Derived columns (normalised URLs, coordinates, no_agencies)
 * are computed with the domain functions the import uses, so both ways load
 * the same rows.
 */
export function writeMarketFiles(market: Market, dir: string, format?: FileFormat): MarketFiles {
  mkdirSync(dir, { recursive: true });
  const files: MarketFiles = {
    copyCompanies: join(dir, 'companies.copy.csv'),
    copyJobs: join(dir, 'jobs.copy.csv'),
    ...(format ? { import: { companies: join(dir, `companies.${format}`), jobs: join(dir, `jobs.${format}`), format } } : {}),
  };
  const fileRow = (columns: readonly string[], record: Record<string, unknown>) => {
    if (format === 'jsonl') return `${JSON.stringify(record)}\n`;
    return csvLine(columns.map((column) => {
      const value = record[column];
      return Array.isArray(value) ? value.join(';') : (value as string | number | undefined);
    }));
  };

  const companies = files.import && new Writer(files.import.companies);
  const copyCompanies = new Writer(files.copyCompanies);
  if (format === 'csv') companies!.write(csvLine(COMPANY_FILE_COLUMNS));
  copyCompanies.write(csvLine(COPY_COLUMNS.global_companies));
  for (const company of market.companies) {
    const r = company.record;
    companies?.write(fileRow(COMPANY_FILE_COLUMNS, { ...r }));
    const place = r.location === undefined ? undefined : placeOfLocation(r.location);
    copyCompanies.write(csvLine([
      company.id, r.name, r.linkedin_url && normalizeLinkedinUrl(r.linkedin_url), r.website && normalizeWebsiteDomain(r.website),
      r.description, r.industry, r.location, r.founded_year, r.employee_count, place?.latitude, place?.longitude,
    ]));
  }
  companies?.close();
  copyCompanies.close();

  const jobs = files.import && new Writer(files.import.jobs);
  const copyJobs = new Writer(files.copyJobs);
  if (format === 'csv') jobs!.write(csvLine(JOB_FILE_COLUMNS));
  copyJobs.write(csvLine(COPY_COLUMNS.jobs));
  for (const { company, record: r } of market.jobs()) {
    jobs?.write(fileRow(JOB_FILE_COLUMNS, { ...r }));
    copyJobs.write(csvLine([
      market.companies[company]!.id, r.title, r.description, r.location, pgArray(r.skills), r.posted_at, r.closed_at, r.url, r.source,
      r.external_id, detectNoAgencies(`${r.title}\n${r.description}`) !== null,
    ]));
  }
  jobs?.close();
  copyJobs.close();
  return files;
}
