import { z } from 'zod';

/*
 * Keyset pagination cursors: the sort key of the last row a page showed,
 * as base64url JSON. Opaque to clients; validated on the way back in, so a
 * forged or stale-format cursor is a VALIDATION error, never a crash.
 */

/** A zod schema that decodes a cursor string into the key `shape` describes. */
export function cursor<T extends z.ZodType>(shape: T) {
  return z
    .string()
    .max(500, { error: 'is not a cursor this API returned' })
    .transform((value, ctx) => {
      try {
        const parsed = shape.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
        if (parsed.success) return parsed.data as z.output<T>;
      } catch {
        // not JSON: reported below
      }
      ctx.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
      return z.NEVER;
    });
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** A timestamp as cursors carry it. */
export const cursorTimestamp = z.iso.datetime().transform((value) => new Date(value));

/**
 * Cuts the extra row a query fetched to learn whether another page exists,
 * and makes the cursor for that page from the last row shown.
 */
export function page<Row>(rows: Row[], limit: number, keyOf: (row: Row) => unknown): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
