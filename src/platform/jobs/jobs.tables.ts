import type { ColumnType } from 'kysely';
import type { Timestamp } from '../../platform/db/columns.js';

export interface JobRunTable {
  name: string;
  last_started_at: Timestamp;
  last_finished_at: Timestamp | null;
  last_result: ColumnType<Record<string, unknown> | null, string | null, string | null>;
}
