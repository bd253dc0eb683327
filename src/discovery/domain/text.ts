/**
 * Whether text can be stored and compared as it is: no NUL (PostgreSQL text
 * cannot hold one) or other control character but tab and line breaks, and
 * no half of a surrogate pair (it cannot be written as UTF-8). With the u
 * flag, a surrogate range matches only a surrogate without its other half.
 */
export function isStorableText(value: string): boolean {
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff]/u.test(value);
}
