import { sql, type RawBuilder, type SqlBool } from 'kysely';

/*
 * Dutch-aware text search, the one matcher every search uses (discovery,
 * the board, the companies page, global search). Each word of the search
 * must match, folded (accents dropped, lower case) on both sides:
 *
 * - as a part of the text: a prefix ("verpl" → "Verpleeghuis"), a part of
 *   a compound ("techniek" → "Installatietechniek"), a singular inside a
 *   plural ("bouwbedrijf" → "Bouwbedrijven Noord");
 * - or, from five letters on, as a close spelling of a part of the name:
 *   pg_trgm's word similarity of the word to the best-matching stretch of
 *   the name (not place or industry: "logistiek" ~ "logistics" would take
 *   in a whole industry) is at least 0.6 for a word of seven letters or
 *   more, 0.5 for a shorter one (`closeEnough`), so a plural finds its
 *   singular ("bouwbedrijven" → "Bouwbedrijf Jansen", 0.71) and a
 *   one-letter slip still finds the word ("bouwbedrjf" 0.73, "marike" →
 *   "Marieke" 0.57), while an unrelated word shares too few trigrams.
 *
 * Words of one or two letters match only at the start of a word ("de
 * vries" → "Bouwbedrijf De Vries", not every "…de…"): trigrams cannot find
 * them inside words, and they would match almost everything. A search of
 * such words only (the first letters typed) matches names that start with
 * it. The folded text is stored and indexed (migration
 * 2026-12-12T1100-dutch-search: trigram GIN, and a btree for name
 * prefixes), so each test is an index scan and a row's rank costs a few
 * LIKEs on stored text.
 *
 * The rank puts what the user most likely meant first: 0 the name itself,
 * 1 a name that starts with the search, 2 every word starts a word of the
 * name, 3 every word is part of the name, place or industry, 4 only a
 * close spelling.
 */

/**
 * How similar a word must be: from seven letters 0.6 (pg_trgm's default),
 * else "bouwbedrijf" would find every "…bedrijf" (Dakdekkersbedrijf shares
 * half its trigrams) and "marieke" thousands of names that share four of
 * its eight trigrams; of five or six letters 0.5, the sessions' threshold
 * that the index scan (%>) uses, so one slip in a six-letter name still
 * finds it; a shorter one only as itself: "jan" as a close spelling would
 * be every word that starts with "ja".
 */
const closeEnough = (word: string) => (word.length >= 7 ? 0.6 : word.length >= 5 ? 0.5 : undefined);

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
  /** pg_trgm word similarity of the whole search to the name, 0–1: orders within a rank. */
  similarity: RawBuilder<number>;
  /**
   * Only one- or two-letter words: the rows are names that start with the search, and the folded name
   * (`name`) orders them best, an index range read for just the rows asked.
   */
  short: boolean;
  /** The folded name (C collation): the order of a short search. */
  name: RawBuilder<string>;
}

/**
 * Matching a global company `g` (alias by default "g") by its name, place
 * (location) and industry: g.search_name and g.search_text, folded by the
 * database when written. Undefined when the search has no words.
 */
export function matchCompanyText(q: string, alias = 'g'): TextMatch | undefined {
  return matchText(q, sql.ref<string>(`${alias}.search_name`), sql.ref<string>(`${alias}.search_text`));
}

/** Matching a person's name: a contact or decision maker aliased `alias`, by its folded search_name. */
export function matchPersonName(q: string, alias: string): TextMatch | undefined {
  const name = sql.ref<string>(`${alias}.search_name`);
  return matchText(q, name, name);
}

/** `name`: the folded name, for the rank; `text`: the folded text every word must match in. */
function matchText(q: string, name: RawBuilder<string>, text: RawBuilder<string>): TextMatch | undefined {
  const words = searchWords(q);
  if (words.length === 0) return undefined;
  const phrase = words.join(' ');
  const each = (test: (word: string) => RawBuilder<SqlBool>) => sql.join(words.map(test), sql` and `);
  const similarity = sql<number>`word_similarity(${phrase}, ${name})`;
  if (words.every((word) => word.length < 3)) {
    // Only one- and two-letter words, as while typing the first letters: names that start with them (an index range).
    const rank = sql<number>`(case when ${name} = ${phrase} then 0 else 1 end)`;
    return { where: sql<SqlBool>`(${name} like ${`${phrase}%`})`, rank, similarity, short: true, name };
  }
  const where = each((word) => {
    if (word.length < 3) return sql<SqlBool>`(${text} like ${`${word}%`} or ${text} like ${`% ${word}%`})`;
    const threshold = closeEnough(word);
    if (threshold === undefined) return sql<SqlBool>`${text} like ${`%${word}%`}`;
    return sql<SqlBool>`(${text} like ${`%${word}%`} or (${name} %> ${word} and word_similarity(${word}, ${name}) >= ${sql.lit(threshold)}))`;
  });
  const rank = sql<number>`(case
    when ${name} = ${phrase} then 0
    when ${name} like ${`${phrase}%`} then 1
    when ${each((word) => sql<SqlBool>`(' ' || ${name}) like ${`% ${word}%`}`)} then 2
    when ${each((word) => sql<SqlBool>`${text} like ${`%${word}%`}`)} then 3
    else 4 end)`;
  return { where: sql<SqlBool>`(${where})`, rank, similarity, short: false, name };
}
