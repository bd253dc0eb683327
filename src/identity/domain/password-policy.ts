import { COMMON_PASSWORDS } from './common-passwords.js';

/*
 * OWASP ASVS L2 §2.1: at least 12 characters (Unicode code points after
 * NFKC, as the password is hashed; spaces count and are allowed), at most
 * 128 (§2.1.2), no composition rules, and no password from a list of the
 * most common ones. A common password with digits or symbols around it,
 * a repetition and a keyboard or alphabet run are as easy to guess, so they
 * count as common too.
 */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordWeakness = 'too_short' | 'too_long' | 'too_common';

const COMMON = new Set(COMMON_PASSWORDS);
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '01234567890123456789', 'qwertyuiopasdfghjklzxcvbnm', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p', '1q2w3e4r5t6y7u8i9o0p', 'azertyuiopqsdfghjklmwxcvbn'];
const SEQUENCES = [...RUNS, ...RUNS.map((run) => [...run].reverse().join(''))];
// Digits, punctuation, symbols and spaces people put around a common word ("Welkom2024!").
const DECORATION = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;

/** The password's length in characters as people count them (code points), as it is hashed. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

/** What is wrong with a new password, or null when it may be used. */
export function passwordWeakness(password: string): PasswordWeakness | null {
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.normalize('NFKC').toLowerCase();
  const bare = lower.replace(DECORATION, '');
  return [lower, bare].some((candidate) => candidate.length > 0 && isGuessable(candidate)) ? 'too_common' : null;
}

function isGuessable(candidate: string): boolean {
  if (COMMON.has(candidate) || COMMON.has(candidate.replace(/\s+/g, ''))) return true;
  if (/^(.+?)\1+$/su.test(candidate)) return true;
  return candidate.length >= 3 && SEQUENCES.some((sequence) => sequence.includes(candidate));
}

/** A password field error: a weakness of a new password, or a current password that does not match. */
export type PasswordIssue = PasswordWeakness | 'not_current';

/** The field error for each password issue, in the two languages of the app. */
export const PASSWORD_MESSAGES: Readonly<Record<'en' | 'nl', Readonly<Record<PasswordIssue, string>>>> = {
  en: {
    too_short: `must be at least ${MIN_PASSWORD_LENGTH} characters`,
    too_long: `must be at most ${MAX_PASSWORD_LENGTH} characters`,
    too_common: 'is too easy to guess (a common password, or one with only digits or symbols added, a repetition or a keyboard run); choose another',
    not_current: 'is not your current password',
  },
  nl: {
    too_short: `moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn`,
    too_long: `mag hoogstens ${MAX_PASSWORD_LENGTH} tekens lang zijn`,
    too_common: 'is te makkelijk te raden (een veelgebruikt wachtwoord, of een met alleen cijfers of tekens erbij, een herhaling of een toetsenbordreeks); kies een ander',
    not_current: 'is niet je huidige wachtwoord',
  },
};
