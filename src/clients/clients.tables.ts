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

export type ContactRow = Selectable<ContactTable>;

export interface ClientsTables {
  contacts: ContactTable;
}
