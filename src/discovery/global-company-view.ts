import type { GlobalCompanyRow } from './discovery.tables.js';

/** The shared record of a real-world company. */
export interface GlobalCompanyView {
  id: string;
  name: string;
  linkedinUrl: string | null;
  websiteDomain: string | null;
  description: string | null;
  industry: string | null;
  location: string | null;
  headquarters: string | null;
  foundedYear: number | null;
  employeeCount: number | null;
  /** Whether the location is on the map (radius searches leave it out otherwise). */
  hasCoordinates: boolean;
  /** 0–100: how actively it hires now (domain/hotness.ts). */
  hotness: number;
  openJobs: number;
  /** One of its open jobs says agencies are not welcome (SPEC R9.5). */
  noAgencies: boolean;
  lastPostedAt: Date | null;
}

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
