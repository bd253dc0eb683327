import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp } from '../platform/db/columns.js';
import type { BatchStatus } from './domain/interrupted.js';

/** An uploaded file, kept while the admin maps it (purged after a day). */
export interface ClientImportFileTable {
  agency_id: string;
  id: Generated<string>;
  file_name: string;
  format: 'csv' | 'xlsx';
  content: Buffer;
  created_by: string;
  created_at: Timestamp;
}

/** One run of an import: its progress, counts and refused lines. */
export interface ClientImportBatchTable {
  agency_id: string;
  id: Generated<string>;
  file_name: string;
  source: string;
  pipeline_id: string;
  /** As stored: a 'running' batch whose heartbeat is stale was interrupted and reads as failed (domain/interrupted.ts). */
  status: BatchStatus;
  /** Companies the run will place (its progress counts them). */
  total: number;
  processed: Generated<number>;
  counts: ColumnType<Record<string, number>, string | undefined, string>;
  /** Refused lines as codes (localised when read). */
  rejects: ColumnType<unknown[], string | undefined, string>;
  created_by: string;
  created_at: Timestamp;
  /** The run's last sign of life: set at the start and in each chunk's transaction (domain/interrupted.ts). */
  heartbeat_at: Timestamp;
  finished_at: Timestamp | null;
  undone_at: Timestamp | null;
  undone_by: string | null;
}

/** A source key a batch wrote: a company, contact or note it placed, found again by a re-run and by undo. */
export interface ClientImportKeyTable {
  agency_id: string;
  key: string;
  batch_id: string;
  kind: 'company' | 'contact' | 'note';
  company_id: string;
  /** The batch created (or restored) the agency's record itself, rather than finding it followed. */
  created_record: Generated<boolean>;
  contact_id: string | null;
  activity_id: string | null;
}

export type ClientImportBatchRow = Selectable<ClientImportBatchTable>;

export interface ClientImportTables {
  client_import_files: ClientImportFileTable;
  client_import_batches: ClientImportBatchTable;
  client_import_keys: ClientImportKeyTable;
}
