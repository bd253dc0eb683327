import { z } from 'zod';
import { plainString } from './input.js';

/*
 * Keyset pagination cursors: the sort key of the last row a page showed,
 * as base64url JSON. Opaque to clients; validated on the way back in to
 * exactly the shape the server issues (this file checks the envelope, each
 * list its key with the parts below), so a forged or stale-format cursor
 * is a VALIDATION error, never a crash.
 */

const NOT_OURS = 'is not a cursor this API returned';
const MAX_LENGTH = 500;
/** base64url as Buffer#toString('base64url') writes it: no padding, no other characters. */
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes the envelope: base64url of UTF-8 JSON whose top level is an array or object; undefined otherwise. */
function decodeEnvelope(value: string): unknown {
  if (!BASE64URL.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64url');
  // Re-encoding must give the same text: no stray bits in the last character.
  if (bytes.toString('base64url') !== value) return undefined;
  try {
    const key: unknown = JSON.parse(utf8.decode(bytes));
    return typeof key === 'object' && key !== null ? key : undefined;
  } catch {
    return undefined;
  }
}

/** A zod schema that decodes a cursor string into the key `shape` describes. */
export function cursor<T extends z.ZodType>(shape: T) {
  return z
    .string()
    .max(MAX_LENGTH, { error: NOT_OURS })
    .transform((value, ctx) => {
      const parsed = shape.safeParse(decodeEnvelope(value));
      if (parsed.success) return parsed.data as z.output<T>;
      ctx.addIssue({ code: 'custom', message: NOT_OURS });
      return z.NEVER;
    });
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * A timestamp exactly as cursors carry it (`Date#toISOString`), as a
 * string: no other spelling, no impossible date, and a year PostgreSQL
 * and ISO 8601 both take (1–9999).
 */
export const cursorTimestampText = z.string().refine((value) => {
  const time = Date.parse(value);
  if (!Number.isFinite(time) || new Date(time).toISOString() !== value) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999;
});

/** A timestamp as cursors carry it, as a Date. */
export const cursorTimestamp = cursorTimestampText.transform((value) => new Date(value));

/** A whole number within the range of the column it came from. */
export const cursorInt = (min: number, max: number) => z.number().int().min(min).max(max);

/** Text from a row (a name), as a client may send text. */
export const cursorText = (max: number) => plainString().max(max);

/**
 * Cuts the extra row a query fetched to learn whether another page exists,
 * and makes the cursor for that page from the last row shown.
 */
export function page<Row>(rows: Row[], limit: number, keyOf: (row: Row) => unknown): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
