import type { ColumnType } from 'kysely';

/** A timestamp column: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in when the insert leaves it out. */
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A JSONB object column, written whole and never updated in place. */
export type Json = ColumnType<Record<string, unknown>, string | Record<string, unknown> | undefined, never>;
