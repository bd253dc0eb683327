import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, DefaultedTimestamp } from '../platform/db/columns.js';
import type { AgencyRole, Role } from './domain/roles.js';

export interface AgencyTable {
  id: Generated<string>;
  name: string;
  /** The one platform agency: its users are the operators (create-operator.ts); it owns no pipeline data. */
  platform: Generated<boolean>;
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
  role: Role;
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
  role: AgencyRole;
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
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  invites: InviteTable;
}
