import { sql, type RawBuilder, type SqlBool } from 'kysely';

/*
 * Dutch-aware text search, the one matcher every search uses (discovery,
 * the board, the companies page, global search). Each word of the search
 * must match, folded (accents dropped, lower case) on both sides:
 *
 * - as a part of the text: a prefix ("verpl" → "Verpleeghuis"), a part of
 *   a compound ("techniek" → "Installatietechniek"), a singular inside a
 *   plural ("bouwbedrijf" → "Bouwbedrijven Noord");
 * - or, from three letters on, as a close spelling: pg_trgm's word
 *   similarity of the word to the best-matching stretch of the text is at
 *   least 0.6 for a word of eight letters or more, 0.5 for a shorter one
 *   (`closeEnough`), so a plural finds its singular ("bouwbedrijven" →
 *   "Bouwbedrijf Jansen", 0.71) and a one-letter slip still finds the word
 *   ("bouwbedrjf" 0.73, "marike" → "Marieke" 0.57), while an unrelated word
 *   shares too few trigrams to match.
 *
 * Words of one or two letters match only at the start of a word ("de" →
 * "De Boer", not every "…de…"): trigrams cannot find them inside words, and
 * they would match almost everything. The folded text is a trigram GIN
 * index (migration 2026-12-12T1100-dutch-search), so both tests are index
 * scans.
 *
 * The rank puts what the user most likely meant first: 0 the name itself,
 * 1 a name that starts with the search, 2 every word starts a word of the
 * name, 3 every word is part of the name, place or industry, 4 only a
 * close spelling.
 */

/**
 * How similar a word must be: a long word 0.6 (pg_trgm's default), else
 * "bouwbedrijf" would find every "…bedrijf" (Dakdekkersbedrijf shares half
 * its trigrams); a short one 0.5, the sessions' threshold that the index
 * scan (%>) uses, so one slip in a six-letter name still finds it.
 */
const closeEnough = (word: string) => (word.length >= 8 ? 0.6 : 0.5);

/** At most this many words count; a longer search narrows no further in practice. */
const MAX_WORDS = 8;

/** Accents dropped and lower case, as `fold_text` does in SQL for the Latin letters. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
}

/** The words of a search, folded: letters and digits only, so none needs escaping in a LIKE pattern. */
export function searchWords(q: string): string[] {
  return (foldText(q).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/** A search as SQL: which rows match, and how well (lower is better). */
export interface TextMatch {
  /** Every word matches the text. */
  where: RawBuilder<SqlBool>;
  /** 0 exact name … 4 close spelling only, as an integer. */
  rank: RawBuilder<number>;
  /** pg_trgm word similarity of the whole search to the text, 0–1: orders within a rank. */
  similarity: RawBuilder<number>;
}

/**
 * Matching a global company `g` (alias by default "g") by its name, place
 * (location) and industry: g.search_text, maintained by the database.
 * Undefined when the search has no words.
 */
export function matchCompanyText(q: string, alias = 'g'): TextMatch | undefined {
  return matchText(q, sql`fold_text(${sql.ref(`${alias}.name`)})`, sql.ref(`${alias}.search_text`));
}

/** Matching a person's name (a contact's, a decision maker's): `column` such as "ct.name", indexed as fold_text(name). */
export function matchPersonName(q: string, column: string): TextMatch | undefined {
  const folded = sql<string>`fold_text(${sql.ref(column)})`;
  return matchText(q, folded, folded);
}

/** `name`: the folded name, for the rank; `text`: the folded text every word must match in. */
function matchText(q: string, name: RawBuilder<unknown>, text: RawBuilder<unknown>): TextMatch | undefined {
  const words = searchWords(q);
  if (words.length === 0) return undefined;
  const phrase = words.join(' ');
  const each = (test: (word: string) => RawBuilder<SqlBool>) => sql.join(words.map(test), sql` and `);
  const where = each((word) =>
    word.length < 3
      ? sql<SqlBool>`(${text} like ${`${word}%`} or ${text} like ${`% ${word}%`})`
      : sql<SqlBool>`(${text} like ${`%${word}%`} or (${text} %> ${word} and word_similarity(${word}, ${text}) >= ${sql.lit(closeEnough(word))}))`,
  );
  const rank = sql<number>`(case
    when ${name} = ${phrase} then 0
    when ${name} like ${`${phrase}%`} then 1
    when ${each((word) => sql<SqlBool>`(' ' || ${name}) like ${`% ${word}%`}`)} then 2
    when ${each((word) => sql<SqlBool>`${text} like ${`%${word}%`}`)} then 3
    else 4 end)`;
  return { where: sql<SqlBool>`(${where})`, rank, similarity: sql<number>`word_similarity(${phrase}, ${text})` };
}
