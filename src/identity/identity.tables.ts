import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, DefaultedTimestamp } from '../platform/db/columns.js';
import type { RoleKey } from './domain/roles.js';

export interface AgencyTable {
  id: Generated<string>;
  name: string;
  /** The one platform agency: its users are the operators (create-operator.ts); it owns no pipeline data. */
  platform: Generated<boolean>;
  /** The dossier kinds the agency works with; one left out is switched off for everyone (SPEC R4.7). */
  dossier_kinds: ColumnType<string[], string[] | undefined, string[]>;
  created_at: DefaultedTimestamp;
}

/** A role of the agency: the four built-in ones (read-only) and its own (SPEC R4.7). */
export interface AgencyRoleTable {
  agency_id: string;
  id: Generated<string>;
  key: string;
  name_nl: string;
  name_en: string;
  built_in: Generated<boolean>;
  /** Permission names, checked against the code's list when saved (domain/roles.ts AGENCY_PERMISSIONS). */
  permissions: ColumnType<string[], string[], string[]>;
  created_at: DefaultedTimestamp;
}

export interface BranchTable {
  agency_id: string;
  id: Generated<string>;
  name: string;
  created_at: DefaultedTimestamp;
  /** Set when an admin archived it: no longer offered, its users and records keep it. */
  archived_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface UserTable {
  agency_id: string;
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  /** A role of the agency (agency_roles.key), or `operator` in the platform agency. */
  role: RoleKey;
  branch_id: string | null;
  created_at: DefaultedTimestamp;
  /** Set when an admin deactivated the user: no login, no session or token works. */
  deactivated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The UI language the user chose (My profile); null: the browser's. */
  language: ColumnType<UiLanguage | null, UiLanguage | null | undefined, UiLanguage | null>;
  /** Their latest login (a password login or an accepted invite); null before the first. */
  last_login_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export type UiLanguage = 'nl' | 'en';

/** A one-time invite to join an agency; only the hash of its secret is stored. */
export interface InviteTable {
  agency_id: string;
  id: Generated<string>;
  email: string;
  /** The name the admin suggested; the invitee sets their own on accepting. */
  name: string | null;
  role: RoleKey;
  token_hash: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  /** The user the invite became. */
  user_id: string | null;
  revoked_at: Timestamp | null;
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

export interface IdentityTables {
  agencies: AgencyTable;
  branches: BranchTable;
  agency_roles: AgencyRoleTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  invites: InviteTable;
}
