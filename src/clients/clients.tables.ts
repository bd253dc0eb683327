import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp } from '../platform/db/columns.js';

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
  /** Generated: the name folded (fold_text), trigram-indexed, for global search (discovery text-search.ts). */
  search_name: ColumnType<string, never, never>;
}

/** A saved view of the companies page: filter, sort and columns, the user's own or shared with the agency. */
export interface CompanyViewTable {
  agency_id: string;
  id: Generated<string>;
  user_id: string;
  name: string;
  shared: boolean;
  settings: ColumnType<Record<string, unknown>, string, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ContactRow = Selectable<ContactTable>;
export type CompanyViewRow = Selectable<CompanyViewTable>;

export interface ClientsTables {
  contacts: ContactTable;
  company_views: CompanyViewTable;
}
