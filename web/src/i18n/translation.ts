/**
 * The English side of a feature's messages: exactly the Dutch side's keys.
 * An object literal typed by this fails to compile with a key missing or extra.
 */
export type Translation<Dutch> = Record<keyof Dutch, string>;
