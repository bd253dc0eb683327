import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';

/** A timestamp column: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<Record<string, unknown>, string | Record<string, unknown> | undefined, never>;

export interface AgencyTable {
  id: Generated<string>;
  name: string;
  created_at: DefaultedTimestamp;
}

export interface BranchTable {
  agency_id: string;
  id: Generated<string>;
  name: string;
  created_at: DefaultedTimestamp;
}

export interface UserTable {
  agency_id: string;
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  role: 'admin' | 'manager' | 'recruiter' | 'viewer';
  branch_id: string | null;
  created_at: DefaultedTimestamp;
}

export interface GlobalCompanyTable {
  id: Generated<string>;
  name: string;
  linkedin_url: string | null;
  website_domain: string | null;
  description: string | null;
  industry: string | null;
  location: string | null;
  headquarters: string | null;
  founded_year: number | null;
  employee_count: number | null;
  linkedin_id: string | null;
  enriched_at: Timestamp | null;
  enrichment_source: string | null;
  /** 0–100, see domain/hotness.ts; refreshed when jobs are imported. */
  hotness: Generated<number>;
  open_jobs: Generated<number>;
  /** One of its jobs says agencies are not welcome. */
  no_agencies: Generated<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface JobTable {
  id: Generated<string>;
  global_company_id: string;
  title: string;
  description: string | null;
  location: string | null;
  skills: ColumnType<string[], string[] | undefined, string[]>;
  posted_at: Timestamp | null;
  closed_at: Timestamp | null;
  url: string | null;
  source: string;
  external_id: string;
  /** The text says agencies are not welcome (SPEC R9.5). */
  no_agencies: Generated<boolean>;
  created_at: DefaultedTimestamp;
}

export interface DecisionMakerTable {
  id: Generated<string>;
  global_company_id: string;
  name: string;
  title: string | null;
  linkedin_url: string | null;
  linkedin_verified: Generated<boolean>;
  relevance_score: number | null;
  relevance_reason: string | null;
  created_at: DefaultedTimestamp;
}

export interface CompanyTable {
  agency_id: string;
  id: Generated<string>;
  global_company_id: string;
  pipeline: Generated<string>;
  client_status: string;
  client_status_changed_at: Timestamp;
  owner_id: string | null;
  new_jobs_notifications: Generated<boolean>;
  favorited: Generated<boolean>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

/** Append-only: the database rejects UPDATE and DELETE. */
export interface ActivityTable {
  agency_id: string;
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  company_id: string;
  activity_type: string;
  description: string | null;
  old_status: string | null;
  new_status: string | null;
  extra_data: Json;
  user_id: string | null;
  created_at: ColumnType<Date, Date | string, never>;
}

export interface ContactTable {
  agency_id: string;
  id: Generated<string>;
  company_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedin_url: string | null;
  decision_maker_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GlobalCompanyViewTable {
  agency_id: string;
  user_id: string;
  global_company_id: string;
  last_viewed_at: Timestamp;
}

export interface SessionTable {
  token_hash: string;
  agency_id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiTokenTable {
  agency_id: string;
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface Database {
  agencies: AgencyTable;
  branches: BranchTable;
  users: UserTable;
  global_companies: GlobalCompanyTable;
  jobs: JobTable;
  decision_makers: DecisionMakerTable;
  companies: CompanyTable;
  client_company_activities: ActivityTable;
  contacts: ContactTable;
  global_company_views: GlobalCompanyViewTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
}

export type Db = Kysely<Database>;
/** A database handle or an open transaction: repository functions accept either. */
export type Executor = Db | Transaction<Database>;

export type CompanyRow = Selectable<CompanyTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type NewActivity = Insertable<ActivityTable>;
export type GlobalCompanyRow = Selectable<GlobalCompanyTable>;
export type ContactRow = Selectable<ContactTable>;
