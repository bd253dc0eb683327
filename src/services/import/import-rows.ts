import { z } from 'zod';
import { normalizeLinkedinUrl, normalizeWebsiteDomain } from '../../domain/normalize.js';

/*
 * The rows an import file may hold, as the files name their columns
 * (snake_case, the same in CSV and JSON Lines). Empty CSV cells count as absent.
 */

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const text = (max: number) => z.string().trim().min(1).max(max);
const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const date = z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'is not a date' });

const linkedin = z.string().transform((url, ctx) => {
  const normalized = normalizeLinkedinUrl(url);
  if (!normalized) ctx.addIssue({ code: 'custom', message: 'is not a LinkedIn URL' });
  return normalized ?? z.NEVER;
});
const website = z.string().transform((url, ctx) => {
  const normalized = normalizeWebsiteDomain(url);
  if (!normalized) ctx.addIssue({ code: 'custom', message: 'is not a website' });
  return normalized ?? z.NEVER;
});

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
    latitude: optional(z.coerce.number().min(-90).max(90)),
    longitude: optional(z.coerce.number().min(-180).max(180)),
  })
  .refine((row) => row.linkedin_url || row.website, { message: 'needs linkedin_url or website to tell the company apart' })
  .refine((row) => (row.latitude === undefined) === (row.longitude === undefined), { message: 'latitude and longitude come together' });

export const jobRow = z
  .object({
    company_linkedin_url: optional(linkedin),
    company_website: optional(website),
    title: text(500),
    description: optional(z.string().max(100_000)),
    location: optional(text(200)),
    skills: optional(
      z.union([z.array(text(100)).max(100), z.string().transform((s) => s.split(/[;|]/).map((x) => x.trim()).filter(Boolean))]),
    ),
    posted_at: optional(date),
    closed_at: optional(date),
    url: optional(z.string().url().max(2_000)),
    source: text(100),
    external_id: text(200),
  })
  .refine((row) => row.company_linkedin_url || row.company_website, { message: 'needs company_linkedin_url or company_website' });

const yesNo = z.union([
  z.boolean(),
  z.string().trim().toLowerCase().pipe(z.enum(['true', 'false', 'yes', 'no', 'ja', 'nee', '1', '0'])).transform((v) => ['true', 'yes', 'ja', '1'].includes(v)),
]);

export const decisionMakerRow = z
  .object({
    company_linkedin_url: optional(linkedin),
    company_website: optional(website),
    name: text(200),
    title: optional(text(300)),
    linkedin_url: optional(linkedin),
    linkedin_verified: optional(yesNo),
  })
  .refine((row) => row.company_linkedin_url || row.company_website, { message: 'needs company_linkedin_url or company_website' });

export type CompanyRow = z.output<typeof companyRow>;
export type JobRow = z.output<typeof jobRow>;
export type DecisionMakerRow = z.output<typeof decisionMakerRow>;

/** Why a row was refused, in one line: "name: too short; website: is not a website". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}
