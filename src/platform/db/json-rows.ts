import { sql, type RawBuilder } from 'kysely';

/**
 * A batch of rows as one parameter: `jsonb_to_recordset($1) as r(columns)`.
 * One parameter per batch instead of one per cell keeps large batches within
 * the protocol's parameter limit and lets the server parse them in one go.
 * `columns` is trusted text from this codebase, never from input.
 */
export function jsonRows(rows: readonly object[], columns: string): RawBuilder<unknown> {
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${sql.raw(columns)})`;
}
