import { z } from 'zod';
import { normalizeLinkedinUrl } from '../discovery/domain/index.js';
import { LIMITS, plainString } from '../platform/input/input.js';

/*
 * A contact's details as adding and editing one accept them, so both refuse
 * and normalise the same way (an e-mail is stored in lower case, a LinkedIn
 * URL in its canonical form).
 */

export const contactEmail = z.email({ error: 'must be an e-mail address' }).max(LIMITS.email);

export const contactPhone = plainString()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,}$/, { error: 'must be a phone number' })
  .max(LIMITS.phone);

export const contactLinkedin = plainString()
  .max(LIMITS.url, { error: `must be at most ${LIMITS.url} characters` })
  .transform((url, ctx) => {
    const normalized = normalizeLinkedinUrl(url);
    if (!normalized) ctx.addIssue({ code: 'custom', message: 'must be a LinkedIn profile URL' });
    return normalized ?? z.NEVER;
  });

/** A job title to edit: trimmed; blank or null clears it. */
export const clearableTitle = plainString()
  .trim()
  .max(LIMITS.name, { error: `must be at most ${LIMITS.name} characters` })
  .nullable()
  .transform((value) => (value ? value : null));
