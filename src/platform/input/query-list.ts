import { z } from 'zod';
import { plainString } from './input.js';

/*
 * Filters shared by the lists that take them from a query string or a JSON
 * body (the companies page, the leads and opportunities overview): one
 * value or several, and a stage key.
 */

/**
 * One value or several: a repeated query parameter, a comma-separated one,
 * or a JSON array. Each item is checked here, so a problem is reported on
 * the parameter itself (`stage`, not `stage.0`).
 */
export const queryList = <T>(item: z.ZodType<T>, max: number) =>
  z.union([plainString(), z.array(plainString())], { error: 'must be a text or a list of texts' }).transform((value, ctx) => {
    const items = (typeof value === 'string' ? value.split(',') : value).map((part) => part.trim()).filter(Boolean);
    if (items.length === 0 || items.length > max) {
      ctx.addIssue({ code: 'custom', message: `must list from 1 to ${max} values` });
      return z.NEVER;
    }
    const parsed: T[] = [];
    for (const part of items) {
      const result = item.safeParse(part);
      if (!result.success) {
        ctx.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? 'is not valid' });
        return z.NEVER;
      }
      parsed.push(result.data);
    }
    return parsed;
  });

/** A pipeline stage's key as a filter names it. */
export const filterStageKey = plainString().trim().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: 'must be a stage key' });
