import { z } from 'zod';
import { PASSWORD_MESSAGES, passwordWeakness } from './domain/password-policy.js';

/**
 * A password being set (new user, new agency admin, change, reset): the
 * policy of domain/password-policy. The message is English here; the
 * identity routes answer it in the caller's language (password-errors.ts).
 */
export const newPassword = z.string().superRefine((password, context) => {
  const weakness = passwordWeakness(password);
  if (weakness) context.addIssue({ code: 'custom', message: PASSWORD_MESSAGES.en[weakness] });
});

/** A password being checked (login, the current one on a change): only bounded, so any stored password can still be typed. */
export const givenPassword = z.string().min(1, { error: 'must not be empty' }).max(200);
