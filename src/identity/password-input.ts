import { plainString } from '../platform/input/input.js';
import { PASSWORD_MESSAGES, passwordWeakness } from './domain/password-policy.js';

/**
 * A password being set (new user, new agency admin, change, reset): the
 * policy of domain/password-policy. The message is English here; the
 * identity routes answer it in the caller's language (password-errors.ts).
 */
export const newPassword = plainString().superRefine((password, context) => {
  const weakness = passwordWeakness(password);
  if (weakness) context.addIssue({ code: 'custom', message: PASSWORD_MESSAGES.en[weakness] });
});

/**
 * A password being checked (login, the current one on a change): only
 * bounded and plain text (no control characters, which no keyboard types),
 * so any password set through the policy can still be typed.
 */
export const givenPassword = plainString().min(1, { error: 'must not be empty' }).max(200);
