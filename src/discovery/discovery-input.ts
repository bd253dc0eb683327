import { z } from 'zod';
import { isCursorInstant } from './domain/cursor-keys.js';

/** A date key of a cursor, exactly as the server issues it (domain/cursor-keys.ts). */
export const cursorInstant = z.string().refine(isCursorInstant, { error: 'is not a cursor this API returned' });
