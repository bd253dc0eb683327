import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Json, Timestamp } from '../platform/db/columns.js';

export type DossierKind = 'lead' | 'opportunity';

/** A lead or an opportunity (one table for both kinds: migration 2026-12-14T1000-dossiers says why). */
export interface DossierTable {
  agency_id: string;
  id: Generated<string>;
  kind: DossierKind;
  title: string;
  company_id: string | null;
  owner_id: string | null;
  branch_id: string | null;
  source: string | null;
  priority: string | null;
  category: string | null;
  /** EUR; numeric, read as text. */
  value: ColumnType<string | null, number | null | undefined, number | null>;
  expected_close_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** Stage columns: written by pipeline/stage-writer.ts alone. */
  pipeline_id: string;
  stage: string;
  stage_changed_at: Timestamp;
  resume_at: ColumnType<string | null, string | null | undefined, string | null>;
  field_values: ColumnType<Record<string, unknown>, string | undefined, string>;
  converted_from_id: string | null;
  converted_from_kind: ColumnType<string | null, never, never>;
  created_by: string | null;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

/** Append-only: the database rejects UPDATE and DELETE. Its seq is shared with client_company_activities. */
export interface DossierActivityTable {
  agency_id: string;
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  dossier_id: string;
  activity_type: string;
  description: string | null;
  old_status: string | null;
  new_status: string | null;
  extra_data: Json;
  user_id: string | null;
  pipeline_id: string | null;
  pipeline_version: number | null;
  created_at: ColumnType<Date, Date | string, never>;
}

export interface DossierContactRoleTable {
  agency_id: string;
  id: Generated<string>;
  name_nl: string;
  name_en: string;
  position: Generated<number>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** A value of an agency's source, priority or category list (migration 2026-12-15T1000-dossier-lists); dossiers store its key. */
export interface DossierListValueTable {
  agency_id: string;
  list: 'source' | 'priority' | 'category';
  key: string;
  name_nl: string;
  name_en: string;
  position: Generated<number>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface DossierContactTable {
  agency_id: string;
  dossier_id: string;
  contact_id: string;
  role_id: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface VacancyTable {
  agency_id: string;
  id: Generated<string>;
  title: string;
  company_id: string | null;
  job_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
}

/** At most one lead and one opportunity per vacancy (a unique key on vacancy and kind). */
export interface VacancyDossierTable {
  agency_id: string;
  vacancy_id: string;
  dossier_id: string;
  kind: DossierKind;
  created_at: Timestamp;
}

export type DossierRow = Selectable<DossierTable>;
export type DossierActivityRow = Selectable<DossierActivityTable>;
export type VacancyRow = Selectable<VacancyTable>;

export interface DossierTables {
  dossiers: DossierTable;
  dossier_activities: DossierActivityTable;
  dossier_contact_roles: DossierContactRoleTable;
  dossier_list_values: DossierListValueTable;
  dossier_contacts: DossierContactTable;
  vacancies: VacancyTable;
  vacancy_dossiers: VacancyDossierTable;
}
