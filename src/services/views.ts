import type { ActivityRow, CompanyRow, ContactRow, GlobalCompanyRow } from '../db/schema.js';

/** A timeline entry as use cases return it. */
export interface ActivityView {
  id: string;
  companyId: string;
  type: string;
  description: string | null;
  oldStatus: string | null;
  newStatus: string | null;
  extraData: Record<string, unknown>;
  /** Null for automatic changes. */
  userId: string | null;
  /** True when the system made the change on its own. */
  automatic: boolean;
  createdAt: Date;
}

/** A timeline entry with the name of who made it (null for the system). */
export interface TimelineEntry extends ActivityView {
  userName: string | null;
}

export function toActivityView(row: ActivityRow): ActivityView {
  return {
    id: row.id,
    companyId: row.company_id,
    type: row.activity_type,
    description: row.description,
    oldStatus: row.old_status,
    newStatus: row.new_status,
    extraData: row.extra_data,
    userId: row.user_id,
    automatic: row.extra_data.automatic === true,
    createdAt: row.created_at,
  };
}

/** An agency's relationship record as use cases return it. */
export interface CompanyView {
  id: string;
  globalCompanyId: string;
  pipeline: string;
  status: string;
  statusChangedAt: Date;
  ownerId: string | null;
  favorited: boolean;
  newJobsNotifications: boolean;
  createdAt: Date;
  createdBy: string | null;
}

export function toCompanyView(row: CompanyRow): CompanyView {
  return {
    id: row.id,
    globalCompanyId: row.global_company_id,
    pipeline: row.pipeline,
    status: row.client_status,
    statusChangedAt: row.client_status_changed_at,
    ownerId: row.owner_id,
    favorited: row.favorited,
    newJobsNotifications: row.new_jobs_notifications,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

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

/** A person at a company the agency can reach. */
export interface ContactView {
  id: string;
  companyId: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  decisionMakerId: string | null;
  createdAt: Date;
}

export function toContactView(row: ContactRow): ContactView {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    linkedinUrl: row.linkedin_url,
    decisionMakerId: row.decision_maker_id,
    createdAt: row.created_at,
  };
}
