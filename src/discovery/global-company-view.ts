import type { z } from 'zod';
import type { globalCompanySchema } from './discovery.schemas.js';
import type { GlobalCompanyRow } from './discovery.tables.js';

/** The shared record of a real-world company. */
export type GlobalCompanyView = z.output<typeof globalCompanySchema>;

/** The columns a GlobalCompanyView is made of (not the search vector). */
export const GLOBAL_COMPANY_COLUMNS = [
  'id',
  'name',
  'linkedin_url',
  'website_domain',
  'description',
  'industry',
  'location',
  'headquarters',
  'founded_year',
  'employee_count',
  'latitude',
  'hotness',
  'open_jobs',
  'no_agencies',
  'last_posted_at',
] as const satisfies readonly (keyof GlobalCompanyRow)[];

export function toGlobalCompanyView(row: Pick<GlobalCompanyRow, (typeof GLOBAL_COMPANY_COLUMNS)[number]>): GlobalCompanyView {
  return {
    id: row.id,
    name: row.name,
    linkedinUrl: row.linkedin_url,
    websiteDomain: row.website_domain,
    description: row.description,
    industry: row.industry,
    location: row.location,
    headquarters: row.headquarters,
    foundedYear: row.founded_year,
    employeeCount: row.employee_count,
    hasCoordinates: row.latitude !== null,
    hotness: row.hotness,
    openJobs: row.open_jobs,
    noAgencies: row.no_agencies,
    lastPostedAt: row.last_posted_at,
  };
}
