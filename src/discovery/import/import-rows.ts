import { z } from 'zod';
import { hasOtherScheme, isWebUrl, normalizeLinkedinUrl, normalizeWebsiteDomain } from '../domain/normalize.js';
import { isStorableText } from '../domain/text.js';
import type { RejectionCode } from './rejections.js';

/*
 * The rows an import file may hold, as the files name their columns
 * (snake_case, the same in CSV and JSON Lines). Empty CSV cells and JSON
 * nulls count as absent.
 * Every check of our own carries its rejection code in `params.code`
 * (rejections.ts); zod's own issues are mapped there.
 */

const coded = (code: RejectionCode, params: Record<string, string> = {}) => ({ code, ...params });

// An empty CSV cell and a JSON null both mean "not given".
const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
// A NUL or half a character cannot be stored; other control characters are garbage from a broken export.
// Such a row is refused alone, not its batch.
const clean = <T extends z.ZodType<string, string>>(schema: T) =>
  schema.refine(isStorableText, { message: 'holds a control character or half of a character pair', params: coded('invalid_characters') });
const text = (max: number) => clean(z.string().trim().min(1).max(max));
// Numbers come as JSON numbers or as text; coercing true to 1 or [] to 0 would hide a wrong value.
const numeric = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? value : NaN);
const number = (min: number, max: number) => z.preprocess(numeric, z.coerce.number().min(min).max(max));
const whole = (min: number, max: number) => z.preprocess(numeric, z.coerce.number().int().min(min).max(max));
// Dates come as text (ISO 8601); a JSON number or boolean is not one. JavaScript reads years far beyond the
// ones a job can have (-000050, +275760) and PostgreSQL refuses some of them, so a date is within these.
const EARLIEST = new Date('1900-01-01T00:00:00Z');
const LATEST = new Date('2200-01-01T00:00:00Z');
const dateRange = { min: '1900-01-01', max: '2199-12-31' };
const date = z.unknown().transform((value, ctx) => {
  const parsed = typeof value === 'string' ? new Date(value.trim()) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) {
    if (parsed >= EARLIEST && parsed < LATEST) return parsed;
    ctx.addIssue({ code: 'custom', message: `is not between ${dateRange.min} and ${dateRange.max}`, params: coded('date_out_of_range', dateRange) });
    return z.NEVER;
  }
  ctx.addIssue({ code: 'custom', message: 'is not a date', params: coded('not_a_date') });
  return z.NEVER;
});

const linkedin = z.string().transform((url, ctx) => {
  const normalized = normalizeLinkedinUrl(url);
  if (!normalized) ctx.addIssue({ code: 'custom', message: 'is not a LinkedIn URL', params: coded('not_a_linkedin_url') });
  return normalized ?? z.NEVER;
});
const notHttp = { code: 'custom', message: 'is not an http(s) address', params: coded('not_an_http_url') } as const;
const website = z.string().transform((url, ctx) => {
  const normalized = normalizeWebsiteDomain(url);
  if (!normalized) ctx.addIssue(hasOtherScheme(url) ? notHttp : { code: 'custom', message: 'is not a website', params: coded('not_a_website') });
  return normalized ?? z.NEVER;
});
// Every agency opens a job's URL: only a web page (http or https), never javascript: or data:.
const webUrl = z
  .string()
  .trim()
  .max(2_000)
  .transform((url, ctx) => {
    if (isWebUrl(url)) return url;
    ctx.addIssue(URL.canParse(url) && !/^https?:/i.test(url) ? notHttp : { code: 'custom', message: 'is not a URL', params: coded('not_a_url') });
    return z.NEVER;
  });

// Jobs and decision makers name the company they belong to by one of these.
const companyIdentifier = coded('missing_identifier', { either: 'company_linkedin_url', or: 'company_website' });

export const companyRow = z
  .object({
    name: text(300),
    linkedin_url: optional(linkedin),
    website: optional(website),
    description: optional(text(20_000)),
    industry: optional(text(200)),
    location: optional(text(200)),
    headquarters: optional(text(200)),
    founded_year: optional(whole(1000, 2200)),
    employee_count: optional(whole(0, 10_000_000)),
    linkedin_id: optional(text(100)),
    latitude: optional(number(-90, 90)),
    longitude: optional(number(-180, 180)),
  })
  .refine((row) => row.linkedin_url || row.website, {
    message: 'needs linkedin_url or website to tell the company apart',
    params: coded('missing_identifier', { either: 'linkedin_url', or: 'website' }),
  })
  .refine((row) => (row.latitude === undefined) === (row.longitude === undefined), {
    message: 'latitude and longitude come together',
    params: coded('coordinates_incomplete'),
  });

export const jobRow = z
  .object({
    company_linkedin_url: optional(linkedin),
    company_website: optional(website),
    title: text(500),
    description: optional(clean(z.string().max(100_000))),
    location: optional(text(200)),
    skills: optional(
      z.union([z.array(text(100)).max(100), clean(z.string()).transform((s) => s.split(/[;|]/).map((x) => x.trim()).filter(Boolean))]),
    ),
    posted_at: optional(date),
    closed_at: optional(date),
    url: optional(webUrl),
    source: text(100),
    external_id: text(200),
  })
  .refine((row) => row.company_linkedin_url || row.company_website, { message: 'needs company_linkedin_url or company_website', params: companyIdentifier });

const YES = ['true', 'yes', 'ja', '1'];
const NO = ['false', 'no', 'nee', '0'];
// One check rather than a union, so a wrong value gets one clear issue.
const yesNo = z.unknown().transform((value, ctx) => {
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (word !== undefined && YES.includes(word)) return true;
  if (word !== undefined && NO.includes(word)) return false;
  ctx.addIssue({ code: 'custom', message: 'is not yes or no (true/false, yes/no, ja/nee, 1/0)', params: coded('not_yes_no') });
  return z.NEVER;
});

export const decisionMakerRow = z
  .object({
    company_linkedin_url: optional(linkedin),
    company_website: optional(website),
    name: text(200),
    title: optional(text(300)),
    linkedin_url: optional(linkedin),
    linkedin_verified: optional(yesNo),
  })
  .refine((row) => row.company_linkedin_url || row.company_website, { message: 'needs company_linkedin_url or company_website', params: companyIdentifier });

export type CompanyRow = z.output<typeof companyRow>;
export type JobRow = z.output<typeof jobRow>;
export type DecisionMakerRow = z.output<typeof decisionMakerRow>;

/** Why a row was refused, in one line: "name: too short; website: is not a website". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}
