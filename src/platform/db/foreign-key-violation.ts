/**
 * True when `error` is PostgreSQL's foreign_key_violation (23503) on
 * `constraint`: the row a write points at was deleted by a concurrent
 * transaction that committed first. pg names the constraint; PGlite only
 * says it in the message.
 */
export function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  return e?.code === '23503' && (e.constraint === constraint || Boolean(e.message?.includes(constraint)));
}
