/**
 * True when `error` is PostgreSQL's unique_violation (23505) on
 * `constraint`: two writers raced for one slot and the index decided. pg
 * names the constraint; PGlite only says it in the message.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  return e?.code === '23505' && (e.constraint === constraint || Boolean(e.message?.includes(constraint)));
}
