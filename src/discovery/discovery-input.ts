import { z } from 'zod';
import { isCursorInstant } from './domain/cursor-keys.js';
import { isStorableText } from './domain/text.js';
import { optionalText } from '../platform/input/input.js';

/** A date key of a cursor, exactly as the server issues it (domain/cursor-keys.ts). */
export const cursorInstant = z.string().refine(isCursorInstant, { error: 'is not a cursor this API returned' });

/** A search filter: optional text without control characters or half a character (a NUL would reach the SQL). */
export const filterText = (max: number) =>
  optionalText(max).refine((value) => value === undefined || isStorableText(value), { error: 'must not hold control characters' });
